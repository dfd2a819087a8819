//! Page layout: text flowed into lines, tables placed across pages with their header row
//! repeated and their last row kept with what must follow, and blocks that stay together.
//! The result is a list of pages of positioned text and boxes (points, origin at the top left
//! of an A4 page); it never draws a PDF (`paint` does) nor decides what a form says.

use super::fonts::FONTS;
use super::table::{Laid, Row, Table, draw_header, row_height};
use super::wrap::wrap;

/// A4 portrait, in points.
pub(crate) const PAGE_WIDTH: f32 = 595.0;
pub(crate) const PAGE_HEIGHT: f32 = 842.0;
/// Left and right margin.
pub(crate) const MARGIN: f32 = 42.0;
/// The width between the margins.
pub(crate) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where content starts on a page.
const TOP: f32 = 40.0;
/// Where content ends on a page; the footer (page number, verification code, QR) is below.
pub(crate) const CONTENT_BOTTOM: f32 = 760.0;

/// Line height over font size.
const LINE_SPACING: f32 = 1.3;

/// A font size and weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
}

impl Style {
    pub(crate) const fn regular(size: f32) -> Style {
        Style { size, bold: false }
    }

    pub(crate) const fn bold(size: f32) -> Style {
        Style { size, bold: true }
    }

    pub(crate) const fn line_height(self) -> f32 {
        self.size * LINE_SPACING
    }

    pub(crate) fn width(self, text: &str) -> f32 {
        FONTS.face(self.bold).width(text, self.size)
    }

    pub(crate) fn wrap(self, text: &str, width: f32) -> Vec<String> {
        let face = FONTS.face(self.bold);
        wrap(text, width, |c| face.char_width(c, self.size))
    }

    /// The baseline of a line whose box starts at `top`: the line height leaves room for
    /// descenders below it.
    fn baseline(self, top: f32) -> f32 {
        top + self.size
    }
}

/// Where a line sits in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

/// A rectangle: left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// One line of text starting at `x` on `baseline`.
    Text {
        x: f32,
        baseline: f32,
        style: Style,
        text: String,
    },
    /// A cell border.
    Frame(Rect),
    /// The light background of a header cell.
    Shade(Rect),
}

impl Item {
    /// A line placed in a box `width` wide at `x`, by its alignment.
    pub(crate) fn line(
        text: &str,
        style: Style,
        align: Align,
        (x, width): (f32, f32),
        top: f32,
    ) -> Item {
        let x = match align {
            Align::Left => x,
            Align::Center => x + (width - style.width(text)) / 2.0,
            Align::Right => x + width - style.width(text),
        };
        Item::Text {
            x,
            baseline: style.baseline(top),
            style,
            text: text.to_string(),
        }
    }

    fn shifted(self, dy: f32) -> Item {
        match self {
            Item::Text {
                x,
                baseline,
                style,
                text,
            } => Item::Text {
                x,
                baseline: baseline + dy,
                style,
                text,
            },
            Item::Frame(r) => Item::Frame(Rect { y: r.y + dy, ..r }),
            Item::Shade(r) => Item::Shade(Rect { y: r.y + dy, ..r }),
        }
    }
}

/// One page's content, in drawing order.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub items: Vec<Item>,
}

/// Content that must not be split across pages (a pair of signature blocks), laid out from
/// `y = 0`.
pub(crate) struct Block {
    pub height: f32,
    pub items: Vec<Item>,
}

/// Flows content onto pages from the top down.
pub(crate) struct Composer {
    done: Vec<Page>,
    page: Page,
    y: f32,
}

impl Composer {
    pub(crate) fn new() -> Composer {
        Composer {
            done: Vec::new(),
            page: Page::default(),
            y: TOP,
        }
    }

    /// The pages, the last one included.
    pub(crate) fn finish(mut self) -> Vec<Page> {
        self.done.push(self.page);
        self.done
    }

    fn remaining(&self) -> f32 {
        CONTENT_BOTTOM - self.y
    }

    fn at_top(&self) -> bool {
        self.y <= TOP
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.page));
        self.y = TOP;
    }

    /// What follows starts on a page of its own.
    pub(crate) fn page_break(&mut self) {
        if !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space (none at the top of a page).
    pub(crate) fn gap(&mut self, height: f32) {
        if !self.at_top() {
            self.y += height;
        }
    }

    /// A paragraph across the content width, breaking pages between lines.
    pub(crate) fn text(&mut self, text: &str, style: Style, align: Align) {
        for line in style.wrap(text, CONTENT_WIDTH) {
            if self.remaining() < style.line_height() {
                self.new_page();
            }
            let item = Item::line(&line, style, align, (MARGIN, CONTENT_WIDTH), self.y);
            self.page.items.push(item);
            self.y += style.line_height();
        }
    }

    /// A block that stays on one page: on the next one if it does not fit here.
    pub(crate) fn keep_together(&mut self, block: Block) {
        if block.height > self.remaining() && !self.at_top() {
            self.new_page();
        }
        let dy = self.y;
        self.page
            .items
            .extend(block.items.into_iter().map(|i| i.shifted(dy)));
        self.y += block.height;
    }

    /// A table with an optional bold title above it. The title and the header row stay with
    /// the first row; the header row is repeated on every page the table continues on; the
    /// last group ends where at least `reserve_after` points remain below it on the same
    /// page (room for the signatures that must follow it).
    pub(crate) fn table(&mut self, title: Option<&str>, table: Table, reserve_after: f32) {
        let (header, groups) = table.lay();
        let title_style = Style::bold(9.0);
        let title_height = title.map_or(0.0, |_| title_style.line_height() + 2.0);
        let reserve_first = if groups.len() == 1 {
            reserve_after
        } else {
            0.0
        };
        let first = groups
            .first()
            .map_or(0.0, |g| g.first_piece() + reserve_first);
        if title_height + row_height(&header) + first > self.remaining() && !self.at_top() {
            self.new_page();
        }
        let mut fresh = self.at_top();
        if let Some(title) = title {
            self.text(title, title_style, Align::Left);
            self.y += 2.0;
        }
        self.draw_header(&header);
        let mut groups = groups.into_iter().peekable();
        while let Some(group) = groups.next() {
            let reserve = match groups.peek() {
                None => reserve_after,
                Some(next) if group.keep_with_next => next.first_piece(),
                Some(_) => 0.0,
            };
            self.place(group, reserve, &header, &mut fresh);
        }
    }

    /// Places a group, splitting it over pages as needed. `fresh` says whether the group
    /// would start right below the header row at the top of a page, where waiting for the
    /// next page would not give it more room: only there may a row be cut between lines.
    fn place(&mut self, mut group: Laid, reserve: f32, header: &Row, fresh: &mut bool) {
        loop {
            let room = self.remaining();
            let height = group.height();
            if height + reserve <= room {
                group.draw(self.y, &mut self.page);
                self.y += height;
                *fresh = false;
                return;
            }
            // A group that fits but leaves no room for what must follow it gives up its
            // last rows to the next page.
            let cut = if height <= room { room - reserve } else { room };
            group = match group.split(cut, *fresh) {
                Ok((head, rest)) => {
                    head.draw(self.y, &mut self.page);
                    rest
                }
                Err(whole) => whole,
            };
            self.new_page();
            self.draw_header(header);
            *fresh = true;
        }
    }

    fn draw_header(&mut self, header: &Row) {
        self.y += draw_header(header, self.y, &mut self.page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::table::{CELL_LINE, CELL_PADDING, Cell, Group};

    fn texts(page: &Page) -> Vec<&str> {
        page.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    fn last_bottom(page: &Page) -> f32 {
        page.items
            .iter()
            .map(|i| match i {
                Item::Frame(r) | Item::Shade(r) => r.y + r.h,
                Item::Text { baseline, .. } => *baseline,
            })
            .fold(0.0, f32::max)
    }

    fn table(groups: Vec<Group>) -> Table {
        Table::new(
            &[1.0, 3.0, 3.0],
            vec![Cell::new("No"), Cell::new("Kepala"), Cell::new("Isi")],
            groups,
        )
    }

    fn numbered(n: usize) -> Vec<Group> {
        (1..=n)
            .map(|i| {
                Group::row(vec![
                    Cell::new(i.to_string()),
                    Cell::new(format!("baris {i}")),
                    Cell::new("isi"),
                ])
            })
            .collect()
    }

    #[test]
    fn a_long_table_repeats_its_header_on_every_page() {
        let mut c = Composer::new();
        c.table(None, table(numbered(150)), 0.0);
        let pages = c.finish();
        assert!(pages.len() >= 2);
        for page in &pages {
            assert_eq!(texts(page)[..3], ["No", "Kepala", "Isi"]);
            assert!(last_bottom(page) <= CONTENT_BOTTOM + 0.01);
        }
        let all: Vec<&str> = pages.iter().flat_map(texts).collect();
        for i in 1..=150 {
            assert_eq!(
                all.iter().filter(|t| **t == format!("baris {i}")).count(),
                1
            );
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_cut_between_lines_and_keeps_every_word() {
        let words: Vec<String> = (0..4000).map(|i| format!("kata{i}")).collect();
        let group = Group::row(vec![
            Cell::new("1"),
            Cell::new(words.join(" ")),
            Cell::new("pendek"),
        ]);
        let mut c = Composer::new();
        c.text("Judul", Style::bold(12.0), Align::Center);
        c.table(None, table(vec![group]), 0.0);
        let pages = c.finish();
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let all = pages.iter().flat_map(texts).collect::<Vec<_>>().join(" ");
        for w in &words {
            assert!(all.contains(&format!("{w} ")) || all.ends_with(w.as_str()));
        }
        for page in &pages {
            assert!(last_bottom(page) <= CONTENT_BOTTOM + 0.01);
        }
    }

    /// How many one-line rows fill a page below the header row.
    fn rows_per_page() -> usize {
        let row = CELL_LINE + 2.0 * CELL_PADDING;
        ((CONTENT_BOTTOM - TOP - row) / row + 1e-3).floor() as usize
    }

    #[test]
    fn the_last_row_moves_to_the_page_that_has_room_for_what_follows() {
        let n = rows_per_page();
        let mut c = Composer::new();
        c.table(None, table(numbered(n)), 0.0);
        assert_eq!(c.finish().len(), 1, "{n} rows fill one page");

        let mut c = Composer::new();
        c.table(None, table(numbered(n)), 200.0);
        let y_after = c.y;
        let pages = c.finish();
        assert_eq!(pages.len(), 2);
        assert!(texts(&pages[1]).contains(&format!("baris {n}").as_str()));
        assert!(!texts(&pages[0]).contains(&format!("baris {n}").as_str()));
        assert!(CONTENT_BOTTOM - y_after >= 200.0);
    }

    #[test]
    fn a_section_heading_is_never_the_last_line_of_a_page() {
        let mut groups = numbered(rows_per_page() - 1);
        groups.push(Group::heading("B. Tambahan", 3));
        groups.extend(numbered(3));
        let mut c = Composer::new();
        c.table(None, table(groups), 0.0);
        let pages = c.finish();
        let page = pages
            .iter()
            .find(|p| texts(p).contains(&"B. Tambahan"))
            .unwrap();
        let t = texts(page);
        let at = t.iter().position(|s| *s == "B. Tambahan").unwrap();
        assert!(at + 1 < t.len(), "the heading has a row after it");
    }

    #[test]
    fn lead_cells_span_their_rows_and_split_with_them() {
        let rows: Vec<Vec<Cell>> = (1..=120)
            .map(|i| vec![Cell::new(format!("ind {i}")), Cell::new("t")])
            .collect();
        let group = Group::spanning(vec![Cell::new("1")], rows);
        let mut c = Composer::new();
        c.table(None, table(vec![group]), 0.0);
        let pages = c.finish();
        assert!(pages.len() >= 2);
        assert!(texts(&pages[0]).contains(&"1"));
        assert!(texts(pages.last().unwrap()).contains(&"ind 120"));
    }
}
