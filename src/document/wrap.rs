//! Line breaking: a text cut into lines that fit a width, by the measured advance of each
//! character. Breaks at spaces; a word wider than the line (a long link, a NIP in a narrow
//! column) is cut between characters, so any text fits any width of at least one character.
//! Knows nothing about fonts or pages: the caller passes the measure.

/// Breaks `text` into lines no wider than `width`. A newline in the text starts a new line;
/// runs of spaces and tabs become one space. An empty or blank text gives no lines.
pub(crate) fn wrap(text: &str, width: f32, advance: impl Fn(char) -> f32) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = Line::default();
        for word in paragraph.split_whitespace() {
            line.add_word(word, width, &advance, &mut lines);
        }
        lines.push(line.text);
    }
    lines
}

/// The line being filled and its width so far.
#[derive(Default)]
struct Line {
    text: String,
    width: f32,
}

impl Line {
    /// Puts a word on this line if it fits, else on a new one; a word wider than a whole
    /// line is cut.
    fn add_word(
        &mut self,
        word: &str,
        width: f32,
        advance: &impl Fn(char) -> f32,
        lines: &mut Vec<String>,
    ) {
        let word_width: f32 = word.chars().map(advance).sum();
        if !self.text.is_empty() {
            let space = advance(' ');
            if self.width + space + word_width <= width {
                self.text.push(' ');
                self.text.push_str(word);
                self.width += space + word_width;
                return;
            }
            lines.push(std::mem::take(&mut self.text));
            self.width = 0.0;
        }
        if word_width <= width {
            self.text.push_str(word);
            self.width = word_width;
        } else {
            self.cut_word(word, width, advance, lines);
        }
    }

    /// Fills lines with a too-long word character by character (at least one per line).
    fn cut_word(
        &mut self,
        word: &str,
        width: f32,
        advance: &impl Fn(char) -> f32,
        lines: &mut Vec<String>,
    ) {
        for c in word.chars() {
            let w = advance(c);
            if !self.text.is_empty() && self.width + w > width {
                lines.push(std::mem::take(&mut self.text));
                self.width = 0.0;
            }
            self.text.push(c);
            self.width += w;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide.
    fn mono(text: &str, width: f32) -> Vec<String> {
        wrap(text, width, |_| 1.0)
    }

    #[test]
    fn words_fill_lines_up_to_the_width() {
        assert_eq!(
            mono("satu dua tiga empat", 9.0),
            ["satu dua", "tiga", "empat"]
        );
        assert_eq!(mono("satu dua", 8.0), ["satu dua"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_between_characters() {
        assert_eq!(mono("ab 1234567890 c", 4.0), ["ab", "1234", "5678", "90 c"]);
    }

    #[test]
    fn newlines_start_lines_and_blank_text_gives_none() {
        assert_eq!(mono("a\nb  c\n\nd", 10.0), ["a", "b c", "", "d"]);
        assert!(mono("  \n ", 10.0).is_empty());
    }

    #[test]
    fn a_width_narrower_than_one_character_still_progresses() {
        assert_eq!(mono("abc", 0.5), ["a", "b", "c"]);
    }

    #[test]
    fn measured_advances_decide_the_break() {
        let wide_m = |c: char| if c == 'm' { 3.0 } else { 1.0 };
        assert_eq!(wrap("mm ii", 6.0, wide_m), ["mm", "ii"]);
        assert_eq!(wrap("ii ii", 6.0, wide_m), ["ii ii"]);
    }
}
