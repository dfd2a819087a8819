//! The NIP (*Nomor Induk Pegawai*), the 18-digit number that identifies a civil servant.
//! [`Nip::parse`] is the only way to get one, so a `Nip` always holds 18 digits in one of
//! the two national layouts (PNS or PPPK) with a real birth date. This module only reads
//! the number: it must never decide who may use it (typing a NIP proves nothing about who
//! is typing), and it never fixes a NIP by guessing digits.

use chrono::{Datelike, NaiveDate};

/// An employee's NIP, in one of the two layouts (digits counted from 1):
/// - PNS: birth date `YYYYMMDD` (1–8), start of service `YYYYMM` (9–14), gender (15),
///   sequence (16–18), e.g. `196608011988031001`;
/// - PPPK: birth date (1–8), start year `YYYY` (9–12), `2` (13), a frequency digit 1–9
///   (14), gender (15), sequence (16–18), e.g. `200012312024211001`.
///
/// Ordered and compared by its digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Nip {
    // First field, so the derived order is the order of the digits; the birth date is
    // derived from them and kept only so that reading it back cannot fail.
    digits: String,
    birth: NaiveDate,
}

/// Which kind of civil servant a NIP belongs to (digits 13–14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NipKind {
    /// *Pegawai Negeri Sipil*: digits 13–14 are the month service started, 01–12.
    Pns,
    /// *Pegawai Pemerintah dengan Perjanjian Kerja*: digits 13–14 are 21–29.
    Pppk,
}

/// The gender digit of a NIP (digit 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `1`.
    Pria,
    /// `2`.
    Wanita,
}

/// Why a text is not a NIP. The message is an Indonesian sentence saying what was
/// expected, shown as is to the person or to HR.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    #[error("NIP kosong: isi 18 digit angka")]
    Empty,
    #[error("NIP hanya boleh berisi angka (boleh dipisah spasi), bukan {0:?}")]
    NotDigit(char),
    #[error("NIP harus 18 digit angka, bukan {0} digit")]
    Length(usize),
    #[error("tanggal lahir pada NIP (digit 1–8) bukan tanggal yang valid: {0}")]
    BirthDate(String),
    #[error(
        "bulan mulai kerja pada NIP (digit 13–14) harus 01–12 untuk PNS atau 21–29 untuk PPPK, bukan {0}"
    )]
    Layout(String),
    #[error(
        "NIP menunjukkan mulai bekerja sebelum usia 18 tahun (lahir {born}, mulai kerja {started})"
    )]
    TooYoung {
        /// Digits 1–8.
        born: String,
        /// Digits 9–14 (PNS) or 9–12 (PPPK).
        started: String,
    },
    #[error("kode jenis kelamin pada NIP (digit 15) harus 1 atau 2, bukan {0}")]
    Gender(char),
    #[error("nomor urut pada NIP (digit 16–18) tidak boleh 000")]
    Sequence,
}

impl Nip {
    /// Reads a NIP. Surrounding whitespace and spaces between the digits are allowed,
    /// because HR copies NIPs as `19660801 198803 1 001`; any other character is refused
    /// rather than dropped, so that a typo is not silently turned into another NIP.
    pub fn parse(raw: &str) -> Result<Nip, NipError> {
        let mut digits = String::with_capacity(18);
        for c in raw.trim().chars() {
            match c {
                '0'..='9' => digits.push(c),
                // A no-break space is what a NIP copied from a web page or Word carries.
                ' ' | '\u{a0}' => {}
                other => return Err(NipError::NotDigit(other)),
            }
        }
        if digits.is_empty() {
            return Err(NipError::Empty);
        }
        if digits.len() != 18 {
            return Err(NipError::Length(digits.len()));
        }
        // All 18 are ASCII digits, so byte slicing is safe and each part fits in a u32.
        let num = |from: usize, to: usize| -> u32 {
            digits.as_bytes()[from..to]
                .iter()
                .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
        };
        let year = |from: usize| num(from, from + 4) as i32;
        let birth = NaiveDate::from_ymd_opt(year(0), num(4, 6), num(6, 8))
            .ok_or_else(|| NipError::BirthDate(digits[0..8].to_string()))?;
        let adult = (birth.year() + 18, birth.month());
        let too_young = |started: &str| NipError::TooYoung {
            born: digits[0..8].to_string(),
            started: started.to_string(),
        };
        match num(12, 14) {
            // PNS: year and month service started; the month of the 18th birthday counts.
            1..=12 => {
                if (year(8), num(12, 14)) < adult {
                    return Err(too_young(&digits[8..14]));
                }
            }
            // PPPK: only the year is known, so any month of the 18th year counts.
            21..=29 => {
                if year(8) < adult.0 {
                    return Err(too_young(&digits[8..12]));
                }
            }
            _ => return Err(NipError::Layout(digits[12..14].to_string())),
        }
        let gender = char::from(digits.as_bytes()[14]);
        if !matches!(gender, '1' | '2') {
            return Err(NipError::Gender(gender));
        }
        if &digits[15..18] == "000" {
            return Err(NipError::Sequence);
        }
        Ok(Nip { digits, birth })
    }

    /// The 18 digits, without spaces.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    /// PNS or PPPK, from digits 13–14.
    pub fn kind(&self) -> NipKind {
        if self.digits.as_bytes()[12] == b'2' {
            NipKind::Pppk
        } else {
            NipKind::Pns
        }
    }

    /// The birth date in digits 1–8.
    pub fn birth_date(&self) -> NaiveDate {
        self.birth
    }

    /// The gender in digit 15.
    pub fn gender(&self) -> Gender {
        if self.digits.as_bytes()[14] == b'1' {
            Gender::Pria
        } else {
            Gender::Wanita
        }
    }
}

impl std::fmt::Display for Nip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.digits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("test date")
    }

    #[test]
    fn both_national_layouts_are_read() {
        let cases = [
            (
                "196608011988031001",
                NipKind::Pns,
                Gender::Pria,
                date(1966, 8, 1),
            ),
            (
                "200012312024211001",
                NipKind::Pppk,
                Gender::Pria,
                date(2000, 12, 31),
            ),
            (
                "198505152010012002",
                NipKind::Pns,
                Gender::Wanita,
                date(1985, 5, 15),
            ),
            (
                "199502282023292015",
                NipKind::Pppk,
                Gender::Wanita,
                date(1995, 2, 28),
            ),
            (
                "200002292019121001",
                NipKind::Pns,
                Gender::Pria,
                date(2000, 2, 29),
            ),
        ];
        for (raw, kind, gender, birth) in cases {
            let nip = Nip::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!(nip.as_str(), raw);
            assert_eq!(nip.to_string(), raw);
            assert_eq!(nip.kind(), kind, "{raw}");
            assert_eq!(nip.gender(), gender, "{raw}");
            assert_eq!(nip.birth_date(), birth, "{raw}");
        }
    }

    #[test]
    fn spaces_around_and_between_the_parts_are_accepted() {
        let cases = [
            " 196608011988031001 ",
            "19660801 198803 1 001",
            "\t19660801  198803  1  001\n",
            "19660801\u{a0}198803\u{a0}1\u{a0}001",
        ];
        for raw in cases {
            assert_eq!(
                Nip::parse(raw).map(|n| n.to_string()),
                Ok("196608011988031001".to_string()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn every_broken_rule_is_named() {
        let too_young = |born: &str, started: &str| NipError::TooYoung {
            born: born.into(),
            started: started.into(),
        };
        let cases = [
            ("", NipError::Empty),
            ("   ", NipError::Empty),
            ("19660801198803100", NipError::Length(17)),
            ("1966080119880310011", NipError::Length(19)),
            ("19660801-198803-1-001", NipError::NotDigit('-')),
            ("19660801.198803.1.001", NipError::NotDigit('.')),
            ("19660801\t198803 1 001", NipError::NotDigit('\t')),
            ("1966O8011988031001", NipError::NotDigit('O')),
            ("１９６６", NipError::NotDigit('１')),
            ("196613011988031001", NipError::BirthDate("19661301".into())),
            ("196602301988031001", NipError::BirthDate("19660230".into())),
            ("190002291988031001", NipError::BirthDate("19000229".into())),
            ("196608011988131001", NipError::Layout("13".into())),
            ("196608011988001001", NipError::Layout("00".into())),
            ("200012312024201001", NipError::Layout("20".into())),
            ("200012312024301001", NipError::Layout("30".into())),
            ("199001012005011001", too_young("19900101", "200501")),
            ("196608011984071001", too_young("19660801", "198407")),
            ("200012312017211001", too_young("20001231", "2017")),
            ("196608011988033001", NipError::Gender('3')),
            ("196608011988030001", NipError::Gender('0')),
            ("196608011988031000", NipError::Sequence),
        ];
        for (raw, want) in cases {
            assert_eq!(Nip::parse(raw), Err(want), "{raw:?}");
        }
    }

    #[test]
    fn service_may_start_in_the_month_or_year_of_the_eighteenth_birthday() {
        let cases = ["196608011984081001", "200012312018211001"];
        for raw in cases {
            assert!(Nip::parse(raw).is_ok(), "{raw}");
        }
    }

    #[test]
    fn error_messages_are_indonesian_sentences_saying_what_was_expected() {
        let cases = [
            (
                "19660801198803100",
                "NIP harus 18 digit angka, bukan 17 digit",
            ),
            (
                "196613011988031001",
                "tanggal lahir pada NIP (digit 1–8) bukan tanggal yang valid: 19661301",
            ),
            (
                "196608011988131001",
                "bulan mulai kerja pada NIP (digit 13–14) harus 01–12 untuk PNS atau 21–29 untuk PPPK, bukan 13",
            ),
            (
                "199001012005011001",
                "NIP menunjukkan mulai bekerja sebelum usia 18 tahun (lahir 19900101, mulai kerja 200501)",
            ),
            (
                "196608011988033001",
                "kode jenis kelamin pada NIP (digit 15) harus 1 atau 2, bukan 3",
            ),
            (
                "196608011988031000",
                "nomor urut pada NIP (digit 16–18) tidak boleh 000",
            ),
            (
                "19660801-198803",
                "NIP hanya boleh berisi angka (boleh dipisah spasi), bukan '-'",
            ),
        ];
        for (raw, want) in cases {
            assert_eq!(
                Nip::parse(raw).map_err(|e| e.to_string()),
                Err(want.to_string())
            );
        }
    }

    #[test]
    fn nips_are_equal_and_ordered_by_their_digits() {
        let a = Nip::parse("19660801 198803 1 001").ok();
        let b = Nip::parse("196608011988031001").ok();
        let c = Nip::parse("198505152010012002").ok();
        assert!(a.is_some());
        assert_eq!(a, b);
        assert!(b < c);
    }
}
