//! Indonesian phone numbers, normalised to `+62…` so that the roster's `0812-3456-7890`
//! and Telegram's `6281234567890` are the same number. [`Phone::parse`] is the only door.

/// A phone number in the form `+62` followed by 8–13 digits, the first not 0.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

/// Why a text is not an Indonesian phone number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("nomor telepon kosong")]
    Empty,
    #[error("nomor telepon hanya boleh berisi angka, spasi, tanda -, titik, kurung dan + di depan")]
    BadCharacters,
    #[error("nomor telepon harus nomor Indonesia (+62 … atau 08…)")]
    Foreign,
    #[error("nomor telepon terlalu pendek atau terlalu panjang (setelah 0/+62 harus 8–13 digit)")]
    Length,
}

impl Phone {
    /// Reads a phone written any usual way: `0812-3456-7890`, `(0812) 3456 7890`,
    /// `+62 812-3456-7890`, `6281234567890`, `812345678`, a landline `0631-21234`.
    pub fn parse(raw: &str) -> Result<Phone, PhoneError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        let (plus, rest) = match trimmed.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let mut digits = String::with_capacity(rest.len());
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(PhoneError::BadCharacters),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        let national = if let Some(n) = digits.strip_prefix("62") {
            n
        } else if plus {
            return Err(PhoneError::Foreign);
        } else if let Some(n) = digits.strip_prefix('0') {
            n
        } else {
            digits.as_str()
        };
        if national.starts_with('0') || !(8..=13).contains(&national.len()) {
            return Err(PhoneError::Length);
        }
        Ok(Phone(format!("+62{national}")))
    }

    /// The normalised form, `+62…`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_usual_way_of_writing_a_number_normalises_to_plus_62() {
        let cases = [
            ("0812-3456-7890", "+6281234567890"),
            ("0812 3456 7890", "+6281234567890"),
            ("(0812) 3456-7890", "+6281234567890"),
            ("+62 812-3456-7890", "+6281234567890"),
            ("62812345678 90", "+6281234567890"),
            ("6281234567890", "+6281234567890"),
            ("+6281234567890", "+6281234567890"),
            ("812345678", "+62812345678"),
            ("0631-21234", "+6263121234"),
            ("  0812.3456.7890 ", "+6281234567890"),
        ];
        for (raw, want) in cases {
            assert_eq!(
                Phone::parse(raw).map(|p| p.to_string()),
                Ok(want.to_string()),
                "{raw}"
            );
        }
    }

    #[test]
    fn the_roster_form_and_telegrams_form_are_the_same_phone() {
        assert_eq!(
            Phone::parse("0812-3456-7890"),
            Phone::parse("6281234567890")
        );
    }

    #[test]
    fn what_is_not_an_indonesian_number_is_refused() {
        let cases = [
            ("", PhoneError::Empty),
            ("  ", PhoneError::Empty),
            ("0812-abc", PhoneError::BadCharacters),
            ("+1 555 123 4567", PhoneError::Foreign),
            ("+60123456789", PhoneError::Foreign),
            ("0812", PhoneError::Length),
            ("0812345678901234", PhoneError::Length),
            ("0081234567", PhoneError::Length),
            ("+", PhoneError::Empty),
        ];
        for (raw, want) in cases {
            assert_eq!(Phone::parse(raw), Err(want), "{raw:?}");
        }
    }
}
