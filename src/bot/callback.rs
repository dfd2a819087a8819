//! Every inline button's `callback_data`, as one enum. `encode` keeps within Telegram's 64
//! bytes and `decode` is the only door back: anything it does not recognise is an error.
//! The data carries only ids: who presses and what state the thing is in are re-checked
//! against the database when the button arrives, because anyone can forge this string.

use crate::domain::broadcast::Kind;
use crate::domain::daily::Missing;
use crate::domain::evaluation::{Period, Rating};
use crate::domain::lang::Lang;
use crate::domain::plan::{Arah, Aspek, Jenis, NilaiBerakhlak};
use crate::domain::reminder::ReminderKind;

/// The largest `callback_data` Telegram accepts, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// What a button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackAction {
    /// A `/menu` entry.
    Menu(MenuItem),
    /// Read Kinerja in this language from now on.
    SetLanguage(Lang),
    /// A page of the supervisor's team list.
    TeamPage(u32),
    /// HR opens the oldest open data report.
    NextDataReport,
    /// HR marks a data report handled.
    DataReportHandled(i64),
    /// A page of one's own plan for this year.
    PlanPage(u32),
    /// Start a new RHK in one's own plan.
    PlanAddRhk,
    /// Send the plan to the supervisor (Kirim).
    PlanSubmit,
    /// Open an approved plan for a change request.
    PlanChange,
    /// One RHK of one's own plan.
    Rhk(i64),
    RhkJenis(i64, Jenis),
    /// A page of the supervisor's approved RHK to intervene.
    RhkParentPage(i64, u32),
    /// Intervene the supervisor's RHK (0: none).
    RhkParent(i64, i64),
    RhkEditText(i64),
    RhkDelete(i64),
    IndicatorAdd(i64),
    IndicatorAspek(i64, Aspek),
    IndicatorArah(i64, Arah),
    IndicatorEdit(i64),
    IndicatorDelete(i64),
    /// A page of an RHK's indicators and their buttons.
    RhkPage(i64, u32),
    /// Ya, hapus: the RHK with its indicators.
    RhkDeleteConfirm(i64),
    /// Ya, hapus: one indicator.
    IndicatorDeleteConfirm(i64),
    /// Change the text or the target of a saved indicator (typed next).
    IndicatorEditPart(i64, IndicatorPart),
    /// Set a saved indicator's aspect (its direction follows the aspect's usual one).
    IndicatorSetAspek(i64, Aspek),
    /// Set a saved indicator's direction; `true` on the card shown right after saving.
    IndicatorSetArah(i64, Arah, bool),
    /// Tarik kembali: asks to confirm withdrawing the submitted plan.
    PlanWithdraw,
    /// Withdraw the submitted version (the one on the button) before it is decided.
    PlanWithdrawConfirm(i64),
    /// Batal on a typing step of the plan: back to the plan.
    PlanCancelInput,
    /// Unduh PDF: the versions of one's own plan to choose from.
    PlanPdfMenu,
    /// The Rencana SKP of one's own plan as PDF: a version, or 0 for the working copy.
    PlanPdf(i64),
    /// The Rencana SKP of a plan version, for the one who decides it: plan, version.
    ApprovalPdf(i64, i64),
    /// The Evaluasi Kinerja of a saved evaluation as PDF.
    EvalPdf(i64),
    /// The Dokumen Evaluasi Kinerja of a saved annual evaluation as PDF.
    EvalDocPdf(i64),
    /// A page of `/persetujuan`.
    ApprovalList(u32),
    /// A submitted version, paged: plan, version, page.
    ApprovalDetail(i64, i64, u32),
    /// Setujui: opens the ekspektasi khusus screen for plan, version.
    Approve(i64, i64),
    /// Approve now, with whatever ekspektasi khusus were written.
    ApproveFinal(i64, i64),
    /// Write an ekspektasi khusus for a BerAKHLAK value (1–7).
    Expectation(i64, i64, u8),
    /// Kembalikan: asks for the note.
    Return(i64, i64),
    /// Realisation of a period (its key), one page of the overview.
    RealPage(Period, u32),
    /// Record the realisation of one indicator of the approved plan.
    RealIndicator(Period, i64),
    /// Use the daily log entries tagged to the indicator as evidence.
    RealUseDaily(Period, i64),
    /// Evidence is complete: on to the note.
    RealEvidenceDone(Period, i64),
    /// No note: finish the indicator.
    RealSkipNote(Period, i64),
    /// Tag a daily log entry to an indicator.
    DailyTag(i64, i64),
    /// Sudah saya baca, on an evaluation.
    EvalAck(i64),
    /// Answer the feedback of an evaluation.
    EvalReply(i64),
    /// Jawab: staff answer a supervisor's comment on a period.
    FeedbackAnswer(Period),
    /// `/penilaian` for a period: the team list, paged.
    AssessTeam(Period, u32),
    /// One person's realisation for a period, paged.
    AssessPerson(Period, NipKey, u32),
    /// Send the person's evidence files again.
    AssessResend(Period, NipKey),
    /// Comment on the person's realisation.
    AssessComment(Period, NipKey),
    /// Comment on one indicator of the person's realisation (its umpan balik).
    AssessCommentOn(Period, NipKey, i64),
    /// Start evaluating the person.
    AssessStart(Period, NipKey),
    AssessHasil(Rating),
    AssessPerilaku(Rating),
    /// A note for a BerAKHLAK value (1–7) during an evaluation.
    AssessValueNote(u8),
    /// Done with value notes: on to the feedback.
    AssessNext,
    /// No feedback (only when none is required).
    AssessSkipFeedback,
    /// Catatan per nilai, from the confirmation: the BerAKHLAK values to annotate.
    AssessNotes,
    /// Nilai berikutnya: the next person of the team not yet evaluated for the period.
    AssessNextPerson(Period),
    AssessSave,
    AssessCancel,
    /// HR starts composing an announcement.
    AnnounceNew,
    /// The audience: everyone, supervisors, no submitted plan, or choose units.
    AnnounceAudience(AudienceChoice),
    /// Toggle the unit at this index of the roster's sorted unit list.
    AnnounceUnit(u32),
    /// Units chosen: on to the text.
    AnnounceUnitsDone,
    AnnounceSend,
    AnnounceCancel,
    /// The kind of a new announcement.
    AnnounceKind(Kind),
    /// A recipient's button shown in HR's preview: does nothing.
    AnnouncePreview,
    /// Show an announcement again, with its buttons as they stand now.
    AnnounceOpen(i64),
    /// HR's list of sent announcements, paged.
    AnnounceList(u32),
    /// HR's figures of one announcement.
    AnnounceDetail(i64),
    /// Remind those who have not acknowledged a rule change: announcement, reminders seen.
    AnnounceRemind(i64, i64),
    /// Daftar on a training.
    TrainingRegister(i64),
    /// Batalkan pendaftaran.
    TrainingCancel(i64),
    /// HR's attendance list of a training, paged.
    TrainingAttendance(i64, u32),
    /// Toggle one person's attendance (training, person, page to redraw).
    TrainingToggle(i64, NipKey, u32),
    /// Sudah saya baca, on a rule change.
    RuleAck(i64),
    /// Tanya, on a rule change.
    RuleAsk(i64),
    /// Jawab: HR answers a question.
    QuestionAnswer(i64),
    /// Publish an answered question as a FAQ.
    QuestionFaq(i64),
    /// HR's report of a period: summary and chart.
    ReportSummary(Period),
    /// The report's workbook.
    ReportXlsx(Period),
    /// The report's CSV files.
    ReportCsv(Period),
    /// Silence or restore an optional reminder.
    ReminderToggle(ReminderKind),
    /// A page of this week's daily entries.
    DailyPage(u32),
    /// Ubah: rewrite one's own daily entry.
    DailyEdit(i64),
    /// Hapus: asks to confirm deleting one's own daily entry.
    DailyDelete(i64),
    /// Ya, hapus: the daily entry.
    DailyDeleteConfirm(i64),
    /// Unduh bulan ini: the month's entries as xlsx and CSV (`YYYYMM`).
    DailyExport(u32),
    /// Change one part of one's own daily entry (asked again).
    DailyEditPart(i64, Missing),
}

/// The audience buttons of the composer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceChoice {
    Everyone,
    Supervisors,
    NoPlan,
    Units,
}

const AUDIENCE_CODES: [(AudienceChoice, &str); 4] = [
    (AudienceChoice::Everyone, "all"),
    (AudienceChoice::Supervisors, "sup"),
    (AudienceChoice::NoPlan, "noplan"),
    (AudienceChoice::Units, "units"),
];

/// A NIP carried in `callback_data`: 18 digits, checked on decoding, never trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NipKey(pub [u8; 18]);

impl NipKey {
    pub fn new(nip: &str) -> Option<NipKey> {
        let bytes: [u8; 18] = nip.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_digit)
            .then_some(NipKey(bytes))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The entries of `/menu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    MyData,
    ReportWrongData,
    Team,
    Registration,
    Help,
    Plan,
    Approvals,
    Realisation,
    Daily,
    MyEvaluations,
    Assessment,
    Announcements,
    Trainings,
    Reminders,
    Language,
}

const MENU_CODES: [(MenuItem, &str); 15] = [
    (MenuItem::MyData, "ds"),
    (MenuItem::ReportWrongData, "kr"),
    (MenuItem::Team, "tim"),
    (MenuItem::Registration, "reg"),
    (MenuItem::Help, "help"),
    (MenuItem::Plan, "plan"),
    (MenuItem::Approvals, "appr"),
    (MenuItem::Realisation, "real"),
    (MenuItem::Daily, "day"),
    (MenuItem::MyEvaluations, "eval"),
    (MenuItem::Assessment, "assess"),
    (MenuItem::Announcements, "ann"),
    (MenuItem::Trainings, "lat"),
    (MenuItem::Reminders, "rem"),
    (MenuItem::Language, "lang"),
];

/// Why `callback_data` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("tombol tidak dikenal")]
pub struct UnknownCallback;

impl CallbackAction {
    /// The `callback_data` for this action (always ≤ 64 bytes).
    pub fn encode(&self) -> String {
        let data = match self {
            CallbackAction::Menu(item) => {
                let code = MENU_CODES
                    .iter()
                    .find(|(i, _)| i == item)
                    .map(|(_, c)| *c)
                    .unwrap_or("help");
                format!("m:{code}")
            }
            CallbackAction::SetLanguage(lang) => format!("bh:{}", lang.code()),
            CallbackAction::TeamPage(page) => format!("tim:{page}"),
            CallbackAction::NextDataReport => "kr:next".to_string(),
            CallbackAction::DataReportHandled(id) => format!("kr:ok:{id}"),
            CallbackAction::PlanPage(page) => format!("pl:v:{page}"),
            CallbackAction::PlanAddRhk => "pl:add".to_string(),
            CallbackAction::PlanSubmit => "pl:send".to_string(),
            CallbackAction::PlanChange => "pl:chg".to_string(),
            CallbackAction::Rhk(id) => format!("pl:r:{id}"),
            CallbackAction::RhkJenis(id, jenis) => format!("pl:j:{id}:{}", jenis.code()),
            CallbackAction::RhkParentPage(id, page) => format!("pl:pp:{id}:{page}"),
            CallbackAction::RhkParent(id, parent) => format!("pl:p:{id}:{parent}"),
            CallbackAction::RhkEditText(id) => format!("pl:re:{id}"),
            CallbackAction::RhkDelete(id) => format!("pl:rx:{id}"),
            CallbackAction::IndicatorAdd(id) => format!("pl:ia:{id}"),
            CallbackAction::IndicatorAspek(id, aspek) => format!("pl:as:{id}:{}", aspek.code()),
            CallbackAction::IndicatorArah(id, arah) => format!("pl:ar:{id}:{}", arah.code()),
            CallbackAction::IndicatorEdit(id) => format!("pl:ie:{id}"),
            CallbackAction::IndicatorDelete(id) => format!("pl:ix:{id}"),
            CallbackAction::RhkPage(id, page) => format!("pl:rp:{id}:{page}"),
            CallbackAction::RhkDeleteConfirm(id) => format!("pl:rxy:{id}"),
            CallbackAction::IndicatorDeleteConfirm(id) => format!("pl:ixy:{id}"),
            CallbackAction::IndicatorEditPart(id, part) => format!("pl:iep:{id}:{}", part.code()),
            CallbackAction::IndicatorSetAspek(id, aspek) => {
                format!("pl:isa:{id}:{}", aspek.code())
            }
            CallbackAction::IndicatorSetArah(id, arah, saved) => {
                format!("pl:isr:{id}:{}:{}", arah.code(), u8::from(*saved))
            }
            CallbackAction::PlanWithdraw => "pl:wd".to_string(),
            CallbackAction::PlanWithdrawConfirm(version) => format!("pl:wdy:{version}"),
            CallbackAction::PlanCancelInput => "pl:x".to_string(),
            CallbackAction::PlanPdfMenu => "pl:pdf".to_string(),
            CallbackAction::PlanPdf(version) => format!("pl:pdf:{version}"),
            CallbackAction::ApprovalPdf(plan, version) => format!("ap:pdf:{plan}:{version}"),
            CallbackAction::EvalPdf(id) => format!("nl:pdf:{id}"),
            CallbackAction::EvalDocPdf(id) => format!("nl:dpdf:{id}"),
            CallbackAction::ApprovalList(page) => format!("ap:l:{page}"),
            CallbackAction::ApprovalDetail(plan, v, page) => format!("ap:d:{plan}:{v}:{page}"),
            CallbackAction::Approve(plan, v) => format!("ap:ok:{plan}:{v}"),
            CallbackAction::ApproveFinal(plan, v) => format!("ap:fin:{plan}:{v}"),
            CallbackAction::Expectation(plan, v, n) => format!("ap:ek:{plan}:{v}:{n}"),
            CallbackAction::Return(plan, v) => format!("ap:ret:{plan}:{v}"),
            CallbackAction::RealPage(p, page) => format!("rs:v:{}:{page}", p.key()),
            CallbackAction::RealIndicator(p, i) => format!("rs:i:{}:{i}", p.key()),
            CallbackAction::RealUseDaily(p, i) => format!("rs:d:{}:{i}", p.key()),
            CallbackAction::RealEvidenceDone(p, i) => format!("rs:e:{}:{i}", p.key()),
            CallbackAction::RealSkipNote(p, i) => format!("rs:n:{}:{i}", p.key()),
            CallbackAction::DailyTag(d, i) => format!("hr:t:{d}:{i}"),
            CallbackAction::EvalAck(id) => format!("nl:ack:{id}"),
            CallbackAction::EvalReply(id) => format!("nl:rep:{id}"),
            CallbackAction::FeedbackAnswer(p) => format!("fb:ans:{}", p.key()),
            CallbackAction::AssessTeam(p, page) => format!("pn:t:{}:{page}", p.key()),
            CallbackAction::AssessPerson(p, nip, page) => {
                format!("pn:o:{}:{}:{page}", p.key(), nip.as_str())
            }
            CallbackAction::AssessResend(p, nip) => format!("pn:f:{}:{}", p.key(), nip.as_str()),
            CallbackAction::AssessComment(p, nip) => format!("pn:c:{}:{}", p.key(), nip.as_str()),
            CallbackAction::AssessCommentOn(p, nip, id) => {
                format!("pn:ci:{}:{}:{id}", p.key(), nip.as_str())
            }
            CallbackAction::AssessStart(p, nip) => format!("pn:s:{}:{}", p.key(), nip.as_str()),
            CallbackAction::AssessHasil(r) => format!("pn:h:{}", r.code()),
            CallbackAction::AssessPerilaku(r) => format!("pn:b:{}", r.code()),
            CallbackAction::AssessValueNote(n) => format!("pn:v:{n}"),
            CallbackAction::AssessNext => "pn:n".to_string(),
            CallbackAction::AssessSkipFeedback => "pn:k".to_string(),
            CallbackAction::AssessNotes => "pn:vn".to_string(),
            CallbackAction::AssessNextPerson(p) => format!("pn:np:{}", p.key()),
            CallbackAction::AssessSave => "pn:ok".to_string(),
            CallbackAction::AssessCancel => "pn:x".to_string(),
            CallbackAction::AnnounceNew => "pg:new".to_string(),
            CallbackAction::AnnounceAudience(choice) => {
                let code = AUDIENCE_CODES
                    .iter()
                    .find(|(c, _)| c == choice)
                    .map(|(_, s)| *s)
                    .unwrap_or("all");
                format!("pg:a:{code}")
            }
            CallbackAction::AnnounceUnit(i) => format!("pg:u:{i}"),
            CallbackAction::AnnounceUnitsDone => "pg:un".to_string(),
            CallbackAction::AnnounceSend => "pg:send".to_string(),
            CallbackAction::AnnounceCancel => "pg:x".to_string(),
            CallbackAction::AnnounceKind(kind) => format!("pg:k:{}", kind.code()),
            CallbackAction::AnnouncePreview => "pg:pv".to_string(),
            CallbackAction::AnnounceOpen(id) => format!("pg:o:{id}"),
            CallbackAction::AnnounceList(page) => format!("pg:l:{page}"),
            CallbackAction::AnnounceDetail(id) => format!("pg:d:{id}"),
            CallbackAction::AnnounceRemind(id, round) => format!("pg:r:{id}:{round}"),
            CallbackAction::TrainingRegister(id) => format!("lt:r:{id}"),
            CallbackAction::TrainingCancel(id) => format!("lt:c:{id}"),
            CallbackAction::TrainingAttendance(id, page) => format!("lt:a:{id}:{page}"),
            CallbackAction::TrainingToggle(id, nip, page) => {
                format!("lt:t:{id}:{}:{page}", nip.as_str())
            }
            CallbackAction::RuleAck(id) => format!("at:k:{id}"),
            CallbackAction::RuleAsk(id) => format!("at:q:{id}"),
            CallbackAction::QuestionAnswer(id) => format!("at:j:{id}"),
            CallbackAction::QuestionFaq(id) => format!("at:f:{id}"),
            CallbackAction::ReportSummary(p) => format!("lp:s:{}", p.key()),
            CallbackAction::ReportXlsx(p) => format!("lp:x:{}", p.key()),
            CallbackAction::ReportCsv(p) => format!("lp:c:{}", p.key()),
            CallbackAction::ReminderToggle(k) => format!("rm:t:{}", k.code()),
            CallbackAction::DailyPage(page) => format!("hh:p:{page}"),
            CallbackAction::DailyEdit(id) => format!("hh:e:{id}"),
            CallbackAction::DailyDelete(id) => format!("hh:d:{id}"),
            CallbackAction::DailyDeleteConfirm(id) => format!("hh:dy:{id}"),
            CallbackAction::DailyExport(month) => format!("hh:x:{month}"),
            CallbackAction::DailyEditPart(id, part) => format!("hh:ep:{id}:{}", part.code()),
        };
        debug_assert!(data.len() <= MAX_CALLBACK_BYTES);
        data
    }

    /// Reads `callback_data`; anything not produced by [`encode`](Self::encode) is refused.
    pub fn decode(data: &str) -> Result<CallbackAction, UnknownCallback> {
        if data.is_empty() || data.len() > MAX_CALLBACK_BYTES {
            return Err(UnknownCallback);
        }
        let parts: Vec<&str> = data.split(':').collect();
        match parts.as_slice() {
            ["m", code] => MENU_CODES
                .iter()
                .find(|(_, c)| c == code)
                .map(|(item, _)| CallbackAction::Menu(*item))
                .ok_or(UnknownCallback),
            ["bh", code] => Lang::from_code(code)
                .map(CallbackAction::SetLanguage)
                .ok_or(UnknownCallback),
            ["tim", page] => Ok(CallbackAction::TeamPage(number(page)?)),
            ["kr", "next"] => Ok(CallbackAction::NextDataReport),
            ["kr", "ok", id] => Ok(CallbackAction::DataReportHandled(number(id)?)),
            ["pl", "v", page] => Ok(CallbackAction::PlanPage(number(page)?)),
            ["pl", "add"] => Ok(CallbackAction::PlanAddRhk),
            ["pl", "send"] => Ok(CallbackAction::PlanSubmit),
            ["pl", "chg"] => Ok(CallbackAction::PlanChange),
            ["pl", "r", id] => Ok(CallbackAction::Rhk(number(id)?)),
            ["pl", "j", id, j] => Ok(CallbackAction::RhkJenis(
                number(id)?,
                Jenis::from_code(j).ok_or(UnknownCallback)?,
            )),
            ["pl", "pp", id, page] => Ok(CallbackAction::RhkParentPage(number(id)?, number(page)?)),
            ["pl", "p", id, parent] => Ok(CallbackAction::RhkParent(number(id)?, number(parent)?)),
            ["pl", "re", id] => Ok(CallbackAction::RhkEditText(number(id)?)),
            ["pl", "rx", id] => Ok(CallbackAction::RhkDelete(number(id)?)),
            ["pl", "ia", id] => Ok(CallbackAction::IndicatorAdd(number(id)?)),
            ["pl", "as", id, a] => Ok(CallbackAction::IndicatorAspek(
                number(id)?,
                Aspek::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "ar", id, a] => Ok(CallbackAction::IndicatorArah(
                number(id)?,
                Arah::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "ie", id] => Ok(CallbackAction::IndicatorEdit(number(id)?)),
            ["pl", "ix", id] => Ok(CallbackAction::IndicatorDelete(number(id)?)),
            ["pl", "rp", id, page] => Ok(CallbackAction::RhkPage(number(id)?, number(page)?)),
            ["pl", "rxy", id] => Ok(CallbackAction::RhkDeleteConfirm(number(id)?)),
            ["pl", "ixy", id] => Ok(CallbackAction::IndicatorDeleteConfirm(number(id)?)),
            ["pl", "iep", id, part] => Ok(CallbackAction::IndicatorEditPart(
                number(id)?,
                IndicatorPart::from_code(part).ok_or(UnknownCallback)?,
            )),
            ["pl", "isa", id, a] => Ok(CallbackAction::IndicatorSetAspek(
                number(id)?,
                Aspek::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "isr", id, a, saved] => Ok(CallbackAction::IndicatorSetArah(
                number(id)?,
                Arah::from_code(a).ok_or(UnknownCallback)?,
                match *saved {
                    "1" => true,
                    "0" => false,
                    _ => return Err(UnknownCallback),
                },
            )),
            ["pl", "wd"] => Ok(CallbackAction::PlanWithdraw),
            ["pl", "wdy", v] => Ok(CallbackAction::PlanWithdrawConfirm(number(v)?)),
            ["pl", "x"] => Ok(CallbackAction::PlanCancelInput),
            ["pl", "pdf"] => Ok(CallbackAction::PlanPdfMenu),
            ["pl", "pdf", v] => Ok(CallbackAction::PlanPdf(number(v)?)),
            ["ap", "pdf", plan, v] => Ok(CallbackAction::ApprovalPdf(number(plan)?, number(v)?)),
            ["nl", "pdf", id] => Ok(CallbackAction::EvalPdf(number(id)?)),
            ["nl", "dpdf", id] => Ok(CallbackAction::EvalDocPdf(number(id)?)),
            ["ap", "l", page] => Ok(CallbackAction::ApprovalList(number(page)?)),
            ["ap", "d", plan, v, page] => Ok(CallbackAction::ApprovalDetail(
                number(plan)?,
                number(v)?,
                number(page)?,
            )),
            ["ap", "ok", plan, v] => Ok(CallbackAction::Approve(number(plan)?, number(v)?)),
            ["ap", "fin", plan, v] => Ok(CallbackAction::ApproveFinal(number(plan)?, number(v)?)),
            ["ap", "ek", plan, v, n] => {
                let n: u8 = number(n)?;
                NilaiBerakhlak::from_number(n).ok_or(UnknownCallback)?;
                Ok(CallbackAction::Expectation(number(plan)?, number(v)?, n))
            }
            ["ap", "ret", plan, v] => Ok(CallbackAction::Return(number(plan)?, number(v)?)),
            ["rs", "v", p, page] => Ok(CallbackAction::RealPage(period(p)?, number(page)?)),
            ["rs", "i", p, i] => Ok(CallbackAction::RealIndicator(period(p)?, number(i)?)),
            ["rs", "d", p, i] => Ok(CallbackAction::RealUseDaily(period(p)?, number(i)?)),
            ["rs", "e", p, i] => Ok(CallbackAction::RealEvidenceDone(period(p)?, number(i)?)),
            ["rs", "n", p, i] => Ok(CallbackAction::RealSkipNote(period(p)?, number(i)?)),
            ["hr", "t", d, i] => Ok(CallbackAction::DailyTag(number(d)?, number(i)?)),
            ["nl", "ack", id] => Ok(CallbackAction::EvalAck(number(id)?)),
            ["nl", "rep", id] => Ok(CallbackAction::EvalReply(number(id)?)),
            ["fb", "ans", p] => Ok(CallbackAction::FeedbackAnswer(period(p)?)),
            ["pn", "vn"] => Ok(CallbackAction::AssessNotes),
            ["pn", "np", p] => Ok(CallbackAction::AssessNextPerson(period(p)?)),
            ["pn", "t", p, page] => Ok(CallbackAction::AssessTeam(period(p)?, number(page)?)),
            ["pn", "o", p, nip, page] => Ok(CallbackAction::AssessPerson(
                period(p)?,
                nip_key(nip)?,
                number(page)?,
            )),
            ["pn", "f", p, nip] => Ok(CallbackAction::AssessResend(period(p)?, nip_key(nip)?)),
            ["pn", "c", p, nip] => Ok(CallbackAction::AssessComment(period(p)?, nip_key(nip)?)),
            ["pn", "ci", p, nip, id] => Ok(CallbackAction::AssessCommentOn(
                period(p)?,
                nip_key(nip)?,
                number(id)?,
            )),
            ["pn", "s", p, nip] => Ok(CallbackAction::AssessStart(period(p)?, nip_key(nip)?)),
            ["pn", "h", r] => Ok(CallbackAction::AssessHasil(
                Rating::from_code(r).ok_or(UnknownCallback)?,
            )),
            ["pn", "b", r] => Ok(CallbackAction::AssessPerilaku(
                Rating::from_code(r).ok_or(UnknownCallback)?,
            )),
            ["pn", "v", n] => {
                let n: u8 = number(n)?;
                NilaiBerakhlak::from_number(n).ok_or(UnknownCallback)?;
                Ok(CallbackAction::AssessValueNote(n))
            }
            ["pn", "n"] => Ok(CallbackAction::AssessNext),
            ["pn", "k"] => Ok(CallbackAction::AssessSkipFeedback),
            ["pn", "ok"] => Ok(CallbackAction::AssessSave),
            ["pn", "x"] => Ok(CallbackAction::AssessCancel),
            ["pg", "new"] => Ok(CallbackAction::AnnounceNew),
            ["pg", "a", code] => AUDIENCE_CODES
                .iter()
                .find(|(_, c)| c == code)
                .map(|(choice, _)| CallbackAction::AnnounceAudience(*choice))
                .ok_or(UnknownCallback),
            ["pg", "u", i] => Ok(CallbackAction::AnnounceUnit(number(i)?)),
            ["pg", "un"] => Ok(CallbackAction::AnnounceUnitsDone),
            ["pg", "send"] => Ok(CallbackAction::AnnounceSend),
            ["pg", "x"] => Ok(CallbackAction::AnnounceCancel),
            ["pg", "k", code] => match Kind::from_code(code) {
                Some(kind) if kind != Kind::Faq => Ok(CallbackAction::AnnounceKind(kind)),
                _ => Err(UnknownCallback),
            },
            ["pg", "pv"] => Ok(CallbackAction::AnnouncePreview),
            ["pg", "o", id] => Ok(CallbackAction::AnnounceOpen(number(id)?)),
            ["pg", "l", page] => Ok(CallbackAction::AnnounceList(number(page)?)),
            ["pg", "d", id] => Ok(CallbackAction::AnnounceDetail(number(id)?)),
            ["pg", "r", id, round] => {
                Ok(CallbackAction::AnnounceRemind(number(id)?, number(round)?))
            }
            ["lt", "r", id] => Ok(CallbackAction::TrainingRegister(number(id)?)),
            ["lt", "c", id] => Ok(CallbackAction::TrainingCancel(number(id)?)),
            ["lt", "a", id, page] => Ok(CallbackAction::TrainingAttendance(
                number(id)?,
                number(page)?,
            )),
            ["lt", "t", id, nip, page] => Ok(CallbackAction::TrainingToggle(
                number(id)?,
                nip_key(nip)?,
                number(page)?,
            )),
            ["at", "k", id] => Ok(CallbackAction::RuleAck(number(id)?)),
            ["at", "q", id] => Ok(CallbackAction::RuleAsk(number(id)?)),
            ["at", "j", id] => Ok(CallbackAction::QuestionAnswer(number(id)?)),
            ["at", "f", id] => Ok(CallbackAction::QuestionFaq(number(id)?)),
            ["lp", "s", p] => Ok(CallbackAction::ReportSummary(period(p)?)),
            ["lp", "x", p] => Ok(CallbackAction::ReportXlsx(period(p)?)),
            ["lp", "c", p] => Ok(CallbackAction::ReportCsv(period(p)?)),
            ["rm", "t", code] => ReminderKind::from_code(code)
                .map(CallbackAction::ReminderToggle)
                .ok_or(UnknownCallback),
            ["hh", "p", page] => Ok(CallbackAction::DailyPage(number(page)?)),
            ["hh", "e", id] => Ok(CallbackAction::DailyEdit(number(id)?)),
            ["hh", "d", id] => Ok(CallbackAction::DailyDelete(number(id)?)),
            ["hh", "dy", id] => Ok(CallbackAction::DailyDeleteConfirm(number(id)?)),
            ["hh", "x", month] => {
                let month: u32 = number(month)?;
                if !(190001..=999912).contains(&month) || !(1..=12).contains(&(month % 100)) {
                    return Err(UnknownCallback);
                }
                Ok(CallbackAction::DailyExport(month))
            }
            ["hh", "ep", id, part] => Ok(CallbackAction::DailyEditPart(
                number(id)?,
                Missing::from_code(part).ok_or(UnknownCallback)?,
            )),
            _ => Err(UnknownCallback),
        }
    }
}

/// The typed part of a saved indicator that a person changes on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorPart {
    Text,
    Target,
}

impl IndicatorPart {
    fn code(self) -> &'static str {
        match self {
            IndicatorPart::Text => "t",
            IndicatorPart::Target => "g",
        }
    }

    fn from_code(code: &str) -> Option<IndicatorPart> {
        [IndicatorPart::Text, IndicatorPart::Target]
            .into_iter()
            .find(|p| p.code() == code)
    }
}

fn period(key: &str) -> Result<Period, UnknownCallback> {
    Period::from_key(key).ok_or(UnknownCallback)
}

fn nip_key(raw: &str) -> Result<NipKey, UnknownCallback> {
    NipKey::new(raw).ok_or(UnknownCallback)
}

/// A canonical decimal number: no sign, no leading zeros, so each action has one spelling.
fn number<T: std::str::FromStr>(raw: &str) -> Result<T, UnknownCallback> {
    let canonical = !raw.is_empty()
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (raw == "0" || !raw.starts_with('0'));
    if !canonical {
        return Err(UnknownCallback);
    }
    raw.parse().map_err(|_| UnknownCallback)
}

/// Fails to compile when a variant is added without an example in `examples()` below
/// (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &CallbackAction) {
    match value {
        CallbackAction::Menu(..)
        | CallbackAction::SetLanguage(..)
        | CallbackAction::TeamPage(..)
        | CallbackAction::NextDataReport
        | CallbackAction::DataReportHandled(..)
        | CallbackAction::PlanPage(..)
        | CallbackAction::PlanAddRhk
        | CallbackAction::PlanSubmit
        | CallbackAction::PlanChange
        | CallbackAction::Rhk(..)
        | CallbackAction::RhkJenis(..)
        | CallbackAction::RhkParentPage(..)
        | CallbackAction::RhkParent(..)
        | CallbackAction::RhkEditText(..)
        | CallbackAction::RhkDelete(..)
        | CallbackAction::IndicatorAdd(..)
        | CallbackAction::IndicatorAspek(..)
        | CallbackAction::IndicatorArah(..)
        | CallbackAction::IndicatorEdit(..)
        | CallbackAction::IndicatorDelete(..)
        | CallbackAction::RhkPage(..)
        | CallbackAction::RhkDeleteConfirm(..)
        | CallbackAction::IndicatorDeleteConfirm(..)
        | CallbackAction::IndicatorEditPart(..)
        | CallbackAction::IndicatorSetAspek(..)
        | CallbackAction::IndicatorSetArah(..)
        | CallbackAction::PlanWithdraw
        | CallbackAction::PlanWithdrawConfirm(..)
        | CallbackAction::PlanCancelInput
        | CallbackAction::PlanPdfMenu
        | CallbackAction::PlanPdf(..)
        | CallbackAction::ApprovalPdf(..)
        | CallbackAction::EvalPdf(..)
        | CallbackAction::EvalDocPdf(..)
        | CallbackAction::ApprovalList(..)
        | CallbackAction::ApprovalDetail(..)
        | CallbackAction::Approve(..)
        | CallbackAction::ApproveFinal(..)
        | CallbackAction::Expectation(..)
        | CallbackAction::Return(..)
        | CallbackAction::RealPage(..)
        | CallbackAction::RealIndicator(..)
        | CallbackAction::RealUseDaily(..)
        | CallbackAction::RealEvidenceDone(..)
        | CallbackAction::RealSkipNote(..)
        | CallbackAction::DailyTag(..)
        | CallbackAction::EvalAck(..)
        | CallbackAction::EvalReply(..)
        | CallbackAction::FeedbackAnswer(..)
        | CallbackAction::AssessTeam(..)
        | CallbackAction::AssessPerson(..)
        | CallbackAction::AssessResend(..)
        | CallbackAction::AssessComment(..)
        | CallbackAction::AssessCommentOn(..)
        | CallbackAction::AssessStart(..)
        | CallbackAction::AssessHasil(..)
        | CallbackAction::AssessPerilaku(..)
        | CallbackAction::AssessValueNote(..)
        | CallbackAction::AssessNext
        | CallbackAction::AssessSkipFeedback
        | CallbackAction::AssessNotes
        | CallbackAction::AssessNextPerson(..)
        | CallbackAction::AssessSave
        | CallbackAction::AssessCancel
        | CallbackAction::AnnounceNew
        | CallbackAction::AnnounceAudience(..)
        | CallbackAction::AnnounceUnit(..)
        | CallbackAction::AnnounceUnitsDone
        | CallbackAction::AnnounceSend
        | CallbackAction::AnnounceCancel
        | CallbackAction::AnnounceKind(..)
        | CallbackAction::AnnouncePreview
        | CallbackAction::AnnounceOpen(..)
        | CallbackAction::AnnounceList(..)
        | CallbackAction::AnnounceDetail(..)
        | CallbackAction::AnnounceRemind(..)
        | CallbackAction::TrainingRegister(..)
        | CallbackAction::TrainingCancel(..)
        | CallbackAction::TrainingAttendance(..)
        | CallbackAction::TrainingToggle(..)
        | CallbackAction::RuleAck(..)
        | CallbackAction::RuleAsk(..)
        | CallbackAction::QuestionAnswer(..)
        | CallbackAction::QuestionFaq(..)
        | CallbackAction::ReportSummary(..)
        | CallbackAction::ReportXlsx(..)
        | CallbackAction::ReportCsv(..)
        | CallbackAction::ReminderToggle(..)
        | CallbackAction::DailyPage(..)
        | CallbackAction::DailyEdit(..)
        | CallbackAction::DailyDelete(..)
        | CallbackAction::DailyDeleteConfirm(..)
        | CallbackAction::DailyExport(..)
        | CallbackAction::DailyEditPart(..) => {}
    }
}

/// One of every button action (the largest numbers where there are numbers), for the tests
/// that pin what is already on people's screens.
#[doc(hidden)]
pub fn examples() -> Vec<CallbackAction> {
    use crate::domain::evaluation::PeriodKind;
    let mut actions: Vec<_> = MENU_CODES
        .iter()
        .map(|(i, _)| CallbackAction::Menu(*i))
        .collect();
    actions.extend([
        CallbackAction::SetLanguage(Lang::Id),
        CallbackAction::SetLanguage(Lang::En),
        CallbackAction::TeamPage(0),
        CallbackAction::TeamPage(u32::MAX),
        CallbackAction::NextDataReport,
        CallbackAction::DataReportHandled(1),
        CallbackAction::DataReportHandled(i64::MAX),
        CallbackAction::PlanPage(3),
        CallbackAction::PlanAddRhk,
        CallbackAction::PlanSubmit,
        CallbackAction::PlanChange,
        CallbackAction::Rhk(i64::MAX),
        CallbackAction::RhkJenis(i64::MAX, Jenis::Tambahan),
        CallbackAction::RhkParentPage(i64::MAX, u32::MAX),
        CallbackAction::RhkParent(i64::MAX, i64::MAX),
        CallbackAction::RhkParent(5, 0),
        CallbackAction::RhkEditText(1),
        CallbackAction::RhkDelete(1),
        CallbackAction::IndicatorAdd(1),
        CallbackAction::IndicatorAspek(i64::MAX, Aspek::Biaya),
        CallbackAction::IndicatorArah(i64::MAX, Arah::LebihRendahLebihBaik),
        CallbackAction::IndicatorEdit(1),
        CallbackAction::IndicatorDelete(1),
        CallbackAction::RhkPage(i64::MAX, u32::MAX),
        CallbackAction::RhkDeleteConfirm(i64::MAX),
        CallbackAction::IndicatorDeleteConfirm(i64::MAX),
        CallbackAction::IndicatorEditPart(i64::MAX, IndicatorPart::Text),
        CallbackAction::IndicatorEditPart(1, IndicatorPart::Target),
        CallbackAction::IndicatorSetAspek(i64::MAX, Aspek::Waktu),
        CallbackAction::IndicatorSetArah(i64::MAX, Arah::LebihRendahLebihBaik, true),
        CallbackAction::IndicatorSetArah(1, Arah::LebihTinggiLebihBaik, false),
        CallbackAction::PlanWithdraw,
        CallbackAction::PlanWithdrawConfirm(i64::MAX),
        CallbackAction::PlanCancelInput,
        CallbackAction::PlanPdfMenu,
        CallbackAction::PlanPdf(0),
        CallbackAction::PlanPdf(i64::MAX),
        CallbackAction::ApprovalPdf(i64::MAX, i64::MAX),
        CallbackAction::EvalPdf(i64::MAX),
        CallbackAction::EvalDocPdf(1),
        CallbackAction::ApprovalList(0),
        CallbackAction::ApprovalDetail(i64::MAX, i64::MAX, u32::MAX),
        CallbackAction::Approve(i64::MAX, i64::MAX),
        CallbackAction::ApproveFinal(i64::MAX, i64::MAX),
        CallbackAction::Expectation(i64::MAX, i64::MAX, 7),
        CallbackAction::Return(i64::MAX, i64::MAX),
    ]);
    let p = Period {
        year: 2026,
        kind: PeriodKind::Q3,
    };
    let nip = NipKey::new("196608011988031001").unwrap();
    actions.extend([
        CallbackAction::RealPage(p, u32::MAX),
        CallbackAction::AssessNotes,
        CallbackAction::AssessNextPerson(p),
        CallbackAction::RealIndicator(p, i64::MAX),
        CallbackAction::RealUseDaily(p, i64::MAX),
        CallbackAction::RealEvidenceDone(p, i64::MAX),
        CallbackAction::RealSkipNote(p, i64::MAX),
        CallbackAction::DailyTag(i64::MAX, i64::MAX),
        CallbackAction::EvalAck(i64::MAX),
        CallbackAction::EvalReply(i64::MAX),
        CallbackAction::FeedbackAnswer(Period {
            year: 2026,
            kind: PeriodKind::Tahunan,
        }),
        CallbackAction::AssessTeam(p, u32::MAX),
        CallbackAction::AssessPerson(p, nip, u32::MAX),
        CallbackAction::AssessResend(p, nip),
        CallbackAction::AssessComment(p, nip),
        CallbackAction::AssessCommentOn(p, nip, i64::MAX),
        CallbackAction::AssessStart(p, nip),
        CallbackAction::AssessHasil(Rating::DiBawah),
        CallbackAction::AssessPerilaku(Rating::DiAtas),
        CallbackAction::AssessValueNote(7),
        CallbackAction::AssessNext,
        CallbackAction::AssessSkipFeedback,
        CallbackAction::AssessSave,
        CallbackAction::AssessCancel,
        CallbackAction::AnnounceNew,
        CallbackAction::AnnounceAudience(AudienceChoice::NoPlan),
        CallbackAction::AnnounceAudience(AudienceChoice::Units),
        CallbackAction::AnnounceUnit(u32::MAX),
        CallbackAction::AnnounceUnitsDone,
        CallbackAction::AnnounceSend,
        CallbackAction::AnnounceCancel,
        CallbackAction::AnnounceKind(Kind::Info),
        CallbackAction::AnnounceKind(Kind::Pelatihan),
        CallbackAction::AnnounceKind(Kind::Aturan),
        CallbackAction::AnnouncePreview,
        CallbackAction::AnnounceOpen(i64::MAX),
        CallbackAction::AnnounceList(u32::MAX),
        CallbackAction::AnnounceDetail(i64::MAX),
        CallbackAction::AnnounceRemind(i64::MAX, i64::MAX),
        CallbackAction::TrainingRegister(i64::MAX),
        CallbackAction::TrainingCancel(i64::MAX),
        CallbackAction::TrainingAttendance(i64::MAX, u32::MAX),
        CallbackAction::TrainingToggle(i64::MAX, nip, u32::MAX),
        CallbackAction::RuleAck(i64::MAX),
        CallbackAction::RuleAsk(i64::MAX),
        CallbackAction::QuestionAnswer(i64::MAX),
        CallbackAction::QuestionFaq(i64::MAX),
        CallbackAction::ReportSummary(p),
        CallbackAction::ReportXlsx(p),
        CallbackAction::ReportCsv(p),
        CallbackAction::ReminderToggle(ReminderKind::Training),
        CallbackAction::ReminderToggle(ReminderKind::Plan),
        CallbackAction::DailyPage(u32::MAX),
        CallbackAction::DailyEdit(i64::MAX),
        CallbackAction::DailyDelete(i64::MAX),
        CallbackAction::DailyDeleteConfirm(i64::MAX),
        CallbackAction::DailyExport(202612),
        CallbackAction::DailyEditPart(i64::MAX, Missing::Time),
        CallbackAction::DailyEditPart(1, Missing::Activity),
        CallbackAction::DailyEditPart(1, Missing::Result),
    ]);
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_survives_the_round_trip_within_64_bytes() {
        for action in examples() {
            let data = action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_eq!(CallbackAction::decode(&data), Ok(action), "{data}");
        }
    }

    #[test]
    fn forged_or_garbage_data_is_refused() {
        let long = "m:".to_string() + &"x".repeat(70);
        let cases = [
            "",
            "m",
            "m:",
            "m:nope",
            "tim:",
            "tim:-1",
            "tim:01",
            "tim:1:2",
            "kr:ok:",
            "kr:ok:abc",
            "kr:ok:99999999999999999999",
            "kr:ok:+5",
            "x:y",
            "m:ds:extra",
            "pg:k:faq",
            "lt:t:1:12345:0",
            "at:k:-1",
            "pl:isr:1:up:2",
            "pl:iep:1:x",
            "hh:x:202613",
            "hh:x:20261",
            "hh:dy:",
            "hh:ep:1:x",
            long.as_str(),
        ];
        for data in cases {
            assert_eq!(CallbackAction::decode(data), Err(UnknownCallback), "{data}");
        }
    }
}
