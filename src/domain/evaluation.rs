//! Periods, realisation and evaluation: the quarters (triwulan I–IV) and the annual
//! evaluation with their windows, the achievement of an indicator, and the national
//! predikat matrix (PermenPANRB 6/2022). Pure rules, no I/O.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::plan::Arah;

/// A period of the year: a quarter or the annual evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PeriodKind {
    Q1,
    Q2,
    Q3,
    Q4,
    Tahunan,
}

/// A period of a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    pub year: i64,
    pub kind: PeriodKind,
}

/// Why a text is not a period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("periode harus berbentuk TAHUN-I, -II, -III, -IV atau -T (tahunan), misalnya 2026-III")]
pub struct PeriodError;

impl PeriodKind {
    pub const ALL: [PeriodKind; 5] = [
        PeriodKind::Q1,
        PeriodKind::Q2,
        PeriodKind::Q3,
        PeriodKind::Q4,
        PeriodKind::Tahunan,
    ];

    /// `I`, `II`, `III`, `IV`, `T`: in buttons, the database and the command line.
    pub fn code(self) -> &'static str {
        match self {
            PeriodKind::Q1 => "I",
            PeriodKind::Q2 => "II",
            PeriodKind::Q3 => "III",
            PeriodKind::Q4 => "IV",
            PeriodKind::Tahunan => "T",
        }
    }

    pub fn parse(raw: &str) -> Result<PeriodKind, PeriodError> {
        let raw = raw.trim().to_uppercase();
        let raw = raw.strip_prefix("TW").unwrap_or(&raw).trim();
        match raw {
            "1" => Ok(PeriodKind::Q1),
            "2" => Ok(PeriodKind::Q2),
            "3" => Ok(PeriodKind::Q3),
            "4" => Ok(PeriodKind::Q4),
            "TAHUNAN" => Ok(PeriodKind::Tahunan),
            other => PeriodKind::ALL
                .into_iter()
                .find(|k| k.code() == other)
                .ok_or(PeriodError),
        }
    }

    fn quarter(self) -> Option<u32> {
        match self {
            PeriodKind::Q1 => Some(1),
            PeriodKind::Q2 => Some(2),
            PeriodKind::Q3 => Some(3),
            PeriodKind::Q4 => Some(4),
            PeriodKind::Tahunan => None,
        }
    }
}

impl Period {
    /// The quarter a date falls in.
    pub fn quarter_of(date: NaiveDate) -> Period {
        let kind = match date.month() {
            1..=3 => PeriodKind::Q1,
            4..=6 => PeriodKind::Q2,
            7..=9 => PeriodKind::Q3,
            _ => PeriodKind::Q4,
        };
        Period {
            year: i64::from(date.year()),
            kind,
        }
    }

    pub fn is_quarter(self) -> bool {
        self.kind.quarter().is_some()
    }

    /// `Triwulan III 2026`, `Tahunan 2026`.
    pub fn label(self) -> String {
        match self.kind {
            PeriodKind::Tahunan => format!("Tahunan {}", self.year),
            k => format!("Triwulan {} {}", k.code(), self.year),
        }
    }

    /// `2026-III`: the key in the database and in buttons.
    pub fn key(self) -> String {
        format!("{}-{}", self.year, self.kind.code())
    }

    /// Reads a period as HR types it: `2026-III`, `2026-3`, `2026-T`, `2026 tahunan`.
    pub fn parse(raw: &str) -> Result<Period, PeriodError> {
        let raw = raw.trim();
        let (year, kind) = raw.split_once(['-', ' ']).ok_or(PeriodError)?;
        let year: i64 = year.trim().parse().map_err(|_| PeriodError)?;
        if !(2000..=2100).contains(&year) {
            return Err(PeriodError);
        }
        Ok(Period {
            year,
            kind: PeriodKind::parse(kind)?,
        })
    }

    pub fn from_key(key: &str) -> Option<Period> {
        let (year, kind) = key.split_once('-')?;
        let year: i64 = year.parse().ok().filter(|y| (2000..=2100).contains(y))?;
        Some(Period {
            year,
            kind: PeriodKind::ALL.into_iter().find(|k| k.code() == kind)?,
        })
    }

    /// The first day of the period (the year's first day for the annual evaluation).
    pub fn start(self) -> NaiveDate {
        let month = self.kind.quarter().map(|q| (q - 1) * 3 + 1).unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year as i32, month, 1).unwrap_or_default()
    }

    /// The last day of the period (31 December for the annual evaluation).
    pub fn end(self) -> NaiveDate {
        let next = match self.kind.quarter() {
            Some(4) | None => NaiveDate::from_ymd_opt(self.year as i32 + 1, 1, 1),
            Some(q) => NaiveDate::from_ymd_opt(self.year as i32, q * 3 + 1, 1),
        };
        next.and_then(|d| d.pred_opt()).unwrap_or_default()
    }

    /// The default windows: realisation until the 10th day after a quarter ends, evaluation
    /// from the quarter's first day until the 20th day after it ends; the annual evaluation
    /// from 1 December until 31 January of the next year.
    pub fn default_window(self) -> Window {
        match self.kind {
            PeriodKind::Tahunan => {
                let last = NaiveDate::from_ymd_opt(self.year as i32 + 1, 1, 31).unwrap_or_default();
                Window {
                    evaluasi_from: NaiveDate::from_ymd_opt(self.year as i32, 12, 1)
                        .unwrap_or_default(),
                    realisasi_until: last,
                    evaluasi_until: last,
                }
            }
            _ => Window {
                evaluasi_from: self.start(),
                realisasi_until: self.end() + chrono::Days::new(10),
                evaluasi_until: self.end() + chrono::Days::new(20),
            },
        }
    }
}

/// A period's days (inclusive, WIB): when evaluation opens, and the last days on which it
/// takes realisation and evaluation. HR sets them per period (`kinerja period set`);
/// [`Period::default_window`] holds where they are unless HR moved them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub evaluasi_from: NaiveDate,
    pub realisasi_until: NaiveDate,
    pub evaluasi_until: NaiveDate,
}

/// Why HR's windows for a period cannot be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    #[error("batas realisasi tidak boleh sebelum awal periode ({0})")]
    RealisationBeforeStart(String),
    #[error("penilaian tidak boleh dibuka sebelum awal periode ({0})")]
    OpeningBeforeStart(String),
    #[error("batas penilaian tidak boleh sebelum batas realisasi")]
    EvaluationBeforeRealisation,
    #[error("batas penilaian tidak boleh sebelum penilaian dibuka")]
    ClosesBeforeOpening,
}

impl Window {
    /// Checks that the windows fit the period: nothing before its first day, evaluation
    /// closing neither before realisation closes nor before it opens.
    pub fn check(&self, period: Period) -> Result<(), WindowError> {
        let start = period.start();
        let shown = || start.format("%d/%m/%Y").to_string();
        if self.realisasi_until < start {
            Err(WindowError::RealisationBeforeStart(shown()))
        } else if self.evaluasi_from < start {
            Err(WindowError::OpeningBeforeStart(shown()))
        } else if self.evaluasi_until < self.realisasi_until {
            Err(WindowError::EvaluationBeforeRealisation)
        } else if self.evaluasi_until < self.evaluasi_from {
            Err(WindowError::ClosesBeforeOpening)
        } else {
            Ok(())
        }
    }

    /// Realisation is recorded from the period's first day until its window closes.
    pub fn realisasi_open(&self, period: Period, today: NaiveDate) -> bool {
        period.is_quarter() && today >= period.start() && today <= self.realisasi_until
    }

    /// Evaluation is possible from the window's opening day (never before the period's
    /// first day) until it closes.
    pub fn evaluasi_open(&self, period: Period, today: NaiveDate) -> bool {
        today >= self.evaluasi_from.max(period.start()) && today <= self.evaluasi_until
    }
}

/// The supervisor's three-step rating, for Hasil Kerja and for Perilaku Kerja.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rating {
    DiAtas,
    Sesuai,
    DiBawah,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::DiAtas, Rating::Sesuai, Rating::DiBawah];

    pub fn label(self) -> &'static str {
        match self {
            Rating::DiAtas => "Di Atas Ekspektasi",
            Rating::Sesuai => "Sesuai Ekspektasi",
            Rating::DiBawah => "Di Bawah Ekspektasi",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Rating::DiAtas => "a",
            Rating::Sesuai => "s",
            Rating::DiBawah => "b",
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The result of an evaluation, by the national matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Predikat {
    SangatBaik,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl Predikat {
    /// The matrix of PermenPANRB 6/2022: Hasil Kerja (rows) against Perilaku Kerja.
    pub fn from_ratings(hasil: Rating, perilaku: Rating) -> Predikat {
        use Rating::*;
        match (hasil, perilaku) {
            (DiAtas, DiAtas) => Predikat::SangatBaik,
            (DiAtas, Sesuai) | (Sesuai, Sesuai) | (Sesuai, DiAtas) => Predikat::Baik,
            (DiAtas, DiBawah) | (Sesuai, DiBawah) => Predikat::Kurang,
            (DiBawah, DiAtas) | (DiBawah, Sesuai) => Predikat::ButuhPerbaikan,
            (DiBawah, DiBawah) => Predikat::SangatKurang,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "Sangat Baik",
            Predikat::Baik => "Baik",
            Predikat::ButuhPerbaikan => "Butuh Perbaikan",
            Predikat::Kurang => "Kurang/Misconduct",
            Predikat::SangatKurang => "Sangat Kurang",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "sangat_baik",
            Predikat::Baik => "baik",
            Predikat::ButuhPerbaikan => "butuh_perbaikan",
            Predikat::Kurang => "kurang",
            Predikat::SangatKurang => "sangat_kurang",
        }
    }

    pub fn from_code(code: &str) -> Option<Predikat> {
        [
            Predikat::SangatBaik,
            Predikat::Baik,
            Predikat::ButuhPerbaikan,
            Predikat::Kurang,
            Predikat::SangatKurang,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }
}

/// Why an evaluation cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvaluationError {
    #[error("Umpan balik wajib ditulis bila salah satu penilaian Di Bawah Ekspektasi.")]
    FeedbackRequired,
    #[error(
        "Pegawai ini sudah dinilai untuk periode tersebut. Admin BKD dapat membukanya kembali."
    )]
    AlreadyEvaluated,
    #[error("Anda bukan atasan langsung pegawai ini.")]
    NotYourSubordinate,
    #[error("Jendela penilaian periode ini sudah ditutup.")]
    WindowClosed,
    #[error("Periode ini sudah dinilai; realisasi tidak dapat diubah lagi.")]
    RealisationLocked,
    #[error("Jendela realisasi periode ini sudah ditutup.")]
    RealisationClosed,
}

/// Feedback is required when either rating is Di Bawah Ekspektasi.
pub fn check_feedback(
    hasil: Rating,
    perilaku: Rating,
    feedback: Option<&str>,
) -> Result<(), EvaluationError> {
    let below = hasil == Rating::DiBawah || perilaku == Rating::DiBawah;
    if below && feedback.is_none_or(|f| f.trim().is_empty()) {
        Err(EvaluationError::FeedbackRequired)
    } else {
        Ok(())
    }
}

/// Whether a supervisor may start evaluating a person's period: while its evaluation window
/// is open, and only once (HR reopens an evaluation to allow another).
pub fn check_evaluable(window_open: bool, evaluated: bool) -> Result<(), EvaluationError> {
    if !window_open {
        Err(EvaluationError::WindowClosed)
    } else if evaluated {
        Err(EvaluationError::AlreadyEvaluated)
    } else {
        Ok(())
    }
}

/// Whether realisation may change on `today`: only while the period's realisation window
/// is open (see [`Window::realisasi_open`]) and no final evaluation (`finally_evaluated`)
/// has fixed it.
pub fn realisation_may_change(
    window: &Window,
    period: Period,
    today: NaiveDate,
    finally_evaluated: bool,
) -> Result<(), EvaluationError> {
    if !window.realisasi_open(period, today) {
        Err(EvaluationError::RealisationClosed)
    } else if finally_evaluated {
        Err(EvaluationError::RealisationLocked)
    } else {
        Ok(())
    }
}

/// Whether an evaluation still waits for its owner's "Sudah saya baca": once only, and not
/// while it is reopened for a new rating.
pub fn awaits_acknowledgement(acknowledged: bool, reopened: bool) -> bool {
    !acknowledged && !reopened
}

/// An indicator counts as realised for a quarter once it has a value and at least one piece
/// of evidence.
pub fn realisation_complete(value: Option<f64>, evidence: usize) -> bool {
    value.is_some() && evidence > 0
}

/// Where one person stands for a period, as the team views show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodStatus {
    NoPlan,
    /// A quarter with an indicator not yet realised.
    Partial,
    /// A quarter with every indicator realised.
    Ready,
    /// The annual evaluation: no realisation of its own, the quarters are its context.
    AnnualReady,
    Evaluated(Predikat),
}

impl PeriodStatus {
    /// Late: the realisation window has closed and the realisation is still incomplete.
    pub fn late(self, today: NaiveDate, window: &Window) -> bool {
        today > window.realisasi_until
            && matches!(self, PeriodStatus::NoPlan | PeriodStatus::Partial)
    }

    /// Whether there is something to evaluate: an approved plan, not evaluated yet.
    pub fn awaits_evaluation(self) -> bool {
        !matches!(self, PeriodStatus::NoPlan | PeriodStatus::Evaluated(_))
    }
}

/// Achievement in percent of the target: `realised / target` when higher is better,
/// `target / realised` when lower is better (half the time spent is 200 %). `None` when it
/// cannot be computed (a zero target to exceed; a lower-is-better realisation of zero
/// against a positive target counts as double the target's worth, 200 %).
pub fn achievement(target: f64, realised: f64, arah: Arah) -> Option<f64> {
    match arah {
        Arah::LebihTinggiLebihBaik if target > 0.0 => Some(realised / target * 100.0),
        Arah::LebihTinggiLebihBaik => None,
        Arah::LebihRendahLebihBaik if realised > 0.0 => Some(target / realised * 100.0),
        Arah::LebihRendahLebihBaik if target > 0.0 => Some(200.0),
        Arah::LebihRendahLebihBaik => Some(100.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_nine_cells_of_the_predikat_matrix() {
        use Predikat::*;
        use Rating::*;
        let cases = [
            (DiAtas, DiBawah, Kurang),
            (DiAtas, Sesuai, Baik),
            (DiAtas, DiAtas, SangatBaik),
            (Sesuai, DiBawah, Kurang),
            (Sesuai, Sesuai, Baik),
            (Sesuai, DiAtas, Baik),
            (DiBawah, DiBawah, SangatKurang),
            (DiBawah, Sesuai, ButuhPerbaikan),
            (DiBawah, DiAtas, ButuhPerbaikan),
        ];
        for (hasil, perilaku, want) in cases {
            assert_eq!(
                Predikat::from_ratings(hasil, perilaku),
                want,
                "{hasil:?} × {perilaku:?}"
            );
            assert_eq!(Predikat::from_code(want.code()), Some(want));
        }
    }

    #[test]
    fn achievement_respects_lower_is_better() {
        use Arah::*;
        let cases = [
            (100.0, 100.0, LebihTinggiLebihBaik, Some(100.0)),
            (1200.0, 900.0, LebihTinggiLebihBaik, Some(75.0)),
            (10.0, 15.0, LebihTinggiLebihBaik, Some(150.0)),
            (0.0, 5.0, LebihTinggiLebihBaik, None),
            (10.0, 5.0, LebihRendahLebihBaik, Some(200.0)),
            (10.0, 20.0, LebihRendahLebihBaik, Some(50.0)),
            (10.0, 0.0, LebihRendahLebihBaik, Some(200.0)),
            (0.0, 0.0, LebihRendahLebihBaik, Some(100.0)),
        ];
        for (target, realised, arah, want) in cases {
            assert_eq!(
                achievement(target, realised, arah),
                want,
                "{target} {realised} {arah:?}"
            );
        }
    }

    #[test]
    fn feedback_is_required_only_below_expectations() {
        use Rating::*;
        assert_eq!(
            check_feedback(DiBawah, Sesuai, None),
            Err(EvaluationError::FeedbackRequired)
        );
        assert_eq!(
            check_feedback(Sesuai, DiBawah, Some("  ")),
            Err(EvaluationError::FeedbackRequired)
        );
        assert_eq!(
            check_feedback(DiBawah, DiBawah, Some("Perbaiki laporan")),
            Ok(())
        );
        assert_eq!(check_feedback(Sesuai, DiAtas, None), Ok(()));
    }

    #[test]
    fn an_evaluation_starts_in_its_window_and_only_once() {
        assert_eq!(check_evaluable(true, false), Ok(()));
        assert_eq!(
            check_evaluable(true, true),
            Err(EvaluationError::AlreadyEvaluated)
        );
        assert_eq!(
            check_evaluable(false, false),
            Err(EvaluationError::WindowClosed)
        );
        assert_eq!(
            check_evaluable(false, true),
            Err(EvaluationError::WindowClosed)
        );
    }

    #[test]
    fn an_indicator_is_realised_with_a_value_and_evidence() {
        let cases = [
            (Some(3.0), 1, true),
            (Some(0.0), 2, true),
            (Some(3.0), 0, false),
            (None, 1, false),
            (None, 0, false),
        ];
        for (value, evidence, want) in cases {
            assert_eq!(
                realisation_complete(value, evidence),
                want,
                "{value:?} {evidence}"
            );
        }
    }

    #[test]
    fn who_is_late_and_who_awaits_evaluation() {
        use PeriodStatus::*;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let window = Window {
            evaluasi_from: d(2026, 9, 20),
            realisasi_until: d(2026, 10, 5),
            evaluasi_until: d(2026, 10, 15),
        };
        let cases = [
            (NoPlan, true, false),
            (Partial, true, true),
            (Ready, false, true),
            (AnnualReady, false, true),
            (Evaluated(Predikat::Baik), false, false),
        ];
        for (status, late, awaits) in cases {
            assert!(!status.late(d(2026, 10, 5), &window), "{status:?}");
            assert_eq!(status.late(d(2026, 10, 6), &window), late, "{status:?}");
            assert_eq!(status.awaits_evaluation(), awaits, "{status:?}");
        }
    }

    #[test]
    fn periods_and_their_default_windows() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let q3 = Period::quarter_of(d(2026, 8, 15));
        assert_eq!(
            q3,
            Period {
                year: 2026,
                kind: PeriodKind::Q3
            }
        );
        assert_eq!((q3.start(), q3.end()), (d(2026, 7, 1), d(2026, 9, 30)));
        assert_eq!(
            q3.default_window(),
            Window {
                evaluasi_from: d(2026, 7, 1),
                realisasi_until: d(2026, 10, 10),
                evaluasi_until: d(2026, 10, 20)
            }
        );
        let q4 = Period {
            year: 2026,
            kind: PeriodKind::Q4,
        };
        assert_eq!(q4.default_window().realisasi_until, d(2027, 1, 10));
        let annual = Period {
            year: 2026,
            kind: PeriodKind::Tahunan,
        };
        assert_eq!(annual.default_window().evaluasi_until, d(2027, 1, 31));
        assert!(q3.default_window().realisasi_open(q3, d(2026, 10, 10)));
        assert!(!q3.default_window().realisasi_open(q3, d(2026, 10, 11)));
        assert!(
            !annual
                .default_window()
                .realisasi_open(annual, d(2026, 12, 1))
        );
        assert!(
            !annual
                .default_window()
                .evaluasi_open(annual, d(2026, 11, 30))
        );
        assert!(
            annual
                .default_window()
                .evaluasi_open(annual, d(2026, 12, 1))
        );
        assert_eq!(Period::from_key(&q3.key()), Some(q3));
        assert_eq!(Period::from_key("2026-V"), None);
        assert_eq!(PeriodKind::parse("iii"), Ok(PeriodKind::Q3));
        assert_eq!(PeriodKind::parse("tahunan"), Ok(PeriodKind::Tahunan));
        assert_eq!(q3.label(), "Triwulan III 2026");
        assert_eq!(Period::parse("2026-3"), Ok(q3));
        assert_eq!(Period::parse("2026 tahunan"), Ok(annual));
        assert!(Period::parse("III").is_err());
    }

    #[test]
    fn hr_may_open_the_annual_evaluation_earlier_but_not_before_the_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let annual = Period {
            year: 2026,
            kind: PeriodKind::Tahunan,
        };
        let earlier = Window {
            evaluasi_from: d(2026, 11, 15),
            ..annual.default_window()
        };
        assert_eq!(earlier.check(annual), Ok(()));
        assert!(earlier.evaluasi_open(annual, d(2026, 11, 15)));
        assert!(!earlier.evaluasi_open(annual, d(2026, 11, 14)));
        let cases = [
            (
                Window {
                    evaluasi_from: d(2025, 12, 31),
                    ..earlier
                },
                WindowError::OpeningBeforeStart("01/01/2026".into()),
            ),
            (
                Window {
                    evaluasi_from: d(2027, 2, 1),
                    ..earlier
                },
                WindowError::ClosesBeforeOpening,
            ),
            (
                Window {
                    evaluasi_until: d(2027, 1, 30),
                    ..earlier
                },
                WindowError::EvaluationBeforeRealisation,
            ),
        ];
        for (window, error) in cases {
            assert_eq!(window.check(annual), Err(error));
        }
    }

    #[test]
    fn realisation_changes_only_in_its_window_and_before_a_final_evaluation() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let q3 = Period::quarter_of(d(2026, 8, 15));
        let window = q3.default_window();
        let cases = [
            (d(2026, 8, 15), false, Ok(())),
            (d(2026, 10, 10), false, Ok(())),
            (
                d(2026, 8, 15),
                true,
                Err(EvaluationError::RealisationLocked),
            ),
            (
                d(2026, 10, 11),
                false,
                Err(EvaluationError::RealisationClosed),
            ),
            (
                d(2026, 10, 11),
                true,
                Err(EvaluationError::RealisationClosed),
            ),
            (
                d(2026, 6, 30),
                false,
                Err(EvaluationError::RealisationClosed),
            ),
        ];
        for (today, evaluated, want) in cases {
            assert_eq!(
                realisation_may_change(&window, q3, today, evaluated),
                want,
                "{today} {evaluated}"
            );
        }
    }

    #[test]
    fn an_evaluation_is_acknowledged_once_and_not_while_reopened() {
        assert!(awaits_acknowledgement(false, false));
        assert!(!awaits_acknowledgement(true, false));
        assert!(!awaits_acknowledgement(false, true));
        assert!(!awaits_acknowledgement(true, true));
    }
}
