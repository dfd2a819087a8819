//! The two embedded DejaVu Sans faces (regular and bold): which glyph draws a character and
//! how wide it is. Measuring and drawing go through the same mapping, so a line that was
//! measured to fit is drawn exactly as wide. It never falls back to a system font: the output
//! must not depend on the machine.

use std::sync::LazyLock;

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Drawn for a character DejaVu lacks (most emoji): a visible box instead of a gap, while the
/// text layer keeps the original character.
const REPLACEMENT: char = '\u{FFFD}';

/// Both faces, parsed once per process: they are constant data, and parsing them for each of
/// 5,000 documents would be wasted work.
pub(crate) static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts {
    regular: Face::load(REGULAR),
    bold: Face::load(BOLD),
});

/// The regular and the bold face.
pub(crate) struct Fonts {
    regular: Face,
    bold: Face,
}

impl Fonts {
    pub(crate) fn face(&self, bold: bool) -> &Face {
        if bold { &self.bold } else { &self.regular }
    }
}

/// One face: the font krilla embeds, and its character map and advances for layout.
pub(crate) struct Face {
    font: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
    replacement: skrifa::GlyphId,
}

impl Face {
    /// Parses an embedded font. The files are part of the program, so a failure here is a
    /// broken build, caught by the unit tests below.
    fn load(data: &'static [u8]) -> Face {
        let font_ref = FontRef::new(data).expect("embedded DejaVu font parses");
        let charmap = font_ref.charmap();
        let units_per_em = font_ref
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em;
        let replacement = charmap.map(REPLACEMENT).unwrap_or_default();
        Face {
            font: Font::new(data.into(), 0).expect("embedded DejaVu font loads in krilla"),
            charmap,
            metrics: font_ref.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em: f32::from(units_per_em),
            replacement,
        }
    }

    pub(crate) fn font(&self) -> &Font {
        &self.font
    }

    /// The glyph drawing `c` and its advance in em, or `None` for a character that takes no
    /// room (a variation selector, a zero-width joiner, a control character).
    fn glyph(&self, c: char) -> Option<(skrifa::GlyphId, f32)> {
        if is_invisible(c) {
            return None;
        }
        let id = self.charmap.map(c).unwrap_or(self.replacement);
        let advance = self.metrics.advance_width(id).unwrap_or(0.0) / self.units_per_em;
        Some((id, advance))
    }

    /// The advance of one character, in points at `size`.
    pub(crate) fn char_width(&self, c: char, size: f32) -> f32 {
        self.glyph(c).map_or(0.0, |(_, advance)| advance * size)
    }

    /// The width of a text on one line, in points at `size`.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }

    /// The glyphs of a line for krilla, each tied to the bytes of the text it stands for so
    /// that the PDF's text layer (copy, search, `pdftotext`) gives back the original text,
    /// emoji included. An invisible character joins the cluster of the glyph before it.
    pub(crate) fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        let mut glyphs: Vec<KrillaGlyph> = Vec::with_capacity(text.len());
        for (start, c) in text.char_indices() {
            let end = start + c.len_utf8();
            match self.glyph(c) {
                Some((id, advance)) => glyphs.push(KrillaGlyph::new(
                    GlyphId::new(id.to_u32()),
                    advance,
                    0.0,
                    0.0,
                    0.0,
                    start..end,
                    None,
                )),
                None => {
                    if let Some(last) = glyphs.last_mut() {
                        last.text_range.end = end;
                    }
                }
            }
        }
        glyphs
    }
}

/// Characters that render as nothing: controls, zero-width spaces and joiners, variation
/// selectors (the `U+FE0F` after many emoji), tag characters and the byte-order mark.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0000}'..='\u{E007F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_load_and_measure() {
        let regular = FONTS.face(false);
        let bold = FONTS.face(true);
        assert!(regular.width("Sibolga", 10.0) > 20.0);
        assert!(bold.width("Sibolga", 10.0) > regular.width("Sibolga", 10.0));
    }

    #[test]
    fn a_missing_character_is_drawn_as_the_replacement_glyph_and_keeps_its_text() {
        let face = FONTS.face(false);
        let text = "Oke 中 ya";
        let glyphs = face.glyphs(text);
        assert_eq!(glyphs.len(), text.chars().count());
        let missing = &glyphs[4];
        assert_eq!(&text[missing.text_range.clone()], "中");
        assert_eq!(missing.glyph_id.to_u32(), face.replacement.to_u32());
        assert!(missing.x_advance > 0.0);
    }

    #[test]
    fn an_invisible_character_joins_the_glyph_before_it() {
        let face = FONTS.face(false);
        let text = "❤\u{FE0F}!";
        let glyphs = face.glyphs(text);
        assert_eq!(glyphs.len(), 2);
        assert_eq!(&text[glyphs[0].text_range.clone()], "❤\u{FE0F}");
        assert_eq!(face.width("\u{FE0F}", 10.0), 0.0);
    }
}
