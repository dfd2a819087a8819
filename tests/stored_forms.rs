//! What outlives a release: the dialogue states saved in the database and the
//! `callback_data` on buttons already on people's screens. Both are pinned here exactly as
//! the current release writes them; a rename or a reshaping that would strand a
//! conversation or make an old button "tidak dikenal" fails these tests. To change a
//! stored form on purpose, keep the old one decoding (serde aliases, defaults, a second
//! decode arm) and add the new one here; never edit a pinned line.

mod support;

use kinerja::bot::callback::{self, CallbackAction};
use kinerja::bot::dialogue::{self, State};
use support::TestApp;
use support::roster_fixture::*;

/// Every button's data as this release writes it, with the action it means.
const BUTTONS: &[(&str, &str)] = &[
    (r#"m:ds"#, r#"Menu(Open(MyData))"#),
    (r#"m:lang"#, r#"Menu(Open(Language))"#),
    (r#"bh:id"#, r#"Menu(SetLanguage(Id))"#),
    (r#"bh:en"#, r#"Menu(SetLanguage(En))"#),
    (r#"m:kr"#, r#"Menu(Open(ReportWrongData))"#),
    (r#"m:tim"#, r#"Menu(Open(Team))"#),
    (r#"m:reg"#, r#"Menu(Open(Registration))"#),
    (r#"m:help"#, r#"Menu(Open(Help))"#),
    (r#"m:plan"#, r#"Menu(Open(Plan))"#),
    (r#"m:appr"#, r#"Menu(Open(Approvals))"#),
    (r#"m:real"#, r#"Menu(Open(Realisation))"#),
    (r#"m:day"#, r#"Menu(Open(Daily))"#),
    (r#"m:eval"#, r#"Menu(Open(MyEvaluations))"#),
    (r#"m:assess"#, r#"Menu(Open(Assessment))"#),
    (r#"m:ann"#, r#"Menu(Open(Announcements))"#),
    (r#"m:lat"#, r#"Menu(Open(Trainings))"#),
    (r#"m:rem"#, r#"Menu(Open(Reminders))"#),
    (r#"tim:0"#, r#"Menu(TeamPage(0))"#),
    (r#"tim:4294967295"#, r#"Menu(TeamPage(4294967295))"#),
    (r#"kr:next"#, r#"WrongData(NextReport)"#),
    (r#"kr:ok:1"#, r#"WrongData(Handled(1))"#),
    (
        r#"kr:ok:9223372036854775807"#,
        r#"WrongData(Handled(9223372036854775807))"#,
    ),
    (r#"pl:v:3"#, r#"Plan(Page(3))"#),
    (r#"pl:add"#, r#"Plan(AddRhk)"#),
    (r#"pl:send"#, r#"Plan(Submit)"#),
    (r#"pl:chg"#, r#"Plan(Change)"#),
    (
        r#"pl:r:9223372036854775807"#,
        r#"Plan(Rhk(9223372036854775807))"#,
    ),
    (
        r#"pl:j:9223372036854775807:t"#,
        r#"Plan(RhkJenis(9223372036854775807, Tambahan))"#,
    ),
    (
        r#"pl:pp:9223372036854775807:4294967295"#,
        r#"Plan(RhkParentPage(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"pl:p:9223372036854775807:9223372036854775807"#,
        r#"Plan(RhkParent(9223372036854775807, 9223372036854775807))"#,
    ),
    (r#"pl:p:5:0"#, r#"Plan(RhkParent(5, 0))"#),
    (r#"pl:re:1"#, r#"Plan(RhkEditText(1))"#),
    (r#"pl:rx:1"#, r#"Plan(RhkDelete(1))"#),
    (r#"pl:ia:1"#, r#"Plan(IndicatorAdd(1))"#),
    (
        r#"pl:as:9223372036854775807:b"#,
        r#"Plan(IndicatorAspek(9223372036854775807, Biaya))"#,
    ),
    (
        r#"pl:ar:9223372036854775807:l"#,
        r#"Plan(IndicatorArah(9223372036854775807, LebihRendahLebihBaik))"#,
    ),
    (r#"pl:ie:1"#, r#"Plan(IndicatorEdit(1))"#),
    (r#"pl:ix:1"#, r#"Plan(IndicatorDelete(1))"#),
    (
        r#"pl:rp:9223372036854775807:4294967295"#,
        r#"Plan(RhkPage(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"pl:rxy:9223372036854775807"#,
        r#"Plan(RhkDeleteConfirm(9223372036854775807))"#,
    ),
    (
        r#"pl:ixy:9223372036854775807"#,
        r#"Plan(IndicatorDeleteConfirm(9223372036854775807))"#,
    ),
    (
        r#"pl:iep:9223372036854775807:t"#,
        r#"Plan(IndicatorEditPart(9223372036854775807, Text))"#,
    ),
    (r#"pl:iep:1:g"#, r#"Plan(IndicatorEditPart(1, Target))"#),
    (
        r#"pl:isa:9223372036854775807:w"#,
        r#"Plan(IndicatorSetAspek(9223372036854775807, Waktu))"#,
    ),
    (
        r#"pl:isr:9223372036854775807:l:1"#,
        r#"Plan(IndicatorSetArah(9223372036854775807, LebihRendahLebihBaik, true))"#,
    ),
    (
        r#"pl:isr:1:h:0"#,
        r#"Plan(IndicatorSetArah(1, LebihTinggiLebihBaik, false))"#,
    ),
    (r#"pl:wd"#, r#"Plan(Withdraw)"#),
    (
        r#"pl:wdy:9223372036854775807"#,
        r#"Plan(WithdrawConfirm(9223372036854775807))"#,
    ),
    (r#"pl:x"#, r#"Plan(CancelInput)"#),
    (r#"pl:pdf"#, r#"Plan(PdfMenu)"#),
    (r#"pl:pdf:0"#, r#"Plan(Pdf(0))"#),
    (
        r#"pl:pdf:9223372036854775807"#,
        r#"Plan(Pdf(9223372036854775807))"#,
    ),
    (
        r#"ap:pdf:9223372036854775807:9223372036854775807"#,
        r#"Approval(Pdf(9223372036854775807, 9223372036854775807))"#,
    ),
    (
        r#"nl:pdf:9223372036854775807"#,
        r#"MyEvaluations(Pdf(9223372036854775807))"#,
    ),
    (r#"nl:dpdf:1"#, r#"MyEvaluations(DocPdf(1))"#),
    (r#"ap:l:0"#, r#"Approval(List(0))"#),
    (
        r#"ap:d:9223372036854775807:9223372036854775807:4294967295"#,
        r#"Approval(Detail(9223372036854775807, 9223372036854775807, 4294967295))"#,
    ),
    (
        r#"ap:ok:9223372036854775807:9223372036854775807"#,
        r#"Approval(Approve(9223372036854775807, 9223372036854775807))"#,
    ),
    (
        r#"ap:fin:9223372036854775807:9223372036854775807"#,
        r#"Approval(ApproveFinal(9223372036854775807, 9223372036854775807))"#,
    ),
    (
        r#"ap:ek:9223372036854775807:9223372036854775807:7"#,
        r#"Approval(Expectation(9223372036854775807, 9223372036854775807, 7))"#,
    ),
    (
        r#"ap:ret:9223372036854775807:9223372036854775807"#,
        r#"Approval(Return(9223372036854775807, 9223372036854775807))"#,
    ),
    (r#"ap:all"#, r#"Approval(ApproveMatching)"#),
    (r#"mx:v:4294967295"#, r#"Matrix(Page(4294967295))"#),
    (r#"mx:x"#, r#"Matrix(Xlsx)"#),
    (r#"mx:c"#, r#"Matrix(Csv)"#),
    (
        r#"ap:ally:9223372036854775807"#,
        r#"Approval(ApproveMatchingConfirm(9223372036854775807))"#,
    ),
    (
        r#"rs:v:2026-III:4294967295"#,
        r#"Realisation(Page(Period { year: 2026, kind: Q3 }, 4294967295))"#,
    ),
    (r#"pn:vn"#, r#"Assessment(Notes)"#),
    (
        r#"pn:np:2026-III"#,
        r#"Assessment(NextPerson(Period { year: 2026, kind: Q3 }))"#,
    ),
    (
        r#"rs:i:2026-III:9223372036854775807"#,
        r#"Realisation(Indicator(Period { year: 2026, kind: Q3 }, 9223372036854775807))"#,
    ),
    (
        r#"rs:d:2026-III:9223372036854775807"#,
        r#"Realisation(UseDaily(Period { year: 2026, kind: Q3 }, 9223372036854775807))"#,
    ),
    (
        r#"rs:e:2026-III:9223372036854775807"#,
        r#"Realisation(EvidenceDone(Period { year: 2026, kind: Q3 }, 9223372036854775807))"#,
    ),
    (
        r#"rs:n:2026-III:9223372036854775807"#,
        r#"Realisation(SkipNote(Period { year: 2026, kind: Q3 }, 9223372036854775807))"#,
    ),
    (
        r#"hr:t:9223372036854775807:9223372036854775807"#,
        r#"Daily(Tag(9223372036854775807, 9223372036854775807))"#,
    ),
    (
        r#"nl:ack:9223372036854775807"#,
        r#"MyEvaluations(Ack(9223372036854775807))"#,
    ),
    (
        r#"nl:rep:9223372036854775807"#,
        r#"MyEvaluations(Reply(9223372036854775807))"#,
    ),
    (
        r#"fb:ans:2026-T"#,
        r#"MyEvaluations(FeedbackAnswer(Period { year: 2026, kind: Tahunan }))"#,
    ),
    (
        r#"pn:t:2026-III:4294967295"#,
        r#"Assessment(Team(Period { year: 2026, kind: Q3 }, 4294967295))"#,
    ),
    (
        r#"pn:o:2026-III:196608011988031001:4294967295"#,
        r#"Assessment(Person(Period { year: 2026, kind: Q3 }, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49]), 4294967295))"#,
    ),
    (
        r#"pn:f:2026-III:196608011988031001"#,
        r#"Assessment(Resend(Period { year: 2026, kind: Q3 }, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49])))"#,
    ),
    (
        r#"pn:c:2026-III:196608011988031001"#,
        r#"Assessment(Comment(Period { year: 2026, kind: Q3 }, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49])))"#,
    ),
    (
        r#"pn:ci:2026-III:196608011988031001:9223372036854775807"#,
        r#"Assessment(CommentOn(Period { year: 2026, kind: Q3 }, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49]), 9223372036854775807))"#,
    ),
    (
        r#"pn:s:2026-III:196608011988031001"#,
        r#"Assessment(Start(Period { year: 2026, kind: Q3 }, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49])))"#,
    ),
    (r#"pn:h:b"#, r#"Assessment(Hasil(DiBawah))"#),
    (r#"pn:b:a"#, r#"Assessment(Perilaku(DiAtas))"#),
    (r#"pn:v:7"#, r#"Assessment(ValueNote(7))"#),
    (r#"pn:n"#, r#"Assessment(Next)"#),
    (r#"pn:k"#, r#"Assessment(SkipFeedback)"#),
    (r#"pn:ok"#, r#"Assessment(Save)"#),
    (r#"pn:x"#, r#"Assessment(Cancel)"#),
    (r#"pg:new"#, r#"Announce(New)"#),
    (r#"pg:a:noplan"#, r#"Announce(Audience(NoPlan))"#),
    (r#"pg:a:units"#, r#"Announce(Audience(Units))"#),
    (r#"pg:u:4294967295"#, r#"Announce(Unit(4294967295))"#),
    (r#"pg:un"#, r#"Announce(UnitsDone)"#),
    (r#"pg:send"#, r#"Announce(Send)"#),
    (r#"pg:x"#, r#"Announce(Cancel)"#),
    (r#"pg:k:info"#, r#"Announce(Kind(Info))"#),
    (r#"pg:k:pelatihan"#, r#"Announce(Kind(Pelatihan))"#),
    (r#"pg:k:aturan"#, r#"Announce(Kind(Aturan))"#),
    (r#"pg:pv"#, r#"Announce(Preview)"#),
    (
        r#"pg:o:9223372036854775807"#,
        r#"Announce(Open(9223372036854775807))"#,
    ),
    (r#"pg:l:4294967295"#, r#"Announce(List(4294967295))"#),
    (
        r#"pg:d:9223372036854775807"#,
        r#"Announce(Detail(9223372036854775807))"#,
    ),
    (
        r#"pg:r:9223372036854775807:9223372036854775807"#,
        r#"Announce(Remind(9223372036854775807, 9223372036854775807))"#,
    ),
    (
        r#"lt:r:9223372036854775807"#,
        r#"Training(Register(9223372036854775807))"#,
    ),
    (
        r#"lt:c:9223372036854775807"#,
        r#"Training(Cancel(9223372036854775807))"#,
    ),
    (
        r#"lt:a:9223372036854775807:4294967295"#,
        r#"Training(Attendance(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"lt:t:9223372036854775807:196608011988031001:4294967295"#,
        r#"Training(Toggle(9223372036854775807, NipKey([49, 57, 54, 54, 48, 56, 48, 49, 49, 57, 56, 56, 48, 51, 49, 48, 48, 49]), 4294967295))"#,
    ),
    (
        r#"at:k:9223372036854775807"#,
        r#"Rules(Ack(9223372036854775807))"#,
    ),
    (
        r#"at:q:9223372036854775807"#,
        r#"Rules(Ask(9223372036854775807))"#,
    ),
    (
        r#"at:j:9223372036854775807"#,
        r#"Rules(QuestionAnswer(9223372036854775807))"#,
    ),
    (
        r#"at:f:9223372036854775807"#,
        r#"Rules(QuestionFaq(9223372036854775807))"#,
    ),
    (
        r#"lp:s:2026-III"#,
        r#"Reports(Summary(Period { year: 2026, kind: Q3 }))"#,
    ),
    (
        r#"lp:x:2026-III"#,
        r#"Reports(Xlsx(Period { year: 2026, kind: Q3 }))"#,
    ),
    (
        r#"lp:c:2026-III"#,
        r#"Reports(Csv(Period { year: 2026, kind: Q3 }))"#,
    ),
    (r#"rm:t:pelatihan"#, r#"Menu(ReminderToggle(Training))"#),
    (r#"rm:t:rencana"#, r#"Menu(ReminderToggle(Plan))"#),
    (r#"rm:t:harian"#, r#"Menu(ReminderToggle(DailyLog))"#),
    (r#"rm:t:ringkasan"#, r#"Menu(ReminderToggle(Digest))"#),
    (
        r#"dg:l:t:20270405:p:0"#,
        r#"Digest(List { target: Team, day: 2027-04-05, list: NoPlan, page: 0, turn: false })"#,
    ),
    (
        r#"dg:m:uffffffff:20270405:e:4294967295"#,
        r#"Digest(List { target: Unit(4294967295), day: 2027-04-05, list: ToEvaluate, page: 4294967295, turn: true })"#,
    ),
    (
        r#"dg:s:u00000000:20270405"#,
        r#"Digest(Unit { tag: 0, day: 2027-04-05 })"#,
    ),
    (
        r#"dg:k:20270405:4294967295"#,
        r#"Digest(City { day: 2027-04-05, page: 4294967295 })"#,
    ),
    (r#"hh:p:4294967295"#, r#"Daily(Page(4294967295))"#),
    (
        r#"hh:e:9223372036854775807"#,
        r#"Daily(Edit(9223372036854775807))"#,
    ),
    (
        r#"hh:d:9223372036854775807"#,
        r#"Daily(Delete(9223372036854775807))"#,
    ),
    (
        r#"hh:dy:9223372036854775807"#,
        r#"Daily(DeleteConfirm(9223372036854775807))"#,
    ),
    (r#"hh:x:202612"#, r#"Daily(Export(202612))"#),
    (
        r#"hh:ep:9223372036854775807:j"#,
        r#"Daily(EditPart(9223372036854775807, Time))"#,
    ),
    (r#"hh:ep:1:k"#, r#"Daily(EditPart(1, Activity))"#),
    (r#"hh:ep:1:r"#, r#"Daily(EditPart(1, Result))"#),
    (
        r#"tp:p:9223372036854775807:4294967295"#,
        r#"Templates(Preview(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"tp:a:9223372036854775807"#,
        r#"Templates(Apply(9223372036854775807))"#,
    ),
    (r#"tp:c:2027"#, r#"Templates(CopyLastYear(2027))"#),
    (r#"tp:r:4294967295"#, r#"Templates(Review(4294967295))"#),
    (
        r#"tp:s:9223372036854775807"#,
        r#"Templates(Save(9223372036854775807))"#,
    ),
    (
        r#"tp:sk:9223372036854775807:9223372036854775807"#,
        r#"Templates(SaveConfirm(9223372036854775807, 9223372036854775807))"#,
    ),
    (r#"tp:sx"#, r#"Templates(SaveCancel)"#),
    // Bagi peran and the answers to a proposal (issue 16).
    (
        r#"pr:s:9223372036854775807"#,
        r#"Roles(Start(9223372036854775807))"#,
    ),
    (
        r#"pr:p:9223372036854775807:4294967295"#,
        r#"Roles(Pick(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"pr:t:9223372036854775807:198505152010012002:4294967295"#,
        r#"Roles(Toggle(9223372036854775807, NipKey([49, 57, 56, 53, 48, 53, 49, 53, 50, 48, 49, 48, 48, 49, 50, 48, 48, 50]), 4294967295))"#,
    ),
    (
        r#"pr:a:9223372036854775807:1"#,
        r#"Roles(All(9223372036854775807, true))"#,
    ),
    (
        r#"pr:a:9223372036854775807:0"#,
        r#"Roles(All(9223372036854775807, false))"#,
    ),
    (
        r#"pr:n:9223372036854775807"#,
        r#"Roles(Next(9223372036854775807))"#,
    ),
    (
        r#"pr:k:9223372036854775807:d"#,
        r#"Roles(Kind(9223372036854775807, Direct))"#,
    ),
    (
        r#"pr:k:9223372036854775807:i"#,
        r#"Roles(Kind(9223372036854775807, Indirect))"#,
    ),
    (
        r#"pr:sr:9223372036854775807"#,
        r#"Roles(SameRhk(9223372036854775807))"#,
    ),
    (
        r#"pr:pi:9223372036854775807:3"#,
        r#"Roles(ParentIndicator(9223372036854775807, 3))"#,
    ),
    (
        r#"pr:as:9223372036854775807:k"#,
        r#"Roles(Aspek(9223372036854775807, Kuantitas))"#,
    ),
    (
        r#"pr:sp:9223372036854775807:s"#,
        r#"Roles(Split(9223372036854775807, Even))"#,
    ),
    (
        r#"pr:sp:9223372036854775807:e"#,
        r#"Roles(Split(9223372036854775807, Same))"#,
    ),
    (
        r#"pr:sp:9223372036854775807:p"#,
        r#"Roles(Split(9223372036854775807, PerPerson))"#,
    ),
    (
        r#"pr:v:9223372036854775807:4294967295"#,
        r#"Roles(Preview(9223372036854775807, 4294967295))"#,
    ),
    (
        r#"pr:go:9223372036854775807"#,
        r#"Roles(Send(9223372036854775807))"#,
    ),
    (
        r#"pr:x:9223372036854775807"#,
        r#"Roles(Cancel(9223372036854775807))"#,
    ),
    (
        r#"pr:o:9223372036854775807"#,
        r#"Roles(Open(9223372036854775807))"#,
    ),
    (
        r#"pr:y:9223372036854775807"#,
        r#"Roles(Accept(9223372036854775807))"#,
    ),
    (
        r#"pr:c:9223372036854775807"#,
        r#"Roles(Change(9223372036854775807))"#,
    ),
    (
        r#"pr:d:9223372036854775807"#,
        r#"Roles(Decline(9223372036854775807))"#,
    ),
    (r#"m:cuti"#, r#"Menu(Open(Leave))"#),
    (r#"cu:k:tahunan"#, r#"Leave(Kind(Tahunan))"#),
    (r#"cu:k:sakit"#, r#"Leave(Kind(Sakit))"#),
    (r#"cu:k:dinas_luar"#, r#"Leave(Kind(DinasLuar))"#),
    (r#"cu:k:lainnya"#, r#"Leave(Kind(Lainnya))"#),
    (r#"cu:s"#, r#"Leave(Skip)"#),
    (r#"cu:ok"#, r#"Leave(Save)"#),
    (r#"cu:x"#, r#"Leave(Abort)"#),
    (r#"cu:n"#, r#"Leave(New)"#),
    (
        r#"cu:t:9223372036854775807"#,
        r#"Leave(Refuse(9223372036854775807))"#,
    ),
    (
        r#"cu:f:9223372036854775807"#,
        r#"Leave(File(9223372036854775807))"#,
    ),
    (
        r#"cu:b:9223372036854775807"#,
        r#"Leave(Withdraw(9223372036854775807))"#,
    ),
];

/// Every dialogue state as this release stores it.
const STATES: &[&str] = &[
    r#""Idle""#,
    r#""ReportingWrongData""#,
    r#"{"RhkText":{"plan_id":1,"editing":2}}"#,
    r#"{"IndicatorText":{"rhk_id":3,"replacing":null}}"#,
    r#"{"IndicatorTarget":{"rhk_id":3,"replacing":4,"text":"Bayi <diimunisasi> & \"lengkap\""}}"#,
    r#"{"IndicatorAspek":{"rhk_id":3,"replacing":null,"text":"Bayi diimunisasi","target":{"value":1200.0,"unit":"orang"}}}"#,
    r#"{"IndicatorArah":{"rhk_id":3,"replacing":null,"text":"Bayi diimunisasi","target":{"value":1200.0,"unit":"orang"},"aspek":"Kuantitas"}}"#,
    r#"{"ReturnNote":{"plan_id":1,"version":2}}"#,
    r#"{"ExpectationText":{"plan_id":1,"version":2,"nilai":7}}"#,
    r#"{"RealValue":{"period":{"year":2026,"kind":"Q3"},"indicator_id":5}}"#,
    r#"{"RealEvidence":{"period":{"year":2026,"kind":"Q3"},"indicator_id":5}}"#,
    r#"{"RealNote":{"period":{"year":2026,"kind":"Q3"},"indicator_id":5}}"#,
    r#""DailyText""#,
    r#"{"EvalReplyText":{"evaluation_id":6}}"#,
    r#"{"CommentText":{"nip":"198505152010012002","period":{"year":2026,"kind":"Q3"}}}"#,
    r#"{"CommentText":{"nip":"198505152010012002","period":{"year":2026,"kind":"Q3"},"indicator":5}}"#,
    r#"{"CommentAnswerText":{"period":{"year":2026,"kind":"Q3"}}}"#,
    r#"{"Assessing":{"nip":"198505152010012002","period":{"year":2026,"kind":"Q3"},"hasil":"DiAtas","perilaku":"Sesuai","value_notes":[[2,"Laporan tepat waktu"]],"feedback":"Pertahankan","step":{"ValueNoteText":2}}}"#,
    r#"{"Composing":{"audience":"all","units":["Dinas Kesehatan"],"text":"Pelatihan <b>SKP</b>","step":"TrainingDeadline","kind":"pelatihan","attachment":{"kind":"Document","file_id":"doc-1"},"starts_at":1790000000,"place":"Aula","quota":40,"jp":8,"deadline":1789000000}}"#,
    r#"{"AskingQuestion":{"announcement_id":8}}"#,
    r#"{"AnsweringQuestion":{"question_id":9}}"#,
    r#"{"IndicatorEditText":{"indicator_id":10}}"#,
    r#"{"IndicatorEditTarget":{"indicator_id":10}}"#,
    r#"{"DailyDraft":{"draft":{"day":"2026-12-03","start":"08:00:00","end":"10:30:00","activity":"Rapat koordinasi","result":1,"unit":"kegiatan","link":null},"editing":11,"default_day":"2026-12-03","file":["photo","ph-1",null]}}"#,
    r#"{"DailyEvidence":{"daily_id":12}}"#,
    r#"{"RoleText":{"share_id":1}}"#,
    r#"{"RoleIndicatorText":{"share_id":1}}"#,
    r#"{"RoleTargets":{"share_id":1,"split":"Even"}}"#,
    r#"{"RoleTargets":{"share_id":1,"split":"PerPerson"}}"#,
    r#"{"ProposalTarget":{"proposal_id":2}}"#,
    r#"{"ProposalNote":{"proposal_id":2}}"#,
    r#"{"LeaveFrom":{"kind":"dinas_luar"}}"#,
    r#"{"LeaveUntil":{"kind":"tahunan","from":"2027-01-21"}}"#,
    r#"{"LeaveFile":{"kind":"sakit","from":"2027-01-21","until":"2027-01-23"}}"#,
    r#"{"LeavePreview":{"kind":"sakit","from":"2027-01-21","until":"2027-01-23","file":{"kind":"photo","file_id":"ph-1"}}}"#,
    r#"{"LeavePreview":{"kind":"lainnya","from":"2027-01-21","until":"2027-01-23","file":null}}"#,
    r#"{"LeaveRefuseNote":{"leave_id":7}}"#,
];

/// Stored forms written by earlier releases that must still read.
const OLDER_STATES: &[(&str, &str)] = &[
    // Before comments could be about one indicator (issue 14).
    (
        r#"{"CommentText":{"nip":"198505152010012002","period":{"year":2026,"kind":"Q3"}}}"#,
        r#"Assessment(CommentText { nip: "198505152010012002", period: Period { year: 2026, kind: Q3 }, indicator: None })"#,
    ),
    // An announcement draft from before kinds, attachments and trainings.
    (
        r#"{"Composing":{"audience":null,"units":[],"text":"Halo","step":"Text"}}"#,
        r#"Announce(Composing(Draft { audience: None, units: [], text: Some("Halo"), step: Text, kind: None, attachment: None, starts_at: None, place: None, quota: None, jp: None, deadline: None }))"#,
    ),
    // A daily entry begun before its form had a file or a default day.
    (
        r#"{"DailyDraft":{"draft":{}}}"#,
        r#"Daily(Draft(DailyForm { draft: Draft { day: None, start: None, end: None, activity: None, result: None, unit: None, link: None }, editing: None, default_day: None, file: None }))"#,
    ),
];

#[test]
fn every_pinned_button_still_means_the_same_action() {
    for (data, meaning) in BUTTONS {
        let action = CallbackAction::decode(data)
            .unwrap_or_else(|_| panic!("{data} no longer decodes: buttons on screens go dead"));
        assert_eq!(format!("{action:?}"), *meaning, "{data} changed meaning");
        assert_eq!(action.encode(), *data, "{data} is now written differently");
    }
}

#[test]
fn every_button_written_today_is_pinned() {
    for action in callback::examples() {
        let data = action.encode();
        assert!(
            BUTTONS.iter().any(|(pinned, _)| *pinned == data),
            "{action:?} writes {data}, which is not pinned in BUTTONS: add it"
        );
    }
}

#[test]
fn every_pinned_state_still_reads_and_is_written_the_same() {
    for stored in STATES {
        let state: State = serde_json::from_str(stored).unwrap_or_else(|e| {
            panic!("{stored} no longer reads ({e}): that conversation would be lost")
        });
        assert_eq!(&serde_json::to_string(&state).unwrap(), stored);
    }
    for (stored, meaning) in OLDER_STATES {
        let state: State = serde_json::from_str(stored)
            .unwrap_or_else(|e| panic!("{stored} no longer reads ({e})"));
        assert_eq!(format!("{state:?}"), *meaning);
    }
}

#[test]
fn every_state_written_today_is_pinned() {
    for state in dialogue::examples() {
        let stored = serde_json::to_string(&state).unwrap();
        assert!(
            STATES.contains(&stored.as_str()),
            "{stored} is not pinned in STATES: add it"
        );
    }
}

/// The pinned strings are what the database holds: a conversation left half-way is read
/// from `dialogue_states` as it was written, and one written by the earlier release (put
/// there by hand) carries on after a restart.
#[tokio::test]
async fn a_stored_conversation_is_the_pinned_form_and_an_older_one_carries_on() {
    let mut app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("roster imports");
    let siti = app.user(5005, "Siti");
    siti.registers("6281333334444").await;
    siti.says("/menu").await;
    siti.taps("Laporkan data salah").await;
    siti.sees("Tuliskan apa yang salah").await;
    let stored: String = sqlx::query_scalar("SELECT state FROM dialogue_states WHERE chat_id = $1")
        .bind(siti.chat_id())
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(stored, r#""ReportingWrongData""#);
    assert!(STATES.contains(&stored.as_str()));

    // Ahmad left a comment half-written under the earlier release.
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    app.stop().await;
    sqlx::query(
        "INSERT INTO dialogue_states (chat_id, state, updated_at) VALUES ($1, $2, 0) \
         ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state",
    )
    .bind(kepala.chat_id())
    .bind(format!(
        r#"{{"CommentText":{{"nip":"{STAF_SITI}","period":{{"year":2026,"kind":"Q3"}}}}}}"#
    ))
    .execute(app.store.pool())
    .await
    .unwrap();
    app.restart().await;
    kepala.says("Mohon bukti dilengkapi").await;
    kepala.sees("Komentar terkirim").await;
    assert!(
        siti.received("Mohon bukti dilengkapi")
            .await
            .text
            .contains("Komentar")
    );
}
