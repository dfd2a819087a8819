//! The report's chart as a PNG, drawn by the program: completion per unit (plans approved,
//! realisation complete, evaluated, as bars) above the predikat spread per unit (stacked).
//! Text is rasterised by `ab_glyph` from the DejaVu Sans file shipped in `assets/fonts`, so
//! no system font library is needed. Sized for a phone: 1080 pixels wide, large type.

use std::sync::Once;

use plotters::prelude::*;
use plotters::style::FontStyle;

use crate::domain::report::PREDIKAT_ORDER;
use crate::report::{Report, percent, predikat_labels};

/// The font every text of the chart is set in.
static FONT: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const FAMILY: &str = "kinerja-sans";

/// The width of the image, and at most this many units are drawn (the files list all).
pub const WIDTH: u32 = 1080;
pub const MAX_UNITS: usize = 60;

const LABEL_WIDTH: i32 = 400;
const RIGHT_MARGIN: i32 = 110;
const ROW: i32 = 64;
const STACK_ROW: i32 = 44;
const HEADER: i32 = 120;

const COMPLETION_COLOURS: [RGBColor; 3] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
];
const PREDIKAT_COLOURS: [RGBColor; 5] = [
    RGBColor(26, 152, 80),
    RGBColor(145, 207, 96),
    RGBColor(254, 224, 139),
    RGBColor(252, 141, 89),
    RGBColor(215, 48, 39),
];

fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if plotters::style::register_font(FAMILY, FontStyle::Normal, FONT).is_err() {
            tracing::error!("the shipped chart font could not be read");
        }
    });
}

fn style(size: u32) -> TextStyle<'static> {
    (FAMILY, size).into_font().color(&BLACK)
}

/// Shortens a unit name to what fits the label column.
fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The chart of a report as PNG bytes.
pub fn render(report: &Report) -> anyhow::Result<Vec<u8>> {
    register_font();
    let units = report.completion.len().min(MAX_UNITS);
    let spreads = report.spreads.len().min(MAX_UNITS);
    let height =
        (HEADER + units as i32 * ROW + 60 + HEADER + spreads as i32 * STACK_ROW + 80) as u32;
    let mut pixels = vec![0u8; (WIDTH * height * 3) as usize];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let x0 = LABEL_WIDTH;
        let span = WIDTH as i32 - LABEL_WIDTH - RIGHT_MARGIN;
        let bar_end = |pct: i64| x0 + (span as i64 * pct.clamp(0, 100) / 100) as i32;

        // Completion.
        root.draw(&Text::new(
            format!("Kelengkapan per unit — {}", report.period.label()),
            (20, 16),
            style(36),
        ))?;
        let legend = ["Rencana disetujui", "Realisasi lengkap", "Sudah dinilai"];
        let mut lx = 20;
        for (label, colour) in legend.iter().zip(COMPLETION_COLOURS) {
            root.draw(&Rectangle::new([(lx, 70), (lx + 24, 94)], colour.filled()))?;
            root.draw(&Text::new(label.to_string(), (lx + 32, 68), style(24)))?;
            lx += 40 + 13 * label.chars().count() as i32;
        }
        for (i, u) in report.completion.iter().take(units).enumerate() {
            let top = HEADER + i as i32 * ROW;
            root.draw(&Text::new(short(&u.unit, 30), (20, top + 14), style(24)))?;
            let values = [u.plan_approved, u.realisation_complete, u.evaluated];
            for (j, (v, colour)) in values.iter().zip(COMPLETION_COLOURS).enumerate() {
                let y = top + 4 + j as i32 * 18;
                let pct = percent(*v, u.staff);
                root.draw(&Rectangle::new(
                    [(x0, y), (bar_end(pct).max(x0 + 2), y + 14)],
                    colour.filled(),
                ))?;
                root.draw(&Text::new(
                    format!("{pct} %"),
                    (bar_end(pct) + 8, y - 2),
                    style(16),
                ))?;
            }
        }

        // Predikat spread.
        let base = HEADER + units as i32 * ROW + 60;
        root.draw(&Text::new(
            format!("Sebaran predikat — {}", report.period.label()),
            (20, base + 16),
            style(36),
        ))?;
        let mut lx = 20;
        for (label, colour) in predikat_labels().iter().zip(PREDIKAT_COLOURS) {
            root.draw(&Rectangle::new(
                [(lx, base + 70), (lx + 24, base + 94)],
                colour.filled(),
            ))?;
            root.draw(&Text::new(
                label.to_string(),
                (lx + 30, base + 68),
                style(20),
            ))?;
            lx += 40 + 11 * label.chars().count() as i32;
        }
        for (i, s) in report.spreads.iter().take(spreads).enumerate() {
            let top = base + HEADER + i as i32 * STACK_ROW;
            let mark = if s.breaches.is_empty() { "" } else { "⚠ " };
            root.draw(&Text::new(
                format!("{mark}{}", short(&s.unit, 28)),
                (20, top + 6),
                style(24),
            ))?;
            let total = s.spread.total();
            if total == 0 {
                root.draw(&Text::new("belum ada penilaian", (x0, top + 8), style(20)))?;
                continue;
            }
            let mut x = x0;
            let mut cumulative = 0;
            for (p, colour) in PREDIKAT_ORDER.iter().zip(PREDIKAT_COLOURS) {
                cumulative += s.spread.of(*p);
                let end = x0 + (span as i64 * cumulative / total) as i32;
                if end > x {
                    root.draw(&Rectangle::new(
                        [(x, top + 4), (end, top + 34)],
                        colour.filled(),
                    ))?;
                }
                x = end;
            }
            root.draw(&Text::new(
                format!("{total} dinilai"),
                (x0 + span + 8, top + 8),
                style(18),
            ))?;
        }
        root.present()?;
    }
    let mut png_bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png_bytes, WIDTH, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
    }
    Ok(png_bytes)
}
