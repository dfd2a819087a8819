//! Laid-out pages drawn into a PDF with krilla: text in the embedded fonts (real text, with
//! a text layer for search and copy), cell borders, and on every page the footer — page N of
//! M, the verification code and its QR code drawn as vector squares — and, on a draft, the
//! DRAF watermark. Nothing here reads the clock or the machine: the same pages give the same
//! bytes, which the verification code relies on.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect as PdfRect, Transform};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use qrcode::{Color, QrCode};

use super::fonts::FONTS;
use super::layout::{
    Align, CONTENT_BOTTOM, CONTENT_WIDTH, Item, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Page, Rect, Style,
};
use super::{DocumentError, Verification};

/// The side of the QR code in the footer: 0.7 inch, about 0.5 mm a module for a deep link.
const QR_SIDE: f32 = 50.0;
/// Where the footer starts.
const FOOTER_TOP: f32 = CONTENT_BOTTOM + 8.0;
const FOOTER_STYLE: Style = Style::regular(7.0);
/// The background of header cells: light gray.
const SHADE: (u8, u8, u8) = (232, 232, 232);
/// The DRAF watermark: pale red, so it reads as a mark and not as content.
const WATERMARK: (u8, u8, u8) = (246, 208, 208);

/// What every page carries besides its content.
pub(crate) struct Decoration<'a> {
    /// The PDF's title (document properties).
    pub title: String,
    /// Whether the DRAF watermark goes on every page.
    pub draft: bool,
    pub verification: Option<&'a Verification>,
}

/// The PDF of `pages`.
pub(crate) fn paint(pages: &[Page], decoration: &Decoration) -> Result<Vec<u8>, DocumentError> {
    let qr = decoration
        .verification
        .map(|v| QrCode::new(v.link.as_bytes()))
        .transpose()?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(decoration.title.clone())
            .language("id".to_string())
            .creator("Kinerja".to_string()),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(DocumentError::Page)?;
    for (i, page) in pages.iter().enumerate() {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        if decoration.draft {
            watermark(&mut surface);
        }
        draw_items(&mut surface, &page.items);
        let number = format!("Halaman {} dari {}", i + 1, pages.len());
        footer(&mut surface, &number, decoration, qr.as_ref());
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|e| DocumentError::Pdf(e.to_string()))
}

/// Shades first, then borders, then text on top. Borders and shades go as one path each.
fn draw_items(surface: &mut Surface, items: &[Item]) {
    let shades = items.iter().filter_map(|i| match i {
        Item::Shade(r) => Some(*r),
        _ => None,
    });
    if let Some(path) = rects(shades) {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(SHADE)));
        surface.draw_path(&path);
    }
    let frames = items.iter().filter_map(|i| match i {
        Item::Frame(r) => Some(*r),
        _ => None,
    });
    if let Some(path) = rects(frames) {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            width: 0.5,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
    }
    surface.set_stroke(None);
    surface.set_fill(Some(Fill::default()));
    for item in items {
        if let Item::Text {
            x,
            baseline,
            style,
            text,
        } = item
        {
            draw_text(surface, (*x, *baseline), *style, text);
        }
    }
}

fn draw_text(surface: &mut Surface, (x, baseline): (f32, f32), style: Style, text: &str) {
    let face = FONTS.face(style.bold);
    surface.draw_glyphs(
        Point::from_xy(x, baseline),
        &face.glyphs(text),
        face.font().clone(),
        text,
        style.size,
        false,
    );
}

/// One path of rectangles, or none when there are none.
fn rects(rects: impl Iterator<Item = Rect>) -> Option<Path> {
    let mut builder = PathBuilder::new();
    for r in rects {
        if let Some(rect) = PdfRect::from_xywh(r.x, r.y, r.w, r.h) {
            builder.push_rect(rect);
        }
    }
    builder.finish()
}

fn fill((red, green, blue): (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(red, green, blue).into(),
        ..Fill::default()
    }
}

/// A large pale red "DRAF" across the page, under the content. Text readers skip diagonal
/// text, so the footer says it in words too.
fn watermark(surface: &mut Surface) {
    let style = Style::bold(150.0);
    let (cx, cy) = (PAGE_WIDTH / 2.0, PAGE_HEIGHT / 2.0);
    surface.push_transform(&Transform::from_rotate_at(-50.0, cx, cy));
    surface.set_fill(Some(fill(WATERMARK)));
    let x = cx - style.width("DRAF") / 2.0;
    draw_text(surface, (x, cy + style.size * 0.36), style, "DRAF");
    surface.pop();
}

/// The page number on the right (and below it, on a draft, that it is one); on the left the
/// QR code of the verification link, the code and how to check it.
fn footer(surface: &mut Surface, number: &str, decoration: &Decoration, qr: Option<&QrCode>) {
    let mut items = vec![
        Item::Frame(Rect {
            x: MARGIN,
            y: FOOTER_TOP - 4.0,
            w: CONTENT_WIDTH,
            h: 0.0,
        }),
        Item::line(
            number,
            FOOTER_STYLE,
            Align::Right,
            (MARGIN, CONTENT_WIDTH),
            FOOTER_TOP,
        ),
    ];
    if decoration.draft {
        items.push(Item::line(
            "DRAF – belum final",
            Style::bold(7.0),
            Align::Right,
            (MARGIN, CONTENT_WIDTH),
            FOOTER_TOP + FOOTER_STYLE.line_height(),
        ));
    }
    if let Some(verification) = decoration.verification {
        items.extend(verification_lines(verification));
    }
    draw_items(surface, &items);
    if let Some(qr) = qr {
        draw_qr(surface, qr);
    }
}

/// The code in bold, then the link and how to check, beside the QR code.
fn verification_lines(verification: &Verification) -> Vec<Item> {
    let x = MARGIN + QR_SIDE + 8.0;
    let width = CONTENT_WIDTH * 0.7 - QR_SIDE;
    let code_style = Style::bold(8.0);
    let mut items = vec![Item::line(
        &format!("Kode verifikasi: {}", verification.code),
        code_style,
        Align::Left,
        (x, width),
        FOOTER_TOP,
    )];
    let hint = format!(
        "Periksa keaslian dokumen: pindai kode QR atau kirim /verifikasi {} ke bot. {}",
        verification.code, verification.link
    );
    let mut top = FOOTER_TOP + code_style.line_height();
    for line in FOOTER_STYLE.wrap(&hint, width).into_iter().take(4) {
        items.push(Item::line(
            &line,
            FOOTER_STYLE,
            Align::Left,
            (x, width),
            top,
        ));
        top += FOOTER_STYLE.line_height();
    }
    items
}

/// The QR code's dark modules as filled squares, one rectangle per horizontal run.
fn draw_qr(surface: &mut Surface, qr: &QrCode) {
    let modules = qr.width();
    let module = QR_SIDE / modules as f32;
    let colors = qr.to_colors();
    let mut runs = Vec::new();
    for (y, row) in colors.chunks(modules).enumerate() {
        let mut x = 0;
        while x < modules {
            let start = x;
            while x < modules && row[x] == Color::Dark {
                x += 1;
            }
            if x > start {
                runs.push(Rect {
                    x: MARGIN + start as f32 * module,
                    y: FOOTER_TOP + y as f32 * module,
                    w: (x - start) as f32 * module,
                    h: module,
                });
            }
            x += 1;
        }
    }
    if let Some(path) = rects(runs.into_iter()) {
        surface.set_stroke(None);
        surface.set_fill(Some(Fill::default()));
        surface.draw_path(&path);
    }
}
