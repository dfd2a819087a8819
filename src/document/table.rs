//! Tables: cells wrapped to their columns, and groups of rows that split across pages. A
//! group is one RHK with its indicators, one BerAKHLAK value, one identity line: its "lead"
//! cells span all of its rows. A group is cut between rows when at least one row fits; a
//! single row taller than a whole page is cut between lines, so every text lays out, however
//! long, and every cut makes progress. Where a table goes on the page is `layout`'s choice.

use super::layout::{Align, CONTENT_WIDTH, Item, MARGIN, Page, Rect, Style};

/// Table text size, and the space between a cell's border and its text.
const CELL_SIZE: f32 = 8.0;
pub(crate) const CELL_PADDING: f32 = 3.0;
/// The height of one line of cell text.
pub(crate) const CELL_LINE: f32 = Style::regular(CELL_SIZE).line_height();

/// One table cell before layout: paragraphs (each regular or bold) and an alignment.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    span: usize,
    paragraphs: Vec<(String, bool)>,
    align: Align,
}

impl Cell {
    /// A cell of regular text.
    pub(crate) fn new(text: impl Into<String>) -> Cell {
        Cell {
            span: 1,
            paragraphs: vec![(text.into(), false)],
            align: Align::Left,
        }
    }

    /// A cell of bold text.
    pub(crate) fn bold(text: impl Into<String>) -> Cell {
        Cell::new(text).strong()
    }

    pub(crate) fn empty() -> Cell {
        Cell::new("")
    }

    /// Makes every paragraph so far bold.
    fn strong(mut self) -> Cell {
        for (_, bold) in &mut self.paragraphs {
            *bold = true;
        }
        self
    }

    /// Spans `columns` columns.
    pub(crate) fn span(mut self, columns: usize) -> Cell {
        self.span = columns.max(1);
        self
    }

    pub(crate) fn center(mut self) -> Cell {
        self.align = Align::Center;
        self
    }

    /// Adds a regular paragraph below.
    pub(crate) fn then(mut self, text: impl Into<String>) -> Cell {
        self.paragraphs.push((text.into(), false));
        self
    }

    /// Wraps the cell to its box.
    fn lay(self, x: f32, width: f32) -> Boxed {
        let inner = width - 2.0 * CELL_PADDING;
        let lines = self
            .paragraphs
            .iter()
            .flat_map(|(text, bold)| {
                let style = cell_style(*bold);
                style
                    .wrap(text, inner)
                    .into_iter()
                    .map(move |text| (text, style))
            })
            .collect();
        Boxed {
            x,
            width,
            align: self.align,
            lines,
        }
    }
}

fn cell_style(bold: bool) -> Style {
    Style {
        size: CELL_SIZE,
        bold,
    }
}

/// One RHK with its indicators, one BerAKHLAK value, one identity line: `lead` cells span
/// all of `rows`; a group without rows is a plain table row.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    lead: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
    keep_with_next: bool,
}

impl Group {
    /// A plain row.
    pub(crate) fn row(cells: Vec<Cell>) -> Group {
        Group::spanning(cells, Vec::new())
    }

    /// Lead cells beside several rows.
    pub(crate) fn spanning(lead: Vec<Cell>, rows: Vec<Vec<Cell>>) -> Group {
        Group {
            lead,
            rows,
            keep_with_next: false,
        }
    }

    /// A bold row across `columns` that never ends a page (a section title like `A. Utama`).
    pub(crate) fn heading(text: &str, columns: usize) -> Group {
        Group {
            keep_with_next: true,
            ..Group::row(vec![Cell::bold(text).span(columns)])
        }
    }
}

/// A table before layout: column widths (relative), one header row, the groups.
pub(crate) struct Table {
    widths: Vec<f32>,
    header: Vec<Cell>,
    groups: Vec<Group>,
}

impl Table {
    /// A table across the content width, its columns in proportion to `weights`.
    pub(crate) fn new(weights: &[f32], header: Vec<Cell>, groups: Vec<Group>) -> Table {
        let total: f32 = weights.iter().sum();
        Table {
            widths: weights.iter().map(|w| w / total * CONTENT_WIDTH).collect(),
            header,
            groups,
        }
    }

    /// Wraps every cell to its column.
    pub(crate) fn lay(self) -> (Row, Vec<Laid>) {
        let columns = Columns::new(&self.widths);
        let header = self
            .header
            .into_iter()
            .map(|c| c.strong().center())
            .collect();
        let header = columns.lay(header, 0);
        let groups = self
            .groups
            .into_iter()
            .map(|g| {
                let lead_span = g.lead.iter().map(|c| c.span).sum();
                Laid {
                    lead: columns.lay(g.lead, 0),
                    rows: g
                        .rows
                        .into_iter()
                        .map(|r| columns.lay(r, lead_span))
                        .collect(),
                    keep_with_next: g.keep_with_next,
                }
            })
            .collect();
        (header, groups)
    }
}

/// The left edges and widths of a table's columns.
struct Columns {
    lefts: Vec<f32>,
    widths: Vec<f32>,
}

impl Columns {
    fn new(widths: &[f32]) -> Columns {
        let lefts = widths
            .iter()
            .scan(MARGIN, |x, w| {
                let left = *x;
                *x += w;
                Some(left)
            })
            .collect();
        Columns {
            lefts,
            widths: widths.to_vec(),
        }
    }

    /// Wraps a row of cells placed from column `first` on.
    fn lay(&self, cells: Vec<Cell>, first: usize) -> Row {
        let mut column = first;
        cells
            .into_iter()
            .map(|cell| {
                let end = (column + cell.span).min(self.widths.len());
                let x = self.lefts.get(column).copied().unwrap_or(MARGIN);
                let width = self.widths[column.min(end)..end].iter().sum();
                column = end;
                cell.lay(x, width)
            })
            .collect()
    }
}

/// A cell wrapped to its box.
#[derive(Debug)]
pub(crate) struct Boxed {
    x: f32,
    width: f32,
    align: Align,
    lines: Vec<(String, Style)>,
}

impl Boxed {
    /// At least one line high, so an empty cell still shows as a row.
    fn height(&self) -> f32 {
        self.lines.len().max(1) as f32 * CELL_LINE + 2.0 * CELL_PADDING
    }

    /// Keeps the first `n` lines and returns the rest as the continuation.
    fn split_off(&mut self, n: usize) -> Boxed {
        Boxed {
            lines: self.lines.split_off(n.min(self.lines.len())),
            ..self.emptied()
        }
    }

    /// The same box without text.
    fn emptied(&self) -> Boxed {
        Boxed {
            lines: Vec::new(),
            ..*self
        }
    }

    fn draw(&self, top: f32, height: f32, page: &mut Page) {
        page.items.push(Item::Frame(Rect {
            x: self.x,
            y: top,
            w: self.width,
            h: height,
        }));
        let inner = (self.x + CELL_PADDING, self.width - 2.0 * CELL_PADDING);
        for (i, (text, style)) in self.lines.iter().enumerate() {
            let line_top = top + CELL_PADDING + i as f32 * CELL_LINE;
            page.items
                .push(Item::line(text, *style, self.align, inner, line_top));
        }
    }
}

/// One row of wrapped cells.
pub(crate) type Row = Vec<Boxed>;

/// The height of the row's tallest cell.
pub(crate) fn row_height(row: &Row) -> f32 {
    row.iter().map(Boxed::height).fold(0.0, f32::max)
}

/// Draws a header row, shaded, from `top`; returns its height.
pub(crate) fn draw_header(header: &Row, top: f32, page: &mut Page) -> f32 {
    let height = row_height(header);
    for b in header {
        page.items.push(Item::Shade(Rect {
            x: b.x,
            y: top,
            w: b.width,
            h: height,
        }));
        b.draw(top, height, page);
    }
    height
}

/// How many cell lines fit in `height`.
fn lines_fitting(height: f32) -> usize {
    let lines = (height - 2.0 * CELL_PADDING) / CELL_LINE;
    if lines <= 0.0 {
        0
    } else {
        // A hair of tolerance so that a height computed from n lines gives back n.
        (lines + 1e-3).floor() as usize
    }
}

/// A group wrapped to its columns.
#[derive(Debug)]
pub(crate) struct Laid {
    lead: Row,
    rows: Vec<Row>,
    pub(crate) keep_with_next: bool,
}

impl Laid {
    pub(crate) fn height(&self) -> f32 {
        let rows: f32 = self.rows.iter().map(row_height).sum();
        row_height(&self.lead).max(rows)
    }

    /// The least that must fit for the group to start on a page: its first row (the lead
    /// cells are cut beside it), or all of a plain row.
    pub(crate) fn first_piece(&self) -> f32 {
        self.rows.first().map_or_else(|| self.height(), row_height)
    }

    /// Cuts the group so that the first part is at most `cut` high: between rows when at
    /// least one row fits; between lines only when `forced` (on a page where nothing else
    /// stands above, so waiting for the next page would not help). Called only when the
    /// whole group is higher than `cut`; gives the group back when it may not be cut.
    pub(crate) fn split(self, cut: f32, forced: bool) -> Result<(Laid, Laid), Laid> {
        let fit = lines_fitting(cut);
        let whole_rows = self.rows_fitting(cut);
        if whole_rows > 0 && (whole_rows < self.rows.len() || row_height(&self.lead) > cut) {
            return Ok(self.cut(fit, whole_rows, 0));
        }
        if forced {
            let fit = fit.max(1);
            return Ok(self.cut(fit, 0, fit));
        }
        Err(self)
    }

    /// How many rows from the top fit in `height`.
    fn rows_fitting(&self, height: f32) -> usize {
        let mut used = 0.0;
        self.rows
            .iter()
            .take_while(|row| {
                used += row_height(row);
                used <= height
            })
            .count()
    }

    /// The first `lead_lines` of the lead cells with the first `whole_rows` rows and the
    /// first `partial_lines` of the row after them; and the rest.
    fn cut(mut self, lead_lines: usize, whole_rows: usize, partial_lines: usize) -> (Laid, Laid) {
        let lead = self
            .lead
            .iter_mut()
            .map(|b| b.split_off(lead_lines))
            .collect();
        let mut rows = self.rows.split_off(whole_rows.min(self.rows.len()));
        if partial_lines > 0
            && let Some(first) = rows.first_mut()
        {
            let head = first
                .iter_mut()
                .map(|b| {
                    let rest = b.split_off(partial_lines);
                    std::mem::replace(b, rest)
                })
                .collect();
            self.rows.push(head);
        }
        if rows.is_empty()
            && let Some(last) = self.rows.last()
        {
            // The lead continues beside empty cells, so the columns stay drawn.
            rows.push(last.iter().map(Boxed::emptied).collect());
        }
        let rest = Laid {
            lead,
            rows,
            keep_with_next: self.keep_with_next,
        };
        (self, rest)
    }

    /// Draws the group from `top`: lead cells as high as the group, rows stacked beside
    /// them, the last row stretched to the group's height.
    pub(crate) fn draw(&self, top: f32, page: &mut Page) {
        let height = self.height();
        for b in &self.lead {
            b.draw(top, height, page);
        }
        let mut y = top;
        for (i, row) in self.rows.iter().enumerate() {
            let h = if i + 1 == self.rows.len() {
                top + height - y
            } else {
                row_height(row)
            };
            for b in row {
                b.draw(y, h, page);
            }
            y += h;
        }
    }
}
