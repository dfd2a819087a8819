//! The NIP (*Nomor Induk Pegawai*), the 18-digit number that identifies a civil servant.
//! [`Nip::parse`] is the only way to get one, so a `Nip` is always a real number in one of
//! the two national layouts. It never decides who may use it: typing a NIP proves nothing.

use chrono::{Datelike, NaiveDate};

/// An employee's NIP, in one of the two layouts (digits counted from 1):
/// - PNS: birth date `YYYYMMDD` (1–8), start of service `YYYYMM` (9–14), gender (15),
///   sequence (16–18), e.g. `196608011988031001`;
/// - PPPK: birth date (1–8), start year `YYYY` (9–12), `2` (13), a frequency digit 1–9
///   (14), gender (15), sequence (16–18), e.g. `200012312024211001`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nip(String);

/// Which kind of civil servant a NIP belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NipKind {
    /// *Pegawai Negeri Sipil*.
    Pns,
    /// *Pegawai Pemerintah dengan Perjanjian Kerja*.
    Pppk,
}

/// The gender digit of a NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Pria,
    Wanita,
}

/// Why a text is not a NIP; the message tells HR or the person what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    #[error("NIP harus 18 digit angka, bukan {0} karakter")]
    Length(usize),
    #[error("NIP hanya boleh berisi angka (boleh dipisah spasi)")]
    NotDigits,
    #[error("tanggal lahir pada NIP (digit 1–8) bukan tanggal yang valid: {0}")]
    BirthDate(String),
    #[error(
        "kode pada NIP (digit 13–14) harus 01–12 (bulan mulai kerja PNS) atau 21–29 (PPPK), bukan {0}"
    )]
    Layout(String),
    #[error("NIP menunjukkan mulai bekerja sebelum usia 18 tahun")]
    TooYoung,
    #[error("kode jenis kelamin pada NIP (digit 15) harus 1 atau 2, bukan {0}")]
    Gender(char),
    #[error("nomor urut pada NIP (digit 16–18) tidak boleh 000")]
    Sequence,
}

impl Nip {
    /// Reads a NIP, allowing surrounding whitespace and the spaces HR often types between
    /// its parts (`19660801 198803 1 001`).
    pub fn parse(raw: &str) -> Result<Nip, NipError> {
        let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if !compact.chars().all(|c| c.is_ascii_digit()) {
            return Err(NipError::NotDigits);
        }
        if compact.len() != 18 {
            return Err(NipError::Length(compact.chars().count()));
        }
        let d = compact.as_bytes();
        let num = |from: usize, to: usize| -> u32 {
            d[from..to]
                .iter()
                .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
        };
        let birth = NaiveDate::from_ymd_opt(num(0, 4) as i32, num(4, 6), num(6, 8))
            .ok_or_else(|| NipError::BirthDate(compact[0..8].to_string()))?;
        let adult_year = birth.year() + 18;
        match num(12, 14) {
            1..=12 => {
                // PNS: start of service year and month.
                let start = (num(8, 12) as i32, num(12, 14));
                if start < (adult_year, birth.month()) {
                    return Err(NipError::TooYoung);
                }
            }
            21..=29 => {
                // PPPK: start year, then "2" and the frequency digit.
                if (num(8, 12) as i32) < adult_year {
                    return Err(NipError::TooYoung);
                }
            }
            _ => return Err(NipError::Layout(compact[12..14].to_string())),
        }
        if !matches!(d[14], b'1' | b'2') {
            return Err(NipError::Gender(d[14] as char));
        }
        if &compact[15..18] == "000" {
            return Err(NipError::Sequence);
        }
        Ok(Nip(compact))
    }

    /// The 18 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// PNS or PPPK, from digits 13–14.
    pub fn kind(&self) -> NipKind {
        if self.0.as_bytes()[12] == b'2' {
            NipKind::Pppk
        } else {
            NipKind::Pns
        }
    }

    /// The birth date in digits 1–8 (valid by construction).
    pub fn birth_date(&self) -> NaiveDate {
        NaiveDate::parse_from_str(&self.0[0..8], "%Y%m%d").unwrap_or_default()
    }

    /// The gender digit.
    pub fn gender(&self) -> Gender {
        if self.0.as_bytes()[14] == b'1' {
            Gender::Pria
        } else {
            Gender::Wanita
        }
    }
}

impl std::fmt::Display for Nip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_national_layouts_are_read() {
        let cases = [
            (
                "196608011988031001",
                NipKind::Pns,
                Gender::Pria,
                (1966, 8, 1),
            ),
            (
                "200012312024211001",
                NipKind::Pppk,
                Gender::Pria,
                (2000, 12, 31),
            ),
            (
                "198505152010012002",
                NipKind::Pns,
                Gender::Wanita,
                (1985, 5, 15),
            ),
            (
                " 19660801 198803 1 001 ",
                NipKind::Pns,
                Gender::Pria,
                (1966, 8, 1),
            ),
        ];
        for (raw, kind, gender, (y, m, d)) in cases {
            let nip = Nip::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!(nip.kind(), kind, "{raw}");
            assert_eq!(nip.gender(), gender, "{raw}");
            assert_eq!(nip.birth_date(), NaiveDate::from_ymd_opt(y, m, d).unwrap());
            assert_eq!(nip.as_str().len(), 18);
        }
    }

    #[test]
    fn every_broken_rule_is_named() {
        let cases = [
            ("19660801198803100", NipError::Length(17)),
            ("1966080119880310011", NipError::Length(19)),
            ("19660801-198803-1-001", NipError::NotDigits),
            ("196613011988031001", NipError::BirthDate("19661301".into())),
            ("196602301988031001", NipError::BirthDate("19660230".into())),
            ("196608011988131001", NipError::Layout("13".into())),
            ("196608011988001001", NipError::Layout("00".into())),
            ("200012312024301001", NipError::Layout("30".into())),
            ("199001012005011001", NipError::TooYoung),
            ("200012312017211001", NipError::TooYoung),
            ("196608011984071001", NipError::TooYoung),
            ("196608011988033001", NipError::Gender('3')),
            ("196608011988031000", NipError::Sequence),
        ];
        for (raw, want) in cases {
            assert_eq!(Nip::parse(raw), Err(want), "{raw}");
        }
    }

    #[test]
    fn service_may_start_in_the_month_of_the_eighteenth_birthday() {
        assert!(Nip::parse("196608011984081001").is_ok());
        assert!(Nip::parse("200012312018211001").is_ok());
    }

    #[test]
    fn error_messages_are_indonesian_and_say_what_was_expected() {
        let msg = Nip::parse("123").unwrap_err().to_string();
        assert!(msg.contains("18 digit"), "{msg}");
    }
}
