//! Numbers and units as Indonesians write them: `1.200 orang` is one thousand two hundred
//! people, `85,5 %` is eighty-five and a half percent, `90%` is ninety percent.

use serde::{Deserialize, Serialize};

/// A target or an achievement: a non-negative value and its unit (`orang`, `%`, `dokumen`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    pub unit: String,
}

/// Why a text is not a quantity.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuantityError {
    #[error(
        "Tulis angka dan satuannya, misalnya 1.200 orang, 85,5 % atau 12 dokumen (titik untuk ribuan, koma untuk desimal)."
    )]
    NoNumber,
    #[error(
        "Angka {0:?} tidak terbaca: titik hanya untuk ribuan (1.200) dan koma untuk desimal (85,5)."
    )]
    BadNumber(String),
    #[error("Satuan belum ditulis: tulis misalnya 12 dokumen, 90 % atau 1.200 orang.")]
    NoUnit,
    #[error("Satuan paling banyak 40 huruf.")]
    UnitTooLong,
}

impl Quantity {
    /// Reads `1.200 orang`, `85,5 %`, `90%`, `12 dokumen`, `1.250.000,75 rupiah`.
    pub fn parse(raw: &str) -> Result<Quantity, QuantityError> {
        let raw = raw.trim();
        let number_len = raw
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == ','))
            .map(|(i, _)| i)
            .unwrap_or(raw.len());
        let number = &raw[..number_len];
        if !number.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(QuantityError::NoNumber);
        }
        let value =
            parse_number(number).ok_or_else(|| QuantityError::BadNumber(number.to_string()))?;
        let unit = raw[number_len..]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if unit.is_empty() {
            return Err(QuantityError::NoUnit);
        }
        if unit.chars().count() > 40 {
            return Err(QuantityError::UnitTooLong);
        }
        Ok(Quantity { value, unit })
    }
}

/// `1.200` → 1200, `85,5` → 85.5, `1.250.000,75` → 1250000.75. Dots must group thousands.
pub fn parse_number(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac
        && (f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let groups: Vec<&str> = int.split('.').collect();
    let grouped_ok = groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
        || (groups.len() > 1 && !grouped_ok)
    {
        return None;
    }
    let canonical = format!("{}.{}", groups.concat(), frac.unwrap_or("0"));
    canonical.parse().ok()
}

/// A number the Indonesian way: thousands with dots, decimals with a comma, at most two.
pub fn format_number(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let int = rounded.trunc() as i64;
    let frac = ((rounded - int as f64).abs() * 100.0).round() as i64;
    let digits = int.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if int < 0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped},{}", f / 10),
        f => format!("{sign}{grouped},{f:02}"),
    }
}

impl std::fmt::Display for Quantity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.unit == "%" {
            write!(f, "{} %", format_number(self.value))
        } else {
            write!(f, "{} {}", format_number(self.value), self.unit)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_usual_way_to_write_a_target_is_read() {
        let cases = [
            ("1.200 orang", 1200.0, "orang"),
            ("85,5 %", 85.5, "%"),
            ("90%", 90.0, "%"),
            ("12 dokumen", 12.0, "dokumen"),
            ("1200 orang", 1200.0, "orang"),
            ("1.250.000,75 rupiah", 1_250_000.75, "rupiah"),
            ("  3   hari kerja ", 3.0, "hari kerja"),
            ("0 keluhan", 0.0, "keluhan"),
        ];
        for (raw, value, unit) in cases {
            let q = Quantity::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!(q.value, value, "{raw}");
            assert_eq!(q.unit, unit, "{raw}");
        }
    }

    #[test]
    fn what_is_not_a_quantity_gets_a_message_saying_what_was_expected() {
        let cases = [
            ("banyak", QuantityError::NoNumber),
            ("", QuantityError::NoNumber),
            ("-5 orang", QuantityError::NoNumber),
            ("12", QuantityError::NoUnit),
            ("1.5 orang", QuantityError::BadNumber("1.5".into())),
            ("12,5,5 %", QuantityError::BadNumber("12,5,5".into())),
            ("1.20 orang", QuantityError::BadNumber("1.20".into())),
            ("85, %", QuantityError::BadNumber("85,".into())),
        ];
        for (raw, want) in cases {
            assert_eq!(Quantity::parse(raw), Err(want), "{raw:?}");
        }
        assert!(QuantityError::NoNumber.to_string().contains("1.200 orang"));
    }

    #[test]
    fn numbers_are_shown_the_indonesian_way() {
        let cases = [
            (1200.0, "1.200"),
            (85.5, "85,5"),
            (1_250_000.75, "1.250.000,75"),
            (12.0, "12"),
            (0.0, "0"),
            (999.0, "999"),
            (1000.0, "1.000"),
        ];
        for (v, want) in cases {
            assert_eq!(format_number(v), want, "{v}");
        }
        assert_eq!(Quantity::parse("85,5%").unwrap().to_string(), "85,5 %");
        assert_eq!(
            Quantity::parse("1200 orang").unwrap().to_string(),
            "1.200 orang"
        );
    }
}
