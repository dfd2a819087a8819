//! HR's reports, counted from one read of the year ([`YearData`]): completion per unit for
//! a period (plans, realisations, evaluations, who is late), the predikat spread per unit
//! against the bounds of its organisational predikat, JP per person and attendance per
//! training, the announcements' figures, and the e-Kinerja export. The same [`Report`]
//! becomes the chat summary, the chart, the CSV files and the workbook. The sheets are in
//! their reader's language (HR's in the chat, the command line's in `kinerja report`), all but
//! the e-Kinerja sheet: that one is carried into the national system and stays Indonesian.
//! Its Bukti Dukung column lists each indicator's evidence; with a public URL configured a
//! file there is a signed link ([`LinkSigner`]) that opens it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::domain::evaluation::{Period, PeriodKind, Predikat, Window, achievement};
use crate::domain::evidence::{EvidenceKind, LinkSigner};
use crate::domain::lang::Lang;
use crate::domain::report::{Breach, OrgPredikat, PREDIKAT_ORDER, Spread, check_distribution};
use crate::domain::time::format_date_wib;
use crate::domain::training::JP_MINIMUM;
use crate::export::{Cell, Table};
use crate::i18n::{self, Label};
use crate::store::Store;
use crate::store::analytics::{AnnouncementFigures, EvidenceItem, Staff, YearData};
use crate::store::broadcast::AnnouncementContent;
use crate::store::trainings::SeatCounts;

/// Plans are due by 31 January of their year.
pub fn planning_deadline(year: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(year as i32, 1, 31).unwrap_or_default()
}

/// One unit's completion for a period.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitCompletion {
    pub unit: String,
    pub staff: i64,
    pub plan_none: i64,
    /// Being written or returned for revision.
    pub plan_draft: i64,
    pub plan_submitted: i64,
    pub plan_approved: i64,
    pub realisation_complete: i64,
    pub evaluated: i64,
    pub late: i64,
}

/// Someone late, and with what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Late {
    pub nip: String,
    pub nama: String,
    pub unit: String,
    pub what: Lateness,
}

/// What someone is late with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lateness {
    /// No submitted plan after the planning deadline.
    NoPlan,
    /// An approved plan, realisation incomplete after its window.
    Realisation,
    /// An approved plan, no evaluation after its window.
    NotEvaluated,
}

impl Lateness {
    /// As the Terlambat sheet says it.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Lateness::NoPlan => i18n::sheets_late_no_plan(lang),
            Lateness::Realisation => i18n::sheets_late_realisation(lang),
            Lateness::NotEvaluated => i18n::sheets_late_not_evaluated(lang),
        }
    }
}

/// A unit's predikat spread for the period, against its organisational predikat.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitSpread {
    pub unit: String,
    pub spread: Spread,
    pub org: Option<OrgPredikat>,
    pub breaches: Vec<Breach>,
}

/// A report of one period (of one year).
#[derive(Debug, Clone)]
pub struct Report {
    pub period: Period,
    pub today: NaiveDate,
    pub completion: Vec<UnitCompletion>,
    pub late: Vec<Late>,
    pub spreads: Vec<UnitSpread>,
    pub trainings: Vec<(AnnouncementContent, SeatCounts)>,
    pub announcements: Vec<AnnouncementFigures>,
    pub data: YearData,
}

/// Whether a person's realisation for a quarter is complete: an approved plan whose every
/// indicator has an achieved value.
pub fn realisation_complete(data: &YearData, nip: &str, period: Period) -> bool {
    let Some(content) = data.plans.get(nip).and_then(|p| p.approved.as_ref()) else {
        return false;
    };
    let mut indicators = content.rhk.iter().flat_map(|r| &r.indikator).peekable();
    indicators.peek().is_some()
        && indicators.all(|i| {
            data.value(nip, period.kind, i.id)
                .is_some_and(|v| v.is_some())
        })
}

fn complete_for(data: &YearData, nip: &str, period: Period) -> bool {
    match period.kind {
        PeriodKind::Tahunan => [
            PeriodKind::Q1,
            PeriodKind::Q2,
            PeriodKind::Q3,
            PeriodKind::Q4,
        ]
        .into_iter()
        .all(|kind| {
            realisation_complete(
                data,
                nip,
                Period {
                    year: period.year,
                    kind,
                },
            )
        }),
        _ => realisation_complete(data, nip, period),
    }
}

/// Completion per unit (in roster order) and the people late, as of `today`. A person late
/// for several reasons is listed once per reason but counted once in their unit's
/// [`UnitCompletion::late`]: that column counts people, like every other.
pub fn completion(
    data: &YearData,
    period: Period,
    today: NaiveDate,
) -> (Vec<UnitCompletion>, Vec<Late>) {
    let mut units: BTreeMap<&str, UnitCompletion> = BTreeMap::new();
    let mut late = Vec::new();
    let window = data
        .windows
        .get(&period.key())
        .copied()
        .unwrap_or_else(|| period.default_window());
    for s in &data.staff {
        let u = units
            .entry(s.unit_kerja.as_str())
            .or_insert_with(|| UnitCompletion {
                unit: s.unit_kerja.clone(),
                ..Default::default()
            });
        let reasons = count_person(u, data, s, period, window, today);
        if !reasons.is_empty() {
            u.late += 1;
        }
        late.extend(reasons.into_iter().map(|what| Late {
            nip: s.nip.clone(),
            nama: s.nama.clone(),
            unit: s.unit_kerja.clone(),
            what,
        }));
    }
    (units.into_values().collect(), late)
}

/// Counts one person into their unit's columns (all but `late`) and returns why they are
/// late, if they are: no submitted plan after the planning deadline, or else, with an
/// approved plan, realisation incomplete or no evaluation after their windows.
fn count_person(
    u: &mut UnitCompletion,
    data: &YearData,
    s: &Staff,
    period: Period,
    window: Window,
    today: NaiveDate,
) -> Vec<Lateness> {
    u.staff += 1;
    let plan = data.plans.get(&s.nip);
    let approved = plan.is_some_and(|p| p.approved.is_some());
    match plan.map(|p| p.status.as_str()) {
        _ if approved => u.plan_approved += 1,
        Some("submitted") => u.plan_submitted += 1,
        Some(_) => u.plan_draft += 1,
        None => u.plan_none += 1,
    }
    let submitted = approved || plan.is_some_and(|p| p.status == "submitted");
    if !submitted && today > planning_deadline(period.year) {
        return vec![Lateness::NoPlan];
    }
    if !approved {
        return Vec::new();
    }
    let mut reasons = Vec::new();
    if complete_for(data, &s.nip, period) {
        u.realisation_complete += 1;
    } else if period.is_quarter() && today > window.realisasi_until {
        reasons.push(Lateness::Realisation);
    }
    if data.evaluation(&s.nip, period.kind).is_some() {
        u.evaluated += 1;
    } else if today > window.evaluasi_until {
        reasons.push(Lateness::NotEvaluated);
    }
    reasons
}

/// The predikat spread per unit for the period, with the bounds its predikat breaks.
pub fn spreads(data: &YearData, period: Period) -> Vec<UnitSpread> {
    let mut units: BTreeMap<&str, Spread> = BTreeMap::new();
    for s in &data.staff {
        let spread = units.entry(s.unit_kerja.as_str()).or_default();
        if let Some(e) = data.evaluation(&s.nip, period.kind) {
            spread.add(e.predikat);
        }
    }
    units
        .into_iter()
        .map(|(unit, spread)| {
            let org = data.unit_predikat.get(unit).copied();
            UnitSpread {
                unit: unit.to_string(),
                spread,
                org,
                breaches: org
                    .map(|o| check_distribution(o, &spread))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Reads the year and counts the report of `period` as of `today`.
pub async fn build(store: &Store, period: Period, today: NaiveDate) -> anyhow::Result<Report> {
    let data = store.year_data(period.year).await?;
    let (completion, late) = completion(&data, period, today);
    let spreads = spreads(&data, period);
    Ok(Report {
        period,
        today,
        completion,
        late,
        spreads,
        trainings: store.trainings_of_year(period.year).await?,
        announcements: store.announcement_figures(period.year).await?,
        data,
    })
}

fn yes_no(lang: Lang, b: bool) -> Cell {
    Cell::text(if b {
        i18n::sheets_yes(lang)
    } else {
        i18n::sheets_no(lang)
    })
}

/// A sheet with its name and column headers, already in their reader's language.
fn sheet(name: String, headers: &[String]) -> Table {
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    Table::new(&name, &headers)
}

/// A unit's broken bounds, one after the other, as the sheet and the chat say them.
pub fn breaches_text(lang: Lang, breaches: &[Breach]) -> String {
    breaches
        .iter()
        .map(|b| breach_text(lang, b))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One broken bound; in Indonesian as its `Display` (for the logs) writes it.
fn breach_text(lang: Lang, breach: &Breach) -> String {
    match breach {
        Breach::TooMany { what, percent, max } => {
            // `what` names one predikat (an official name, the same in every language) or
            // two of them.
            let what = match *what {
                "Baik atau Sangat Baik" => i18n::sheets_baik_or_sangat_baik(lang),
                one => one.to_string(),
            };
            i18n::sheets_breach_too_many(
                lang,
                &what,
                &format!("{percent:.0}"),
                &format!("{max:.0}"),
            )
        }
        Breach::NobodyBelowBaik => i18n::sheets_breach_nobody_below_baik(lang),
        Breach::NoSangatBaikAllowed => i18n::sheets_breach_no_sangat_baik(lang),
    }
}

impl Report {
    /// How many people are late for something, across every unit (each counted once).
    pub fn late_people(&self) -> i64 {
        self.completion.iter().map(|u| u.late).sum()
    }

    /// The people of the year with their JP, in roster order.
    pub fn jp(&self) -> Vec<(&Staff, i64)> {
        self.data
            .staff
            .iter()
            .map(|s| (s, self.data.jp.get(&s.nip).copied().unwrap_or(0)))
            .collect()
    }

    /// Every table of the report in `lang`, the e-Kinerja export (always Indonesian) last,
    /// its evidence files as signed links when `links` is given.
    pub fn tables(&self, lang: Lang, links: Option<&LinkSigner>) -> Vec<Table> {
        let mut completion = sheet(
            i18n::sheets_completion(lang),
            &[
                i18n::sheets_col_unit(lang),
                i18n::sheets_col_staff(lang),
                i18n::sheets_col_plan_none(lang),
                i18n::sheets_col_plan_draft(lang),
                i18n::sheets_col_plan_submitted(lang),
                i18n::sheets_col_plan_approved(lang),
                i18n::sheets_col_realisation_complete(lang),
                i18n::sheets_col_evaluated(lang),
                i18n::sheets_col_late(lang),
            ],
        );
        for u in &self.completion {
            completion.push(vec![
                Cell::text(&u.unit),
                Cell::Int(u.staff),
                Cell::Int(u.plan_none),
                Cell::Int(u.plan_draft),
                Cell::Int(u.plan_submitted),
                Cell::Int(u.plan_approved),
                Cell::Int(u.realisation_complete),
                Cell::Int(u.evaluated),
                Cell::Int(u.late),
            ]);
        }
        let mut late = sheet(
            i18n::sheets_late(lang),
            &[
                i18n::sheets_col_nip(lang),
                i18n::sheets_col_name(lang),
                i18n::sheets_col_unit(lang),
                i18n::sheets_col_lateness(lang),
            ],
        );
        for l in &self.late {
            late.push(vec![
                Cell::text(&l.nip),
                Cell::text(&l.nama),
                Cell::text(&l.unit),
                Cell::text(l.what.text(lang)),
            ]);
        }
        let mut predikat = sheet(
            i18n::sheets_spread(lang),
            &[
                i18n::sheets_col_unit(lang),
                i18n::sheets_col_unit_predikat(lang),
                i18n::sheets_col_sangat_baik(lang),
                i18n::sheets_col_baik(lang),
                i18n::sheets_col_butuh_perbaikan(lang),
                i18n::sheets_col_kurang(lang),
                i18n::sheets_col_sangat_kurang(lang),
                i18n::sheets_col_rated(lang),
                i18n::sheets_col_breaches(lang),
            ],
        );
        for s in &self.spreads {
            let mut row = vec![
                Cell::text(&s.unit),
                Cell::text(s.org.map_or_else(|| "-".to_string(), |o| o.label_in(lang))),
            ];
            row.extend(PREDIKAT_ORDER.iter().map(|p| Cell::Int(s.spread.of(*p))));
            row.push(Cell::Int(s.spread.total()));
            row.push(Cell::text(breaches_text(lang, &s.breaches)));
            predikat.push(row);
        }
        let mut jp = sheet(
            i18n::sheets_jp(lang),
            &[
                i18n::sheets_col_nip(lang),
                i18n::sheets_col_name(lang),
                i18n::sheets_col_unit(lang),
                i18n::sheets_col_jp(lang),
                i18n::sheets_col_under_minimum(lang, &JP_MINIMUM.to_string()),
            ],
        );
        for (s, n) in self.jp() {
            jp.push(vec![
                Cell::text(&s.nip),
                Cell::text(&s.nama),
                Cell::text(&s.unit_kerja),
                Cell::Int(n),
                yes_no(lang, n < JP_MINIMUM),
            ]);
        }
        let mut attendance = sheet(
            i18n::sheets_attendance(lang),
            &[
                i18n::sheets_col_number(lang),
                i18n::sheets_col_training(lang),
                i18n::sheets_col_time(lang),
                i18n::sheets_col_place(lang),
                i18n::sheets_col_quota(lang),
                i18n::sheets_col_registered(lang),
                i18n::sheets_col_waiting(lang),
                i18n::sheets_col_cancelled(lang),
                i18n::sheets_col_attended(lang),
                i18n::sheets_col_jp(lang),
            ],
        );
        for (c, counts) in &self.trainings {
            let Some(t) = &c.training else { continue };
            attendance.push(vec![
                Cell::Int(c.id),
                Cell::text(crate::domain::broadcast::title(&c.text)),
                Cell::text(i18n::reminders::wib_time(t.starts_at).render(lang)),
                Cell::text(&t.place),
                Cell::Int(t.quota),
                Cell::Int(counts.registered),
                Cell::Int(counts.waiting),
                Cell::Int(counts.cancelled),
                Cell::Int(counts.attended),
                Cell::Int(t.jp),
            ]);
        }
        let mut announcements = sheet(
            i18n::sheets_announcements(lang),
            &[
                i18n::sheets_col_number(lang),
                i18n::sheets_col_kind(lang),
                i18n::sheets_col_date(lang),
                i18n::sheets_col_title(lang),
                i18n::sheets_col_recipients(lang),
                i18n::sheets_col_delivered(lang),
                i18n::sheets_col_read(lang),
                i18n::sheets_col_unreachable(lang),
                i18n::sheets_col_failed(lang),
                i18n::sheets_col_open_questions(lang),
            ],
        );
        for a in &self.announcements {
            announcements.push(vec![
                Cell::Int(a.id),
                Cell::text(&a.kind),
                Cell::text(format_date_wib(a.created_at)),
                Cell::text(crate::domain::broadcast::title(&a.text)),
                Cell::Int(a.recipients),
                Cell::Int(a.delivered),
                Cell::Int(a.acknowledged),
                Cell::Int(a.unreachable),
                Cell::Int(a.failed),
                Cell::Int(a.open_questions),
            ]);
        }
        vec![
            completion,
            late,
            predikat,
            jp,
            attendance,
            announcements,
            ekinerja(&self.data, links),
        ]
    }
}

/// Every employee's SKP for the year, one row per indicator of the approved plan (one row
/// with empty plan columns for someone without one): targets, the four quarters'
/// realisation, the achievement at the end of the year, and the ratings of every period, in
/// a flat layout HR carries into the national e-Kinerja system. The last column, Bukti
/// Dukung, lists the indicator's evidence of the year ([`evidence_cell`]).
pub fn ekinerja(data: &YearData, links: Option<&LinkSigner>) -> Table {
    let year = data.year;
    let links = links.map(|s| (s, s.expiry(chrono::Utc::now().timestamp())));
    let mut table = Table::new(
        &format!("e-Kinerja {year}"),
        &[
            "NIP",
            "Nama",
            "Jabatan",
            "Unit kerja",
            "NIP atasan",
            "Tahun",
            "Status rencana",
            "Jenis RHK",
            "RHK",
            "Indikator",
            "Aspek",
            "Target",
            "Satuan",
            "Realisasi TW I",
            "Realisasi TW II",
            "Realisasi TW III",
            "Realisasi TW IV",
            "Capaian TW IV (%)",
            "Predikat TW I",
            "Predikat TW II",
            "Predikat TW III",
            "Predikat TW IV",
            "Hasil Kerja Tahunan",
            "Perilaku Kerja Tahunan",
            "Predikat Tahunan",
            "Bukti Dukung",
        ],
    );
    let quarters = [
        PeriodKind::Q1,
        PeriodKind::Q2,
        PeriodKind::Q3,
        PeriodKind::Q4,
    ];
    for s in &data.staff {
        let plan = data.plans.get(&s.nip);
        let status = match plan {
            Some(p) if p.approved.is_some() => "disetujui",
            Some(p) if p.status == "submitted" => "diajukan",
            Some(_) => "draf",
            None => "belum ada",
        };
        let evaluation = |kind| data.evaluation(&s.nip, kind);
        let predikat = |kind| {
            evaluation(kind)
                .map(|e| Cell::text(e.predikat.label()))
                .unwrap_or(Cell::Empty)
        };
        let annual = evaluation(PeriodKind::Tahunan);
        let person = || {
            vec![
                Cell::text(&s.nip),
                Cell::text(&s.nama),
                Cell::text(&s.jabatan),
                Cell::text(&s.unit_kerja),
                Cell::text(s.nip_atasan.clone().unwrap_or_default()),
                Cell::Int(year),
                Cell::text(status),
            ]
        };
        let ratings = || {
            let mut cells: Vec<Cell> = quarters.iter().map(|k| predikat(*k)).collect();
            cells.push(annual.map_or(Cell::Empty, |e| Cell::text(e.hasil.label())));
            cells.push(annual.map_or(Cell::Empty, |e| Cell::text(e.perilaku.label())));
            cells.push(annual.map_or(Cell::Empty, |e| Cell::text(e.predikat.label())));
            cells
        };
        let indicators: Vec<_> = plan
            .and_then(|p| p.approved.as_ref())
            .map(|c| {
                c.rhk
                    .iter()
                    .flat_map(|r| r.indikator.iter().map(move |i| (r, i)))
                    .collect()
            })
            .unwrap_or_default();
        if indicators.is_empty() {
            let mut row = person();
            row.extend(std::iter::repeat_n(Cell::Empty, 11));
            row.extend(ratings());
            row.push(Cell::Empty);
            table.push(row);
            continue;
        }
        for (rhk, ind) in indicators {
            let mut row = person();
            row.extend([
                Cell::text(rhk.jenis.label()),
                Cell::text(&rhk.text),
                Cell::text(&ind.text),
                Cell::text(ind.aspek.label()),
                Cell::Number(ind.target.value),
                Cell::text(&ind.target.unit),
            ]);
            let value = |kind| data.value(&s.nip, kind, ind.id).flatten();
            row.extend(
                quarters
                    .iter()
                    .map(|k| value(*k).map_or(Cell::Empty, Cell::Number)),
            );
            row.push(
                value(PeriodKind::Q4)
                    .and_then(|v| achievement(ind.target.value, v, ind.arah))
                    .map_or(Cell::Empty, Cell::Number),
            );
            row.extend(ratings());
            let evidence = data.evidence.get(&s.nip).and_then(|e| e.get(&ind.id));
            row.push(evidence_cell(evidence.map_or(&[], Vec::as_slice), links));
            table.push(row);
        }
    }
    table
}

/// The Bukti Dukung cell of one indicator: each piece of evidence after its period
/// (`TW I: …`), the quarters in order, separated by `; `. A link as typed; a file as its
/// signed link when `links` is given (working until its expiry), else `foto` / `dokumen`.
fn evidence_cell(items: &[EvidenceItem], links: Option<(&LinkSigner, i64)>) -> Cell {
    let mut items: Vec<&EvidenceItem> = items.iter().collect();
    items.sort_by_key(|e| (PeriodKind::ALL.iter().position(|k| *k == e.period), e.id));
    let parts: Vec<String> = items
        .into_iter()
        .filter_map(|e| {
            let what = match (e.has_file, links) {
                (true, Some((signer, exp))) => {
                    signer.link_until(EvidenceKind::Realisation, e.id, exp)
                }
                (true, None) if e.kind == "photo" => "foto".to_string(),
                (true, None) => "dokumen".to_string(),
                (false, _) => e.url.clone()?,
            };
            let period = match e.period {
                PeriodKind::Tahunan => "Tahunan".to_string(),
                q => format!("TW {}", q.code()),
            };
            Some(format!("{period}: {what}"))
        })
        .collect();
    if parts.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(parts.join("; "))
    }
}

/// The percentage of `part` in `whole`, rounded.
pub fn percent(part: i64, whole: i64) -> i64 {
    if whole == 0 {
        0
    } else {
        (part * 100 + whole / 2) / whole
    }
}

/// The predikat labels in report order, for legends.
pub fn predikat_labels() -> [&'static str; 5] {
    PREDIKAT_ORDER.map(Predikat::label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_bounds_read_in_indonesian_as_their_display_and_in_english_too() {
        let every = [
            check_distribution(OrgPredikat::Baik, &Spread([2, 8, 0, 0, 0])),
            check_distribution(OrgPredikat::Kurang, &Spread([3, 3, 1, 0, 0])),
            check_distribution(OrgPredikat::SangatKurang, &Spread([1, 0, 0, 0, 0])),
            check_distribution(OrgPredikat::Istimewa, &Spread([9, 1, 0, 0, 0])),
        ];
        for breaches in every {
            assert!(!breaches.is_empty());
            let displayed: Vec<String> = breaches.iter().map(ToString::to_string).collect();
            assert_eq!(breaches_text(Lang::Id, &breaches), displayed.join("; "));
        }
        let kurang = check_distribution(OrgPredikat::Kurang, &Spread([3, 3, 1, 0, 0]));
        assert_eq!(
            breaches_text(Lang::En, &kurang),
            "Baik or Sangat Baik 86 % (at most 30 %)"
        );
    }

    #[test]
    fn lateness_reads_as_the_terlambat_sheet_always_said_it() {
        assert_eq!(Lateness::NoPlan.text(Lang::Id), "rencana belum diajukan");
        assert_eq!(
            Lateness::Realisation.text(Lang::Id),
            "realisasi belum lengkap"
        );
        assert_eq!(Lateness::NotEvaluated.text(Lang::Id), "belum dinilai");
        assert_eq!(Lateness::NotEvaluated.text(Lang::En), "not rated");
    }
}
