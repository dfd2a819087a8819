//! Announcements and trainings in the reader's language: an English-speaking HR admin
//! composes, previews, sends and follows a training and a rule change in English; each
//! recipient reads the frame around HR's text (headings, details, buttons, reminders) in
//! their own language, English or Indonesian; and whoever is told about someone else's
//! action — the admins about a question, the asker about the answer, the next on the
//! waiting list about a seat given up — reads it in their own language too.

mod support;

use kinerja::domain::time::format_date_wib;
use kinerja::store::now;
use support::{Person, TestApp};

const RINA: &str = "197703032005011003"; // HR admin, reads English
const WATI: &str = "199303032017032006"; // HR admin, reads Indonesian
const SITI: &str = "198505152010012002"; // reads English
const BUDI: &str = "200012312024211001"; // reads Indonesian
const TONO: &str = "199101012015031004"; // reads English

fn roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,081155556666,admin\n\
         {WATI},Wati Lubis,Analis SDM,Badan Kepegawaian Daerah,,081377778888,admin\n\
         {SITI},Siti <Nur> & Rekan,Perawat,Dinas Kesehatan,,081333334444,\n\
         {BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,,081344445555,\n\
         {TONO},Tono Sitompul,Sanitarian,Dinas Kesehatan,,081355556666,\n"
    )
}

struct Office {
    rina: Person,
    wati: Person,
    siti: Person,
    budi: Person,
    tono: Person,
}

/// Rina, Siti and Tono registered from an English Telegram, Wati and Budi from an
/// Indonesian one.
async fn office(app: &TestApp) -> Office {
    app.import_csv(&roster()).await.unwrap();
    let o = Office {
        rina: app.user_speaking(1, "Rina", "en"),
        wati: app.user(2, "Wati"),
        siti: app.user_speaking(3, "Siti", "en-GB"),
        budi: app.user(4, "Budi"),
        tono: app.user_speaking(5, "Tono", "en"),
    };
    for (p, phone) in [
        (&o.rina, "081155556666"),
        (&o.siti, "081333334444"),
        (&o.tono, "081355556666"),
    ] {
        p.shares_own_contact(phone).await;
        p.sees("Menu for").await;
    }
    o.wati.registers("081377778888").await;
    o.budi.registers("081344445555").await;
    o
}

async fn latest_announcement(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT MAX(id) FROM announcements")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_training_is_composed_in_english_and_each_reader_registers_in_their_own_language() {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;

    let empty = rina.says("/pengumuman").await;
    assert!(
        empty.text.contains("no announcements for you yet"),
        "{}",
        empty.text
    );
    assert_eq!(
        Person::buttons_of(&empty),
        ["New announcement", "Sent announcements"]
    );
    rina.taps("New announcement").await;
    rina.sees("What kind of announcement?").await;
    rina.taps("🎓 Training").await;
    let audience = rina.sees("Who should this announcement go to?").await;
    let year = kinerja::domain::time::current_year_wib();
    assert!(
        Person::buttons_of(&audience).contains(&format!("No plan sent for {year}")),
        "{:?}",
        Person::buttons_of(&audience)
    );
    rina.taps("Choose work units").await;
    rina.taps("Dinas Kesehatan").await;
    rina.sees("chosen: Dinas Kesehatan").await;
    rina.taps("Continue").await;
    rina.sees("When does the training start?").await;
    let again = rina.says("besok pagi").await;
    assert!(
        again.text.contains("When does the training start?"),
        "the question comes again in English: {}",
        again.text
    );
    rina.says(&format!("{} 09.00", format_date_wib(now() + 10 * 86400)))
        .await;
    rina.sees("Where is it held?").await;
    rina.says("Aula BKD").await;
    rina.sees("How many participants").await;
    rina.says("1").await;
    rina.sees("How many JP").await;
    rina.says("8").await;
    rina.sees("When does registration close?").await;
    rina.says(&format_date_wib(now() + 5 * 86400)).await;
    let ask = rina.sees("Write the announcement's text").await;
    let limit =
        kinerja::bot::announce::views::text_limit(kinerja::domain::broadcast::Kind::Pelatihan);
    assert!(
        ask.text.contains(&format!(
            "at most {},{:03} characters",
            limit / 1000,
            limit % 1000
        )),
        "{}",
        ask.text
    );
    rina.says("Bimtek penyusunan SKP 2027").await;
    let note = rina.sees("Above is the preview").await;
    assert!(
        note.text.contains("Recipients: 3 (unit Dinas Kesehatan)"),
        "{}",
        note.text
    );
    assert_eq!(Person::buttons_of(&note), ["Send", "Cancel"]);
    let preview = rina.sees("BKD notice · 🎓 Training").await;
    assert!(preview.text.contains("Seats: 1"), "{}", preview.text);
    assert!(preview.text.contains("Credit: 8 JP"), "{}", preview.text);
    assert_eq!(
        Person::buttons_of(&preview),
        ["Register", "Cancel registration"]
    );
    let pressed = rina.taps("Register").await.unwrap_or_default();
    assert!(pressed.contains("This is a preview"), "{pressed}");
    rina.taps("Send").await;
    rina.sees("Recipients: 3").await;
    let id = latest_announcement(&app).await;
    rina.sees(&format!("Announcement #{id} sent")).await;

    // Each reads the frame in their own language.
    let english = o.siti.received("Bimtek penyusunan SKP 2027").await;
    assert!(english.text.starts_with("📢 BKD notice · 🎓 Training"));
    assert!(english.text.contains("Register by:"), "{}", english.text);
    assert_eq!(
        Person::buttons_of(&english),
        ["Register", "Cancel registration"]
    );
    let indonesian = o.budi.received("Bimtek penyusunan SKP 2027").await;
    assert!(
        indonesian
            .text
            .starts_with("📢 Pengumuman BKD · 🎓 Pelatihan"),
        "{}",
        indonesian.text
    );
    assert!(indonesian.text.contains("👥 Kuota: 1 orang"));
    assert_eq!(
        Person::buttons_of(&indonesian),
        ["Daftar", "Batalkan pendaftaran"]
    );

    // Budi takes the one seat; Siti waits, told in English.
    let toast = o.budi.taps("Daftar").await.unwrap_or_default();
    assert_eq!(toast, "📝 terdaftar");
    o.budi.sees("Anda terdaftar pada pelatihan").await;
    o.siti.taps("Register").await;
    let waiting = o.siti.sees("is full").await;
    assert!(
        waiting
            .text
            .contains("You are number 1 on the waiting list"),
        "{}",
        waiting.text
    );
    let twice = o.siti.taps("Register").await.unwrap_or_default();
    assert!(
        twice.contains("already on the waiting list, number 1"),
        "{twice}"
    );
    let list = o.siti.says("/pengumuman").await;
    assert!(list.text.contains("Latest announcements"), "{}", list.text);
    assert!(
        list.text.contains("Status: ⏳ waiting list, number 1"),
        "{}",
        list.text
    );

    // Budi (Indonesian) gives his seat up: Siti is told in English, with her button.
    o.budi.taps("Batalkan pendaftaran").await;
    o.budi.sees("Pendaftaran Anda dibatalkan").await;
    let promoted = o.siti.sees("A seat came free").await;
    assert!(
        promoted
            .text
            .contains(&format!("registered for training #{id}")),
        "{}",
        promoted.text
    );
    assert_eq!(Person::buttons_of(&promoted), ["Cancel registration"]);

    let year_jp = o.siti.says("/pelatihan").await;
    assert!(
        year_jp.text.contains(&format!(
            "My JP in {year}: 0 of the 20 JP minimum (20 JP short)"
        )),
        "{}",
        year_jp.text
    );
    assert!(year_jp.text.contains("📝 registered"), "{}", year_jp.text);
    assert!(year_jp.text.contains("Open for registration"));

    // HR's figures and attendance, in English.
    rina.says("/pengumuman").await;
    rina.taps("Sent announcements").await;
    rina.sees("Sent announcements (page 1)").await;
    rina.taps(&format!("#{id}")).await;
    let detail = rina.sees("Seats taken: 1 of 1").await;
    assert!(detail.text.contains("cancelled 1"), "{}", detail.text);
    let early = rina.taps("Attendance").await.unwrap_or_default();
    assert!(early.contains("from the day of the training"), "{early}");
    sqlx::query("UPDATE trainings SET starts_at = $2 WHERE announcement_id = $1")
        .bind(id)
        .bind(now() - 3600)
        .execute(app.store.pool())
        .await
        .unwrap();
    rina.taps("Attendance").await;
    let sheet = rina.sees("Attendance of training").await;
    assert!(sheet.text.contains("Present: 0 of 1 registered"));
    assert!(sheet.text.ends_with("Page 1 of 1"), "{}", sheet.text);
    let marked = rina.taps("⬜ Siti <Nur> & Rekan").await.unwrap_or_default();
    assert_eq!(marked, "Siti <Nur> & Rekan: present");
    let late = o.siti.taps("Cancel registration").await.unwrap_or_default();
    assert!(late.contains("has started"), "{late}");
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_rule_change_its_question_answer_faq_and_reminder_reach_each_in_their_language() {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;

    rina.says("/pengumuman").await;
    rina.taps("New announcement").await;
    rina.taps("📜 Rule change").await;
    rina.taps("All staff").await;
    rina.says("Cuti tahunan kini diajukan lewat aplikasi.")
        .await;
    let note = rina.sees("Above is the preview").await;
    assert!(
        note.text.contains("Recipients: 4 (all registered staff)"),
        "{}",
        note.text
    );
    rina.taps("Send").await;
    let id = latest_announcement(&app).await;
    rina.sees(&format!("Announcement #{id} sent")).await;

    let english = o.siti.received("Cuti tahunan").await;
    assert!(english.text.starts_with("📢 BKD notice · 📜 Rule change"));
    assert!(
        english
            .text
            .ends_with("Once you have read it, press I have read it. Anything unclear? Press Ask."),
        "{}",
        english.text
    );
    assert_eq!(Person::buttons_of(&english), ["I have read it", "Ask"]);
    let indonesian = o.budi.received("Cuti tahunan").await;
    assert!(indonesian.text.contains("📜 Perubahan Aturan"));
    assert_eq!(
        Person::buttons_of(&indonesian),
        ["Sudah saya baca", "Tanya"]
    );

    let read = o.siti.taps("I have read it").await.unwrap_or_default();
    assert!(read.starts_with("Recorded: read on"), "{read}");
    let twice = o.siti.taps("I have read it").await.unwrap_or_default();
    assert!(twice.starts_with("You already confirmed on"), "{twice}");

    // Siti asks: each admin is told in their own language, with their own button.
    o.siti.taps("Ask").await;
    o.siti
        .sees(&format!("Write your question about announcement #{id}"))
        .await;
    let sticker = o.siti.sends_sticker().await;
    assert!(
        sticker.text.contains("Write the question as text"),
        "{}",
        sticker.text
    );
    o.siti.says("Does a sick day count as leave?").await;
    o.siti.sees("Question sent to BKD").await;
    let to_rina = rina.sees("Question Q").await;
    assert!(
        to_rina
            .text
            .contains(&format!("about announcement #{id} from Siti <Nur> & Rekan")),
        "{}",
        to_rina.text
    );
    assert_eq!(Person::buttons_of(&to_rina), ["Answer"]);
    let to_wati = o.wati.received("Pertanyaan T").await;
    assert!(
        to_wati.text.contains("Does a sick day count as leave?"),
        "{}",
        to_wati.text
    );
    assert_eq!(Person::buttons_of(&to_wati), ["Jawab"]);

    rina.taps("Answer").await;
    rina.sees("Write the answer to question Q").await;
    rina.says("No: sick leave is separate.").await;
    let sent = rina.sees("Answer sent to Siti").await;
    assert_eq!(Person::buttons_of(&sent), ["Publish as FAQ"]);
    let answer = o.siti.sees("BKD's answer").await;
    assert!(answer.text.contains("No: sick leave is separate."));
    let list = o.siti.says("/pengumuman").await;
    assert!(
        list.text.contains("Status: ✅ read") && list.text.contains("questions: 1 (1 answered)"),
        "{}",
        list.text
    );

    // The FAQ's text is Rina's (she published it); its frame is each reader's.
    rina.taps("Publish as FAQ").await;
    rina.sees("FAQ published as announcement").await;
    let faq_en = o.siti.sees("Q&A").await;
    assert!(
        faq_en.text.contains(&format!("(about announcement #{id})")),
        "{}",
        faq_en.text
    );
    assert!(faq_en.text.contains("Question: Does a sick day count"));
    let faq_id = o.budi.received("Tanya-Jawab").await;
    assert!(
        faq_id.text.contains(&format!("(tentang pengumuman #{id})")),
        "{}",
        faq_id.text
    );

    // The reminder: queued once, rendered for each reader.
    rina.says("/pengumuman").await;
    rina.taps("Sent announcements").await;
    rina.taps(&format!("#{id}")).await;
    let detail = rina.sees("Read: 1 of 4 · not yet: 3").await;
    assert!(
        detail.text.contains("Questions: 1 (0 unanswered)"),
        "{}",
        detail.text
    );
    rina.taps("Remind those who have not read it (3)").await;
    rina.sees("Reminder queued for everyone who has not confirmed (3)")
        .await;
    let english = o.tono.received("Reminder:").await;
    assert!(
        english.text.contains(&format!(
            "not yet confirmed reading rule change #{id} below"
        )),
        "{}",
        english.text
    );
    assert_eq!(Person::buttons_of(&english), ["I have read it", "Ask"]);
    let indonesian = o.budi.received("Pengingat:").await;
    assert!(
        indonesian
            .text
            .contains("Pengumuman BKD · 📜 Perubahan Aturan")
    );
    assert_eq!(
        Person::buttons_of(&indonesian),
        ["Sudah saya baca", "Tanya"]
    );
    app.assert_telegram_accepted_everything();
}
