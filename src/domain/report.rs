//! What HR's reports decide, without I/O: a unit's organisational predikat, how its staff's
//! predikat spread, and where that spread breaks the bounds the national guidance sets for
//! the unit's predikat. The figures themselves are counted in the store.

use super::evaluation::Predikat;

/// A unit's organisational predikat for a year (set by HR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgPredikat {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl OrgPredikat {
    pub const ALL: [OrgPredikat; 5] = [
        OrgPredikat::Istimewa,
        OrgPredikat::Baik,
        OrgPredikat::ButuhPerbaikan,
        OrgPredikat::Kurang,
        OrgPredikat::SangatKurang,
    ];

    pub fn code(self) -> &'static str {
        match self {
            OrgPredikat::Istimewa => "istimewa",
            OrgPredikat::Baik => "baik",
            OrgPredikat::ButuhPerbaikan => "butuh_perbaikan",
            OrgPredikat::Kurang => "kurang",
            OrgPredikat::SangatKurang => "sangat_kurang",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            OrgPredikat::Istimewa => "Istimewa",
            OrgPredikat::Baik => "Baik",
            OrgPredikat::ButuhPerbaikan => "Butuh Perbaikan",
            OrgPredikat::Kurang => "Kurang",
            OrgPredikat::SangatKurang => "Sangat Kurang",
        }
    }

    /// Reads a code or a label, in any case, with spaces or `-` for `_`.
    pub fn parse(raw: &str) -> Option<OrgPredikat> {
        let norm = raw.trim().to_lowercase().replace([' ', '-'], "_");
        OrgPredikat::ALL.into_iter().find(|p| p.code() == norm)
    }
}

/// How many staff of a unit got each predikat, in [`Predikat`] order from Sangat Baik.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spread(pub [i64; 5]);

/// The predikat in the order reports show them.
pub const PREDIKAT_ORDER: [Predikat; 5] = [
    Predikat::SangatBaik,
    Predikat::Baik,
    Predikat::ButuhPerbaikan,
    Predikat::Kurang,
    Predikat::SangatKurang,
];

fn index(p: Predikat) -> usize {
    PREDIKAT_ORDER.iter().position(|q| *q == p).unwrap_or(0)
}

impl Spread {
    pub fn add(&mut self, p: Predikat) {
        self.0[index(p)] += 1;
    }

    pub fn of(&self, p: Predikat) -> i64 {
        self.0[index(p)]
    }

    pub fn total(&self) -> i64 {
        self.0.iter().sum()
    }

    /// Staff rated below Baik (Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang).
    pub fn below_baik(&self) -> i64 {
        self.0[2] + self.0[3] + self.0[4]
    }

    fn share(&self, n: i64) -> f64 {
        if self.total() == 0 {
            0.0
        } else {
            n as f64 * 100.0 / self.total() as f64
        }
    }
}

/// One bound of the national distribution a unit's spread breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum Breach {
    /// More than `max` percent of staff got `what` (it names one or more predikat).
    TooMany {
        what: &'static str,
        percent: f64,
        max: f64,
    },
    /// Nobody is rated below Baik, though the unit's predikat asks for someone.
    NobodyBelowBaik,
    /// Someone got Sangat Baik, which the unit's predikat does not allow.
    NoSangatBaikAllowed,
}

impl std::fmt::Display for Breach {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Breach::TooMany { what, percent, max } => {
                write!(f, "{what} {:.0} % (paling banyak {max:.0} %)", percent)
            }
            Breach::NobodyBelowBaik => write!(
                f,
                "tidak ada yang Butuh Perbaikan atau Kurang (harus ada paling sedikit satu)"
            ),
            Breach::NoSangatBaikAllowed => write!(f, "ada Sangat Baik (tidak boleh)"),
        }
    }
}

/// The bounds as this program applies them, from the national guidance sketched in
/// PRODUCT.md: Istimewa — at most 70 % Sangat Baik; Baik — at most 70 % Baik and someone
/// below Baik; Butuh Perbaikan — at most 50 % Baik or better and someone below Baik;
/// Kurang — at most 30 % Baik or better and someone below Baik; Sangat Kurang — no Sangat
/// Baik and at most 10 % Baik. A unit with no evaluations breaks nothing.
pub fn check_distribution(org: OrgPredikat, spread: &Spread) -> Vec<Breach> {
    if spread.total() == 0 {
        return Vec::new();
    }
    let sb = spread.of(Predikat::SangatBaik);
    let b = spread.of(Predikat::Baik);
    let mut breaches = Vec::new();
    let mut at_most = |what: &'static str, n: i64, max: f64| {
        let percent = spread.share(n);
        if percent > max + 1e-9 {
            breaches.push(Breach::TooMany { what, percent, max });
        }
    };
    match org {
        OrgPredikat::Istimewa => at_most("Sangat Baik", sb, 70.0),
        OrgPredikat::Baik => at_most("Baik", b, 70.0),
        OrgPredikat::ButuhPerbaikan => at_most("Baik atau Sangat Baik", sb + b, 50.0),
        OrgPredikat::Kurang => at_most("Baik atau Sangat Baik", sb + b, 30.0),
        OrgPredikat::SangatKurang => at_most("Baik", b, 10.0),
    }
    if org != OrgPredikat::Istimewa && spread.below_baik() == 0 {
        breaches.push(Breach::NobodyBelowBaik);
    }
    if org == OrgPredikat::SangatKurang && sb > 0 {
        breaches.push(Breach::NoSangatBaikAllowed);
    }
    breaches
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(sb: i64, b: i64, bp: i64, k: i64, sk: i64) -> Spread {
        Spread([sb, b, bp, k, sk])
    }

    #[test]
    fn each_organisational_predikat_bounds_the_spread() {
        // Baik: 8 of 10 Baik is 80 % > 70 %, and nobody below Baik.
        let breaches = check_distribution(OrgPredikat::Baik, &spread(2, 8, 0, 0, 0));
        assert_eq!(breaches.len(), 2, "{breaches:?}");
        assert!(matches!(breaches[0], Breach::TooMany { max, .. } if max == 70.0));
        assert_eq!(breaches[1], Breach::NobodyBelowBaik);
        // Exactly 70 % Baik with one Butuh Perbaikan is within bounds.
        assert!(check_distribution(OrgPredikat::Baik, &spread(2, 7, 1, 0, 0)).is_empty());
        assert!(check_distribution(OrgPredikat::Istimewa, &spread(7, 3, 0, 0, 0)).is_empty());
        assert_eq!(
            check_distribution(OrgPredikat::Istimewa, &spread(8, 2, 0, 0, 0)).len(),
            1
        );
        assert_eq!(
            check_distribution(OrgPredikat::ButuhPerbaikan, &spread(1, 4, 5, 0, 0)).len(),
            0
        );
        assert_eq!(
            check_distribution(OrgPredikat::Kurang, &spread(1, 3, 5, 1, 0)).len(),
            1
        );
        let worst = check_distribution(OrgPredikat::SangatKurang, &spread(1, 0, 5, 4, 0));
        assert_eq!(worst, vec![Breach::NoSangatBaikAllowed]);
        assert!(check_distribution(OrgPredikat::Baik, &Spread::default()).is_empty());
    }

    #[test]
    fn organisational_predikat_are_read_as_hr_writes_them() {
        assert_eq!(
            OrgPredikat::parse("Butuh Perbaikan"),
            Some(OrgPredikat::ButuhPerbaikan)
        );
        assert_eq!(OrgPredikat::parse("ISTIMEWA"), Some(OrgPredikat::Istimewa));
        assert_eq!(
            OrgPredikat::parse("sangat-kurang"),
            Some(OrgPredikat::SangatKurang)
        );
        assert_eq!(OrgPredikat::parse("bagus"), None);
    }
}
