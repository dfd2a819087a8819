//! The three kinds of announcement from both sides, through the real dispatcher and sender
//! against the strict fake Bot API: a training with its quota, waiting list, promotion,
//! deadline, reminder, attendance (chat and file) and JP; a rule change with
//! acknowledgements, questions, answers, a FAQ and a reminder to non-acknowledgers only;
//! and each recipient's own status in `/pengumuman`. Time moves forward by rewriting the
//! training's times in the database, as the days would.

mod support;

use kinerja::domain::quantity::format_number;
use kinerja::domain::time::{format_date_wib, format_wib};
use kinerja::store::now;
use support::{Person, TestApp};

const RINA: &str = "197703032005011003"; // HR admin, Badan Kepegawaian Daerah
const AHMAD: &str = "196608011988031001"; // head of Dinas Kesehatan
const SITI: &str = "198505152010012002";
const BUDI: &str = "200012312024211001";
const TONO: &str = "199101012015031004";
const ULI: &str = "199202022016032005";
const WATI: &str = "199303032017032006"; // Dinas Pendidikan

fn as_strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

fn roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,081155556666,admin\n\
         {AHMAD},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,081211112222,\n\
         {SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{AHMAD},081333334444,\n\
         {BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,{AHMAD},081344445555,\n\
         {TONO},Tono Sitompul,Sanitarian,Dinas Kesehatan,{AHMAD},081355556666,\n\
         {ULI},Uli Panggabean,Bidan,Dinas Kesehatan,{AHMAD},081366667777,\n\
         {WATI},Wati Lubis,Guru,Dinas Pendidikan,,081377778888,\n"
    )
}

struct Office {
    rina: Person,
    ahmad: Person,
    siti: Person,
    budi: Person,
    tono: Person,
    uli: Person,
    wati: Person,
}

async fn office(app: &TestApp) -> Office {
    app.import_csv(&roster()).await.unwrap();
    let o = Office {
        rina: app.user(1, "Rina"),
        ahmad: app.user(2, "Ahmad"),
        siti: app.user(3, "Siti"),
        budi: app.user(4, "Budi"),
        tono: app.user(5, "Tono"),
        uli: app.user(6, "Uli"),
        wati: app.user(7, "Wati"),
    };
    for (p, phone) in [
        (&o.rina, "081155556666"),
        (&o.ahmad, "081211112222"),
        (&o.siti, "081333334444"),
        (&o.budi, "081344445555"),
        (&o.tono, "081355556666"),
        (&o.uli, "081366667777"),
        (&o.wati, "081377778888"),
    ] {
        p.registers(phone).await;
    }
    o
}

async fn latest_announcement(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT MAX(id) FROM announcements")
        .fetch_one(app.store.pool())
        .await
        .unwrap()
}

async fn sql(app: &TestApp, statement: &str, id: i64, at: i64) {
    sqlx::query(statement)
        .bind(id)
        .bind(at)
        .execute(app.store.pool())
        .await
        .unwrap();
}

async fn kinerja(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    let run = support::cli(&app.db.url, args).await;
    (run.ok, run.stdout, run.stderr)
}

#[tokio::test]
async fn a_training_fills_up_keeps_a_waiting_list_promotes_closes_and_credits_jp() {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;

    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps("🎓 Pelatihan").await;
    rina.taps("Pilih unit kerja").await;
    rina.taps("Dinas Kesehatan").await;
    rina.taps("Lanjut").await;
    rina.sees("Kapan pelatihan dimulai").await;
    let bad = rina.says("besok pagi").await;
    assert!(bad.text.contains("tidak terbaca"), "{}", bad.text);
    let past = rina.says("15/01/2020 09.00").await;
    assert!(past.text.contains("sudah lewat"), "{}", past.text);
    let start = format!("{} 09.00", format_date_wib(now() + 10 * 86400));
    rina.says(&start).await;
    rina.says("Aula BKD <Lt. 2> & Ruang Rapat").await;
    let quota = rina.says("dua").await;
    assert!(quota.text.contains("kuota"), "{}", quota.text);
    rina.says("2").await;
    rina.says("8 JP").await;
    let late = rina.says(&format_date_wib(now() + 20 * 86400)).await;
    assert!(
        late.text.contains("sebelum pelatihan dimulai"),
        "{}",
        late.text
    );
    rina.says(&format_date_wib(now() + 5 * 86400)).await;
    rina.sees("Tulis teks pengumuman").await;
    // The text comes as a document's caption: the document is the attachment.
    rina.tg
        .add_file("BQACAgIAAxkBAAIDmateri", b"%PDF-1.4 materi");
    rina.sends_document(
        "BQACAgIAAxkBAAIDmateri",
        "materi.pdf",
        Some("Pelatihan Penyusunan SKP & BerAKHLAK_2027"),
    )
    .await;
    let note = rina.sees("Akan dikirim ke").await;
    assert!(
        note.text.contains("Akan dikirim ke 5 orang"),
        "{}",
        note.text
    );
    let preview = rina
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.kind == "document")
        .expect("the preview carries the document");
    assert!(preview.text.contains("Kuota: 2 orang"), "{}", preview.text);
    assert!(preview.text.contains("Aula BKD <Lt. 2> & Ruang Rapat"));
    assert_eq!(
        Person::buttons_of(&preview),
        ["Daftar", "Batalkan pendaftaran"]
    );
    let pressed = rina.taps("Daftar").await.unwrap_or_default();
    assert!(pressed.contains("pratinjau"), "{pressed}");
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let id = latest_announcement(&app).await;

    for p in [&o.siti, &o.budi, &o.tono, &o.uli, &o.ahmad] {
        let got = p.sees("Pelatihan Penyusunan SKP").await;
        assert_eq!(got.kind, "document");
        assert_eq!(got.file_id.as_deref(), Some("BQACAgIAAxkBAAIDmateri"));
    }
    assert!(
        !o.wati
            .messages()
            .iter()
            .any(|m| m.text.contains("Penyusunan SKP")),
        "another unit is not in the audience"
    );

    o.siti.taps("Daftar").await;
    o.siti.sees("Anda terdaftar pada pelatihan").await;
    o.budi.taps("Daftar").await;
    o.budi.sees("Anda terdaftar pada pelatihan").await;
    o.tono.taps("Daftar").await;
    o.tono.sees("daftar tunggu nomor 1").await;
    o.uli.taps("Daftar").await;
    o.uli.sees("daftar tunggu nomor 2").await;
    let again = o.siti.taps("Daftar").await.unwrap_or_default();
    assert!(again.contains("sudah terdaftar"), "{again}");
    let forged = o
        .wati
        .taps_data(o.wati.last_message().message_id, &format!("lt:r:{id}"))
        .await
        .unwrap_or_default();
    assert!(forged.contains("tidak ditujukan"), "{forged}");

    // Siti gives her seat up: Tono, first in line, gets it and is told; Uli moves up.
    o.siti.taps("Batalkan pendaftaran").await;
    o.siti.sees("Pendaftaran Anda dibatalkan").await;
    let promoted = o.tono.sees("Ada kursi kosong").await;
    assert!(
        promoted.text.contains(&format!("#{id}")),
        "{}",
        promoted.text
    );
    let list = o.uli.says("/pengumuman").await;
    assert!(list.text.contains("daftar tunggu nomor 1"), "{}", list.text);
    let status = o.budi.says("/pengumuman").await;
    assert!(status.text.contains("terdaftar"), "{}", status.text);

    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{id}")).await;
    let detail = rina.sees("Terdaftar 2 dari kuota 2").await;
    assert!(detail.text.contains("daftar tunggu 1"), "{}", detail.text);
    assert!(detail.text.contains("batal 1"), "{}", detail.text);
    let early = rina.taps("Kehadiran").await.unwrap_or_default();
    assert!(early.contains("mulai hari pelatihan"), "{early}");

    // The deadline passes: nobody new gets in.
    sql(
        &app,
        "UPDATE trainings SET deadline = $2 WHERE announcement_id = $1",
        id,
        now() - 60,
    )
    .await;
    let closed = o.siti.taps("Daftar").await.unwrap_or_default();
    assert!(closed.contains("sudah ditutup"), "{closed}");

    // The day comes: HR marks attendance in the chat, and from a file.
    sql(
        &app,
        "UPDATE trainings SET starts_at = $2 WHERE announcement_id = $1",
        id,
        now() - 3600,
    )
    .await;
    rina.taps("Kehadiran").await;
    let sheet = rina.sees("Kehadiran pelatihan").await;
    assert!(sheet.text.contains("Hadir: 0 dari 2"), "{}", sheet.text);
    assert_eq!(
        Person::buttons_of(&sheet),
        ["⬜ Budi Pasaribu", "⬜ Tono Sitompul"]
    );
    let marked = rina.taps("⬜ Budi Pasaribu").await.unwrap_or_default();
    assert!(marked.contains("hadir"), "{marked}");
    let sheet = rina.sees("Hadir: 1 dari 2").await;
    assert_eq!(
        Person::buttons_of(&sheet),
        ["✅ Budi Pasaribu", "⬜ Tono Sitompul"]
    );
    let staff = o
        .siti
        .taps_data(o.siti.last_message().message_id, &format!("lt:a:{id}:0"))
        .await
        .unwrap_or_default();
    assert!(staff.contains("admin BKD"), "{staff}");

    let dir = tempfile::tempdir().unwrap();
    let bad_file = dir.path().join("salah.csv");
    std::fs::write(
        &bad_file,
        format!("pelatihan;nip;hadir\n{id};{TONO};ya\n{id};{ULI};ya\n"),
    )
    .unwrap();
    let (ok, _, err) = kinerja(
        &app,
        &["training", "attendance", bad_file.to_str().unwrap()],
    )
    .await;
    assert!(!ok);
    assert!(
        err.contains(&format!("baris 3: NIP {ULI} tidak terdaftar")),
        "{err}"
    );
    assert!(err.contains("Tidak ada yang diubah"), "{err}");
    let file = dir.path().join("hadir.csv");
    std::fs::write(&file, format!("pelatihan,nip,hadir\n{id},{TONO},ya\n")).unwrap();
    let (ok, out, err) = kinerja(&app, &["training", "attendance", file.to_str().unwrap()]).await;
    assert!(ok, "{err}");
    assert!(out.contains("1 peserta (1 hadir"), "{out}");

    let year = kinerja::domain::time::current_year_wib();
    let budi = o.budi.says("/pelatihan").await;
    assert!(
        budi.text.contains(&format!(
            "JP saya tahun {year}: 8 dari minimal 20 JP (kurang 12 JP)"
        )),
        "{}",
        budi.text
    );
    assert!(budi.text.contains("✅ hadir"), "{}", budi.text);
    let tono = o.tono.says("/pelatihan").await;
    assert!(tono.text.contains(": 8 dari minimal 20"), "{}", tono.text);
    let uli = o.uli.says("/pelatihan").await;
    assert!(uli.text.contains(": 0 dari minimal 20"), "{}", uli.text);
    assert!(uli.text.contains("daftar tunggu nomor 1"), "{}", uli.text);
    let late_cancel = o
        .tono
        .taps("Batalkan pendaftaran")
        .await
        .unwrap_or_default();
    assert!(late_cancel.contains("sudah dimulai"), "{late_cancel}");

    let (ok, out, _) = kinerja(&app, &["announce", "status", &id.to_string()]).await;
    assert!(ok);
    assert!(
        out.contains("kuota 2, terdaftar 2, daftar tunggu 1, batal 1, hadir 2"),
        "{out}"
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_day_before_registrants_are_reminded_once_also_across_a_restart() {
    let mut app = TestApp::spawn().await;
    let o = office(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let closes = format_wib(now() + 22 * 3600);
    let announce_args = |name: &str, start: i64, kind: &str| -> Vec<String> {
        let file = dir.path().join(format!("{name}.txt"));
        std::fs::write(&file, name).unwrap();
        [
            "announce",
            "--kind",
            kind,
            "--audience",
            "unit:Dinas Kesehatan",
            "--text-file",
            file.to_str().unwrap(),
            "--start",
            &format_wib(start),
            "--place",
            "Lab Komputer BKD",
            "--quota",
            "10",
            "--jp",
            "4",
            "--deadline",
            &closes,
        ]
        .iter()
        .map(|a| a.to_string())
        .collect()
    };
    let args = announce_args("Bimtek besok", now() + 23 * 3600, "pelatihan");
    let (ok, _, err) = kinerja(&app, &as_strs(&args)).await;
    assert!(ok, "{err}");
    let args = announce_args("Bimtek lusa", now() + 72 * 3600, "pelatihan");
    let (ok, _, err) = kinerja(&app, &as_strs(&args)).await;
    assert!(ok, "{err}");
    let args = announce_args("Info biasa", now() + 72 * 3600, "info");
    let (ok, _, err) = kinerja(&app, &as_strs(&args)).await;
    assert!(!ok && err.contains("hanya untuk --kind pelatihan"), "{err}");

    for (p, name) in [
        (&o.siti, "Bimtek besok"),
        (&o.siti, "Bimtek lusa"),
        (&o.budi, "Bimtek lusa"),
    ] {
        let message = p.received(name).await;
        let data = message
            .reply_markup
            .as_ref()
            .and_then(|m| m["inline_keyboard"][0][0]["callback_data"].as_str())
            .map(String::from)
            .expect("Daftar under the training");
        let before = p.messages().len();
        p.taps_data(message.message_id, &data).await;
        p.tg.wait_for("the registration", support::PATIENCE, |_| {
            p.messages()[before..]
                .iter()
                .any(|m| m.text.contains("Anda terdaftar pada pelatihan"))
        })
        .await;
    }
    let reminder = o.siti.sees("Pengingat pelatihan besok").await;
    assert!(reminder.text.contains("Bimtek besok"), "{}", reminder.text);
    assert_eq!(Person::buttons_of(&reminder), ["Batalkan pendaftaran"]);
    app.restart().await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let count = |p: &Person| {
        p.messages()
            .iter()
            .filter(|m| m.text.contains("Pengingat pelatihan besok"))
            .count()
    };
    assert_eq!(
        count(&o.siti),
        1,
        "one reminder, for the training tomorrow only"
    );
    assert_eq!(count(&o.budi), 0, "Budi's training is in three days");
    assert_eq!(count(&o.tono), 0, "Tono did not register");
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_rule_change_is_acknowledged_asked_about_answered_published_and_reminded() {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;

    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps("📜 Perubahan Aturan").await;
    rina.taps("Semua pegawai").await;
    rina.says("Mulai 1 Januari 2027, bukti realisasi wajib diunggah paling lambat tanggal 5 bulan berikutnya <PermenPANRB 6/2022>.")
        .await;
    // Everyone but Rina, who wrote it.
    let note = rina.sees("Akan dikirim ke").await;
    assert!(
        note.text.contains("Akan dikirim ke 6 orang"),
        "{}",
        note.text
    );
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let id = latest_announcement(&app).await;

    let got = o.siti.sees("Perubahan Aturan").await;
    assert!(got.text.contains("<PermenPANRB 6/2022>"), "{}", got.text);
    assert_eq!(Person::buttons_of(&got), ["Sudah saya baca", "Tanya"]);
    let ack = o.siti.taps("Sudah saya baca").await.unwrap_or_default();
    assert!(ack.contains("sudah dibaca pada"), "{ack}");
    let twice = o.siti.taps("Sudah saya baca").await.unwrap_or_default();
    assert!(twice.contains("sudah mengonfirmasi"), "{twice}");
    o.budi.sees("Perubahan Aturan").await;
    o.budi.taps("Sudah saya baca").await;

    o.tono.sees("Perubahan Aturan").await;
    o.tono.taps("Tanya").await;
    o.tono.sees("Tulis pertanyaan").await;
    let sticker = o.tono.sends_sticker().await;
    assert!(sticker.text.contains("sebagai teks"), "{}", sticker.text);
    o.tono
        .says("Apakah foto kegiatan <lapangan> & daftar hadir cukup sebagai bukti?")
        .await;
    o.tono.sees("Pertanyaan terkirim").await;
    let question = rina.sees("Pertanyaan T").await;
    assert!(question.text.contains("Tono Sitompul"), "{}", question.text);
    let by_staff = o
        .siti
        .taps_data(o.siti.last_message().message_id, "at:j:1")
        .await
        .unwrap_or_default();
    assert!(by_staff.contains("admin BKD"), "{by_staff}");
    rina.taps("Jawab").await;
    rina.sees("Tulis jawaban").await;
    rina.says("Cukup, asalkan bertanggal & menyebut kegiatan.")
        .await;
    rina.sees("Jawaban terkirim ke Tono").await;
    let answer = o.tono.sees("Jawaban BKD").await;
    assert!(
        answer.text.contains("bertanggal & menyebut kegiatan"),
        "{}",
        answer.text
    );
    let list = o.tono.says("/pengumuman").await;
    assert!(
        list.text.contains("1 pertanyaan (1 dijawab)"),
        "{}",
        list.text
    );
    assert!(list.text.contains("belum dikonfirmasi"), "{}", list.text);
    let siti_list = o.siti.says("/pengumuman").await;
    assert!(
        siti_list.text.contains("sudah dibaca"),
        "{}",
        siti_list.text
    );

    rina.taps("Terbitkan sebagai FAQ").await;
    rina.sees("FAQ diterbitkan sebagai pengumuman").await;
    rina.sees(&format!("Pengumuman #{} selesai dikirim", id + 1))
        .await;
    let again = rina.taps("Terbitkan sebagai FAQ").await.unwrap_or_default();
    assert!(again.contains("sudah diterbitkan"), "{again}");
    for p in [&o.siti, &o.wati, &o.ahmad] {
        let faq = p.sees("Tanya-Jawab").await;
        assert!(
            faq.text.contains("Apakah foto kegiatan <lapangan>"),
            "{}",
            faq.text
        );
        assert!(faq.text.contains(&format!("tentang pengumuman #{id}")));
    }

    // Reminder: only the four who have not acknowledged, and only once per press.
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{id}")).await;
    let detail = rina.sees("Sudah membaca: 2 dari 6").await;
    assert!(
        detail.text.contains("Pertanyaan: 1 (0 belum dijawab)"),
        "{}",
        detail.text
    );
    rina.taps("Ingatkan yang belum membaca (4)").await;
    rina.sees("Pengingat dikirim ke 4 orang").await;
    let second = rina
        .taps("Ingatkan yang belum membaca (4)")
        .await
        .unwrap_or_default();
    assert!(second.contains("sudah dikirim"), "{second}");
    for p in [&o.tono, &o.uli, &o.wati, &o.ahmad] {
        let r = p.sees("Pengingat:").await;
        assert_eq!(Person::buttons_of(&r), ["Sudah saya baca", "Tanya"]);
    }
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    for p in [&o.siti, &o.budi] {
        assert!(
            !p.messages().iter().any(|m| m.text.contains("Pengingat:")),
            "acknowledgers are not reminded"
        );
    }
    o.uli.taps("Sudah saya baca").await;
    let (ok, out, _) = kinerja(&app, &["announce", "status", &id.to_string()]).await;
    assert!(ok);
    assert!(out.contains("Sudah membaca 3 dari 6"), "{out}");
    assert!(out.contains("pengingat 1 kali"), "{out}");
    app.assert_telegram_accepted_everything();
}

/// A text of exactly `units` characters as Telegram counts them (UTF-16 code units), full of
/// what escaping and UTF-16 make longer: `&`, `<`, `>` and an emoji outside the BMP.
fn text_of(units: usize) -> String {
    let mut text = "&<>📜".repeat(units / 5);
    text.push_str(&"x".repeat(units % 5));
    assert_eq!(text.encode_utf16().count(), units);
    text
}

/// The limit a prompt states: "paling banyak 4.077 huruf" is 4077.
fn stated_limit(prompt: &str) -> usize {
    let after = prompt
        .split("paling banyak ")
        .nth(1)
        .unwrap_or_else(|| panic!("no limit stated: {prompt}"));
    let number: String = after
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .filter(char::is_ascii_digit)
        .collect();
    number.parse().unwrap()
}

/// HR starts an announcement of a kind to Dinas Kesehatan and reads the limit it is told.
async fn compose_to_health_office(rina: &Person, kind: &str) -> usize {
    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps(kind).await;
    rina.taps("Pilih unit kerja").await;
    rina.taps("Dinas Kesehatan").await;
    rina.taps("Lanjut").await;
    stated_limit(&rina.sees("Tulis teks pengumuman").await.text)
}

#[tokio::test]
async fn an_announcement_up_to_its_stated_limit_goes_through_and_chat_and_command_line_ask_the_same_cut()
 {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;
    let dir = tempfile::tempdir().unwrap();

    // Info: no reminder around it, so its limit is the most Telegram's 4096 leaves.
    let limit = compose_to_health_office(rina, "📢 Info").await;
    assert!(limit >= 3900, "HR was promised at least 3900: {limit}");
    let too_long = text_of(limit + 5);
    let refused = rina.says(&too_long).await;
    let said = refused
        .text
        .lines()
        .next()
        .unwrap()
        .trim_start_matches("⚠️ ");
    assert!(said.contains("kurangi 5 huruf"), "{said}");
    let limit_said = format!("paling banyak {}", format_number(limit as f64));
    assert!(said.contains(&limit_said), "{said}");
    let file = dir.path().join("panjang.txt");
    std::fs::write(&file, &too_long).unwrap();
    let path = file.to_str().unwrap();
    let args = [
        "announce",
        "--kind",
        "info",
        "--audience",
        "semua",
        "--text-file",
        path,
    ];
    let (ok, _, err) = kinerja(&app, &args).await;
    assert!(!ok);
    assert!(err.contains(said), "the command line says the same: {err}");

    // Exactly the limit: previewed, sent and delivered, Telegram accepting every message.
    let at_limit = text_of(limit);
    rina.says(&at_limit).await;
    rina.sees("Akan dikirim ke 5 orang").await;
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let got = o.siti.received("Pengumuman BKD").await;
    assert!(got.text.ends_with(&at_limit), "the whole text arrives");
    std::fs::write(&file, &at_limit).unwrap();
    let (ok, _, err) = kinerja(&app, &args).await;
    assert!(ok, "{err}");

    // A rule change at its own (smaller) limit fits also in the reminder around it.
    let rule_limit = compose_to_health_office(rina, "📜 Perubahan Aturan").await;
    assert!(
        (3800..limit).contains(&rule_limit),
        "{rule_limit} vs {limit}"
    );
    let rule = text_of(rule_limit);
    rina.says(&rule).await;
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let id = latest_announcement(&app).await;
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{id}")).await;
    rina.taps("Ingatkan yang belum membaca (5)").await;
    rina.sees("Pengingat dikirim ke 5 orang").await;
    let reminder = o.budi.received("Pengingat:").await;
    assert!(
        reminder.text.contains(&rule),
        "the whole rule in the reminder"
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_author_of_a_rule_change_is_no_reader_of_it_unless_they_chose_their_own_unit() {
    let app = TestApp::spawn().await;
    let o = office(&app).await;
    let rina = &o.rina;

    // To everyone: the six others, not Rina.
    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps("📜 Perubahan Aturan").await;
    rina.taps("Semua pegawai").await;
    rina.says("Cuti tahunan kini diajukan lewat aplikasi.")
        .await;
    rina.sees("Akan dikirim ke 6 orang").await;
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let id = latest_announcement(&app).await;
    assert!(!app.store.is_recipient(id, RINA).await.unwrap());
    for p in [&o.siti, &o.budi] {
        p.received("Cuti tahunan").await;
        p.taps("Sudah saya baca").await;
    }
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{id}")).await;
    rina.sees("Sudah membaca: 2 dari 6").await;
    rina.taps("Ingatkan yang belum membaca (4)").await;
    rina.sees("Pengingat dikirim ke 4 orang").await;
    for p in [&o.ahmad, &o.tono, &o.uli, &o.wati] {
        p.received("Pengingat:").await;
    }
    let (ok, out, _) = kinerja(&app, &["announce", "status", &id.to_string()]).await;
    assert!(ok && out.contains("Sudah membaca 2 dari 6"), "{out}");

    // Her own unit, chosen by name: she is a recipient, and has read what she wrote.
    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps("📜 Perubahan Aturan").await;
    rina.taps("Pilih unit kerja").await;
    rina.taps("Badan Kepegawaian Daerah").await;
    rina.taps("Dinas Pendidikan").await;
    rina.taps("Lanjut").await;
    rina.says("Apel pagi pukul 07.30 mulai Senin.").await;
    rina.sees("Akan dikirim ke 2 orang").await;
    rina.taps("Kirim").await;
    rina.sees("selesai dikirim").await;
    let own = latest_announcement(&app).await;
    assert!(app.store.is_recipient(own, RINA).await.unwrap());
    // Her copy came after the preview: its button finds her reading already recorded.
    let ack = rina.taps("Sudah saya baca").await.unwrap_or_default();
    assert!(ack.contains("sudah mengonfirmasi"), "{ack}");
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{own}")).await;
    rina.sees("Sudah membaca: 1 dari 2").await;
    rina.taps("Ingatkan yang belum membaca (1)").await;
    rina.sees("Pengingat dikirim ke 1 orang").await;
    o.wati.received("Pengingat:").await;

    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert!(
        !rina
            .messages()
            .iter()
            .any(|m| m.text.contains("Pengingat:")),
        "the author is never reminded of what she wrote"
    );
    app.assert_telegram_accepted_everything();
}

/// The photos or documents the bot sent to these people: (uploads, sends by id, the ids).
fn file_sends(app: &TestApp, kind: &str, people: &[&Person]) -> (usize, usize, Vec<String>) {
    let chats: Vec<i64> = people.iter().map(|p| p.chat_id()).collect();
    let sends: Vec<_> = app
        .tg
        .file_sends()
        .into_iter()
        .filter(|f| f.kind == kind && chats.contains(&f.chat_id))
        .collect();
    let uploads = sends.iter().filter(|f| f.uploaded).count();
    let mut ids: Vec<String> = sends.iter().map(|f| f.file_id.clone()).collect();
    ids.dedup();
    (uploads, sends.len() - uploads, ids)
}

#[tokio::test]
async fn a_file_attached_on_the_command_line_is_uploaded_once_and_sent_to_the_rest_by_its_id() {
    let mut app = TestApp::spawn().await;
    let o = office(&app).await;
    let health = [&o.ahmad, &o.siti, &o.budi, &o.tono, &o.uli];
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, content: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_string()
    };
    let mut poster = vec![0xFF, 0xD8, 0xFF, 0xE0];
    poster.extend(std::iter::repeat_n(7u8, 4096));
    let poster_path = write("poster.jpg", &poster);
    let text = write(
        "apel.txt",
        "Apel Hari Kesehatan Nasional & pameran <Dinkes>.".as_bytes(),
    );

    // Written while the bot is down: the file waits in the database, not in memory.
    app.stop().await;
    let args = [
        "announce",
        "--kind",
        "info",
        "--audience",
        "unit:Dinas Kesehatan",
        "--text-file",
        &text,
        "--attach",
        &poster_path,
    ];
    let (ok, out, err) = kinerja(&app, &args).await;
    assert!(ok, "{err}");
    assert!(out.contains("5 penerima"), "{out}");
    app.restart().await;
    for p in health {
        let got = p.received("Apel Hari Kesehatan Nasional").await;
        assert_eq!(got.kind, "photo", "the text is the photo's caption");
        assert!(got.text.contains("& pameran <Dinkes>"), "{}", got.text);
    }
    let (uploads, by_id, ids) = file_sends(&app, "photo", &health);
    assert_eq!((uploads, by_id), (1, 4), "one upload, four sends of its id");
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(app.tg.file_content(&ids[0]).unwrap(), poster);

    // A document with a text too long for a caption: the file, then the text with it.
    let long = "Surat edaran tentang jam kerja selama Ramadan. ".repeat(40);
    let text = write("edaran.txt", long.as_bytes());
    let pdf = write("edaran.pdf", b"%PDF-1.4 surat edaran");
    let args = [
        "announce",
        "--kind",
        "aturan",
        "--audience",
        "unit:Dinas Kesehatan",
        "--text-file",
        &text,
        "--attach",
        &pdf,
    ];
    let (ok, _, err) = kinerja(&app, &args).await;
    assert!(ok, "{err}");
    let id = latest_announcement(&app).await;
    for p in health {
        let rule = p.received("Surat edaran tentang jam kerja").await;
        assert_eq!(Person::buttons_of(&rule), ["Sudah saya baca", "Tanya"]);
        let file = p
            .messages()
            .into_iter()
            .find(|m| m.kind == "document")
            .expect("the document");
        assert_eq!(
            file.text,
            format!("Lampiran pengumuman #{id} (teks di pesan berikut).")
        );
        assert!(file.message_id < rule.message_id, "the file comes first");
    }
    let (uploads, by_id, ids) = file_sends(&app, "document", &health);
    assert_eq!((uploads, by_id, ids.len()), (1, 4, 1));

    // A picture over Telegram's 10 MB for photos goes whole, as a document; over the 50 MB
    // a bot may upload it is refused before anything is written.
    let big = dir.path().join("baliho.jpg");
    let mut content = vec![0xFF, 0xD8, 0xFF, 0xE0];
    content.resize(11 * 1024 * 1024, 0);
    std::fs::write(&big, content).unwrap();
    let big = big.to_str().unwrap();
    let args = [
        "announce",
        "--kind",
        "info",
        "--audience",
        "unit:Dinas Pendidikan",
        "--text-file",
        &text,
        "--attach",
        big,
    ];
    let (ok, _, err) = kinerja(&app, &args).await;
    assert!(ok, "{err}");
    assert!(err.contains("dikirim sebagai dokumen"), "{err}");
    o.wati.received("Surat edaran").await;
    let (uploads, _, _) = file_sends(&app, "document", &[&o.wati]);
    assert_eq!(uploads, 1);
    let huge = dir.path().join("video.mp4");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(51 * 1024 * 1024)
        .unwrap();
    let before = latest_announcement(&app).await;
    let args = [
        "announce",
        "--kind",
        "info",
        "--audience",
        "semua",
        "--text-file",
        &text,
        "--attach",
        huge.to_str().unwrap(),
    ];
    let (ok, _, err) = kinerja(&app, &args).await;
    assert!(!ok);
    assert!(err.contains("paling besar 50 MB"), "{err}");
    assert_eq!(latest_announcement(&app).await, before);
    app.assert_telegram_accepted_everything();
}
