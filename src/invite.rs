//! Writing invitation files for HR: one CSV (nip, nama, unit, link) and one QR-code PNG per
//! person, so that codes can be printed and handed out. Codes exist in clear only in these
//! files and in the deep links; the database keeps hashes.

use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use qrcode::{Color, QrCode};

use crate::domain::invitation::InviteCode;
use crate::domain::person::Person;

/// Pixels per QR module: large enough to scan from a printed A4 list.
const SCALE: u32 = 8;
/// The blank border the QR standard asks for, in modules.
const QUIET_ZONE: u32 = 4;

/// One issued invitation, as written to the files.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub person: Person,
    pub code: InviteCode,
    pub link: String,
}

/// Creates a code for each person (not yet stored: the caller stores the hashes).
pub fn prepare(people: Vec<Person>, bot_username: &str) -> Vec<Invitation> {
    people
        .into_iter()
        .map(|person| {
            let code = InviteCode::generate();
            let link = code.deep_link(bot_username);
            Invitation { person, code, link }
        })
        .collect()
}

/// Writes `undangan.csv` and `<nip>.png` per person into `dir` (created if needed).
/// Returns the CSV's path.
pub fn write_files(dir: &Path, invitations: &[Invitation]) -> anyhow::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let csv_path = dir.join("undangan.csv");
    let mut csv = csv::Writer::from_path(&csv_path)?;
    csv.write_record(["nip", "nama", "unit_kerja", "link", "qr"])?;
    for inv in invitations {
        let png_name = format!("{}.png", inv.person.nip);
        write_qr_png(&dir.join(&png_name), &inv.link)?;
        csv.write_record([
            inv.person.nip.as_str(),
            inv.person.nama.as_str(),
            inv.person.unit_kerja.as_str(),
            inv.link.as_str(),
            png_name.as_str(),
        ])?;
    }
    csv.flush()?;
    Ok(csv_path)
}

/// Renders `text` as a black-on-white QR code PNG.
pub fn write_qr_png(path: &Path, text: &str) -> anyhow::Result<()> {
    let code = QrCode::new(text.as_bytes())?;
    let modules = code.width() as u32;
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET_ZONE) * SCALE;
    let mut pixels = vec![255u8; (side * side) as usize];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i as u32 % modules, i as u32 / modules);
        for dy in 0..SCALE {
            let y = (my + QUIET_ZONE) * SCALE + dy;
            let row = (y * side) as usize;
            let x0 = ((mx + QUIET_ZONE) * SCALE) as usize;
            pixels[row + x0..row + x0 + SCALE as usize].fill(0);
        }
    }
    let file = BufWriter::new(fs::File::create(path)?);
    let mut encoder = png::Encoder::new(file, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(&pixels)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a grayscale PNG back and decodes its QR code.
    fn decode_qr(path: &Path) -> String {
        let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(path).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        let (w, h) = (info.width as usize, info.height as usize);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[y * w + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the picture");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn the_qr_code_scans_back_to_the_invitation_link() {
        let dir = tempfile::tempdir().unwrap();
        let link = InviteCode::generate().deep_link("kinerja_sibolga_bot");
        let path = dir.path().join("qr.png");

        write_qr_png(&path, &link).unwrap();

        assert_eq!(decode_qr(&path), link);
    }
}
