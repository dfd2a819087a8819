//! Indonesian phone numbers, normalised to `+62…` so that the roster's `0812-3456-7890`
//! and the `6281234567890` Telegram sends with a shared contact are the same number.
//! [`Phone::parse`] is the only door. It only reads numbers: it must never treat a number
//! as proof of who someone is on its own (the registration flow decides that), and it
//! never accepts a foreign number by guessing.

/// A phone number as `+62` followed by the national number: 8–13 digits, the first not 0.
/// Mobile (`+62812…`) and landline (`+62631…`) numbers alike.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

/// Why a text is not an Indonesian phone number. The message is an Indonesian sentence
/// saying what was expected, shown as is to the person or to HR.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("nomor telepon kosong")]
    Empty,
    #[error(
        "nomor telepon hanya boleh berisi angka (boleh dengan spasi, tanda -, titik, kurung, dan + di depan), bukan {0:?}"
    )]
    BadCharacter(char),
    #[error("nomor telepon harus nomor Indonesia (+62 …)")]
    Foreign,
    #[error("nomor telepon setelah 0 atau +62 harus 8–13 digit, bukan {0} digit")]
    Length(usize),
    #[error("nomor telepon setelah 0 atau +62 tidak boleh diawali 0")]
    LeadingZero,
}

impl Phone {
    /// Reads a phone written any usual way: `0812-3456-7890`, `(0812) 3456 7890`,
    /// `+62 812-3456-7890`, `+62 (0)812…`, `6281234567890`, `812345678` (a number cell that
    /// lost its 0), a landline `0631-21234`.
    ///
    /// Digits with no `+` that start with `62` are read as `62` + national number, as
    /// Telegram sends them; a national number itself never starts with 62 after its 0 is
    /// dropped in practice (mobile numbers start with 8, and HR writes landlines with 0).
    pub fn parse(raw: &str) -> Result<Phone, PhoneError> {
        let mut plus = false;
        let mut digits = String::with_capacity(16);
        for c in raw.chars() {
            match c {
                '0'..='9' => digits.push(c),
                // A + is an international prefix only before the first digit.
                '+' if digits.is_empty() && !plus => plus = true,
                '-' | '.' | '(' | ')' => {}
                c if c.is_whitespace() => {}
                other => return Err(PhoneError::BadCharacter(other)),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        // `00` is the international prefix dialled from Indonesia, the same as `+`.
        let (international, number) = match digits.strip_prefix("00") {
            Some(rest) => (true, rest),
            None => (plus, digits.as_str()),
        };
        let national = if let Some(rest) = number.strip_prefix("62") {
            // `+62 (0)812…` is a common way to write it: the 0 is the trunk prefix.
            rest.strip_prefix('0').unwrap_or(rest)
        } else if international {
            return Err(PhoneError::Foreign);
        } else {
            number.strip_prefix('0').unwrap_or(number)
        };
        if national.starts_with('0') {
            return Err(PhoneError::LeadingZero);
        }
        if !(8..=13).contains(&national.len()) {
            return Err(PhoneError::Length(national.len()));
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
            ("+62 (0)812-3456-7890", "+6281234567890"),
            ("(+62) 812 3456 7890", "+6281234567890"),
            ("62812345678 90", "+6281234567890"),
            ("6281234567890", "+6281234567890"),
            ("+6281234567890", "+6281234567890"),
            ("006281234567890", "+6281234567890"),
            ("  0812.3456.7890\u{a0}", "+6281234567890"),
            ("812345678", "+62812345678"),
            ("+628123456789", "+628123456789"),
            ("0631-21234", "+6263121234"),
            ("(0631) 21234", "+6263121234"),
            ("0812345678901", "+62812345678901"),
        ];
        for (raw, want) in cases {
            assert_eq!(
                Phone::parse(raw).map(|p| p.as_str().to_string()),
                Ok(want.to_string()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn the_roster_form_and_telegrams_form_are_the_same_phone() {
        let roster = Phone::parse("0812-3456-7890");
        assert!(roster.is_ok());
        assert_eq!(roster, Phone::parse("6281234567890"));
        assert_eq!(roster, Phone::parse("+6281234567890"));
    }

    #[test]
    fn what_is_not_an_indonesian_number_is_refused() {
        let cases = [
            ("", PhoneError::Empty),
            ("  ", PhoneError::Empty),
            ("+", PhoneError::Empty),
            ("( - )", PhoneError::Empty),
            ("0812-abc", PhoneError::BadCharacter('a')),
            ("0812 3456 7890 ext 1", PhoneError::BadCharacter('e')),
            ("0812/3456", PhoneError::BadCharacter('/')),
            ("62+81234567890", PhoneError::BadCharacter('+')),
            ("++6281234567890", PhoneError::BadCharacter('+')),
            ("+1 555 123 4567", PhoneError::Foreign),
            ("+60123456789", PhoneError::Foreign),
            ("0060123456789", PhoneError::Foreign),
            ("0812", PhoneError::Length(3)),
            ("0631-2123", PhoneError::Length(7)),
            ("+62 812 3456 7890 123", PhoneError::Length(14)),
            ("0812345678901234", PhoneError::Length(15)),
            ("+62 00812345678", PhoneError::LeadingZero),
        ];
        for (raw, want) in cases {
            assert_eq!(Phone::parse(raw), Err(want), "{raw:?}");
        }
    }

    #[test]
    fn a_foreign_number_is_refused_with_the_expected_sentence() {
        assert_eq!(
            Phone::parse("+1 555 123 4567").map_err(|e| e.to_string()),
            Err("nomor telepon harus nomor Indonesia (+62 …)".to_string())
        );
    }
}
