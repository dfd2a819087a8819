//! The daily log in e-Kinerja's shape (Progres Harian): one line understood at once, only
//! what is missing asked, refusals that say what is allowed, this week's list with Ubah and
//! Hapus (forged presses change nothing), and the month's export with e-Kinerja's columns
//! in its order, from the chat and from the command line.

mod support;

use calamine::{Data, Reader, Xlsx};
use chrono::{Duration, NaiveDate, Utc};
use chrono_tz::Asia::Jakarta;
use kinerja::daily_log::COLUMNS;
use kinerja::domain::daily::Month;
use kinerja::domain::evaluation::Period;
use kinerja::store::evaluations::DailyEntry;
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, TestApp};

fn today() -> NaiveDate {
    Utc::now().with_timezone(&Jakarta).date_naive()
}

/// Siti (staff) with an approved plan of one RHK and one indicator; Rina is HR.
async fn office() -> Office {
    let o = Office::open().await;
    o.approved_plan(
        STAF_SITI,
        KEPALA,
        &[(
            "Meningkatnya cakupan imunisasi <dasar> & lanjutan",
            &["Bayi diimunisasi lengkap"],
        )],
    )
    .await;
    o
}

/// Siti's entries of this week, oldest first.
async fn week(app: &TestApp) -> Vec<DailyEntry> {
    let monday = kinerja::domain::daily::week_start(today());
    app.store
        .dailies_between(STAF_SITI, &monday.to_string(), &today().to_string())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_whole_entry_in_one_line_is_understood_at_once() {
    let o = office().await;

    let list = o.siti.says("/harian").await;
    assert!(
        list.text.contains("Belum ada catatan minggu ini"),
        "{}",
        list.text
    );
    assert!(
        list.text
            .contains("08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan")
    );

    let saved = o
        .siti
        .says("08.00–10.30 Rapat koordinasi imunisasi <RW 2> & kader, 1 kegiatan")
        .await;
    assert!(saved.text.contains("Catatan tersimpan"), "{}", saved.text);
    assert!(
        saved.text.contains("Untuk indikator mana"),
        "{}",
        saved.text
    );
    assert!(saved.text.contains("Bukti dukung (boleh dilewati)"));
    let tagged = o.siti.taps_containing("1.1").await;
    assert_eq!(
        tagged.as_deref(),
        Some("Catatan ditandai ke indikator 1.1.")
    );
    let evidence = o.siti.says("https://drive.example/notulen-rapat").await;
    assert!(
        evidence.text.contains("Bukti dukung tersimpan"),
        "{}",
        evidence.text
    );

    // A photo with the one-line form as its caption: its evidence is the photo.
    o.siti.says("/harian").await;
    let photo = o
        .siti
        .sends_photo_id(
            "photo-posyandu",
            Some("13:00-14:00 Posyandu Melati, 25 orang"),
        )
        .await;
    assert!(photo.text.contains("Catatan tersimpan"), "{}", photo.text);
    assert!(!photo.text.contains("Bukti dukung (boleh dilewati)"));

    let entries = week(&o.app).await;
    assert_eq!(entries.len(), 2, "{entries:?}");
    let rapat = &entries[0];
    assert_eq!(rapat.day, today().to_string());
    assert_eq!(rapat.start_time.as_deref(), Some("08:00"));
    assert_eq!(rapat.end_time.as_deref(), Some("10:30"));
    assert_eq!(
        rapat.text.as_deref(),
        Some("Rapat koordinasi imunisasi <RW 2> & kader")
    );
    assert_eq!(rapat.result_value, Some(1));
    assert_eq!(rapat.result_unit.as_deref(), Some("kegiatan"));
    assert!(rapat.indicator_id.is_some());
    assert_eq!(
        rapat.link.as_deref(),
        Some("https://drive.example/notulen-rapat")
    );
    let posyandu = &entries[1];
    assert_eq!(posyandu.start_time.as_deref(), Some("13:00"));
    assert_eq!(posyandu.result_value, Some(25));
    assert_eq!(posyandu.file_kind.as_deref(), Some("photo"));
    assert_eq!(posyandu.file_id.as_deref(), Some("photo-posyandu"));

    // The week's list shows both with their buttons.
    let list = o.siti.says("/harian").await;
    assert!(
        list.text.contains(
            "08.00-10.30 · Rapat koordinasi imunisasi <RW 2> & kader · 1 kegiatan · RHK 1.1"
        ),
        "{}",
        list.text
    );
    assert!(
        list.text
            .contains("13.00-14.00 · Posyandu Melati · 25 orang · tanpa RHK"),
        "{}",
        list.text
    );
    let buttons = Person::buttons_of(&list);
    for b in ["Ubah 1", "Hapus 1", "Ubah 2", "Hapus 2", "Unduh bulan ini"] {
        assert!(buttons.iter().any(|x| x == b), "{b} in {buttons:?}");
    }
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn only_what_is_missing_is_asked_one_question_at_a_time() {
    let o = office().await;
    o.siti.says("/harian").await;

    let ask = o.siti.says("Menyusun laporan bulanan imunisasi").await;
    assert!(ask.text.contains("Jam berapa"), "{}", ask.text);
    // A time range that ends before it starts: refused, the same question stands.
    let refused = o.siti.says("10.30-08.00").await;
    assert!(
        refused.text.contains("Jam selesai harus sesudah jam mulai"),
        "{}",
        refused.text
    );
    let ask = o.siti.says("8.00 - 11.15").await;
    assert!(ask.text.contains("Berapa realisasinya"), "{}", ask.text);
    // A result that is not a whole number: refused, still asked.
    for not_whole in ["1,5 dokumen", "2.5"] {
        let refused = o.siti.says(not_whole).await;
        assert_eq!(
            refused.text, "Realisasi harus bilangan bulat, misalnya 3 dokumen.",
            "{not_whole}"
        );
    }
    let saved = o.siti.says("2 dokumen").await;
    assert!(saved.text.contains("Catatan tersimpan"), "{}", saved.text);
    // The evidence, a document, right after.
    let evidence = o
        .siti
        .sends_document("doc-laporan", "laporan-imunisasi.pdf", None)
        .await;
    assert!(
        evidence.text.contains("Bukti dukung tersimpan"),
        "{}",
        evidence.text
    );

    // Only the result missing: only the result is asked.
    o.siti.says("/harian").await;
    let ask = o.siti.says("13.00-15.00 Sweeping imunisasi").await;
    assert!(ask.text.contains("Berapa realisasinya"), "{}", ask.text);
    o.siti.says("12 orang").await;

    let entries = week(&o.app).await;
    assert_eq!(entries.len(), 2, "{entries:?}");
    let laporan = &entries[0];
    assert_eq!(
        (laporan.start_time.as_deref(), laporan.end_time.as_deref()),
        (Some("08:00"), Some("11:15"))
    );
    assert_eq!(
        laporan.text.as_deref(),
        Some("Menyusun laporan bulanan imunisasi")
    );
    assert_eq!(laporan.result_value, Some(2));
    assert_eq!(laporan.result_unit.as_deref(), Some("dokumen"));
    assert_eq!(laporan.file_kind.as_deref(), Some("document"));
    assert_eq!(laporan.file_name.as_deref(), Some("laporan-imunisasi.pdf"));
    assert_eq!(entries[1].result_value, Some(12));
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_time_range_that_ends_before_it_starts_is_refused() {
    let o = office().await;
    o.siti.says("/harian").await;

    let refused = o.siti.says("14.00-09.00 Rapat evaluasi, 1 kegiatan").await;
    assert_eq!(
        refused.text,
        "Jam selesai harus sesudah jam mulai, misalnya 08.00–10.30."
    );
    assert!(week(&o.app).await.is_empty());
    // The corrected line is taken.
    let saved = o.siti.says("09.00-14.00 Rapat evaluasi, 1 kegiatan").await;
    assert!(saved.text.contains("Catatan tersimpan"), "{}", saved.text);
    assert_eq!(week(&o.app).await.len(), 1);
}

#[tokio::test]
async fn a_result_that_is_not_a_whole_number_is_refused() {
    let o = office().await;
    o.siti.says("/harian").await;

    let refused = o
        .siti
        .says("08.00-10.00 Verifikasi data, 1,5 dokumen")
        .await;
    assert_eq!(
        refused.text,
        "Realisasi harus bilangan bulat, misalnya 3 dokumen."
    );
    assert!(week(&o.app).await.is_empty());
}

#[tokio::test]
async fn an_entry_for_a_day_outside_this_week_is_refused() {
    let o = office().await;
    o.siti.says("/harian").await;

    let last_week = today() - Duration::days(8);
    let line = format!(
        "{} 08.00-10.00 Rapat, 1 kegiatan",
        last_week.format("%-d/%-m/%Y")
    );
    let refused = o.siti.says(&line).await;
    assert!(
        refused
            .text
            .starts_with("Catatan harian hanya untuk minggu ini:"),
        "{}",
        refused.text
    );
    assert!(refused.text.contains("hari ini"), "{}", refused.text);
    let tomorrow = today() + Duration::days(1);
    let refused = o
        .siti
        .says(&format!(
            "{} 08.00-10.00 Rapat, 1 kegiatan",
            tomorrow.format("%-d/%-m/%Y")
        ))
        .await;
    assert!(
        refused.text.contains("hanya untuk minggu ini"),
        "{}",
        refused.text
    );
    assert!(week(&o.app).await.is_empty());

    // Earlier this week is fine (on a Monday, only today is).
    let monday = kinerja::domain::daily::week_start(today());
    let saved = o
        .siti
        .says(&format!(
            "{} 08.00-10.00 Rapat, 1 kegiatan",
            monday.format("%-d/%-m")
        ))
        .await;
    assert!(saved.text.contains("Catatan tersimpan"), "{}", saved.text);
    assert_eq!(week(&o.app).await[0].day, monday.to_string());
}

#[tokio::test]
async fn entries_are_edited_and_deleted_and_a_forged_delete_changes_nothing() {
    let o = office().await;
    // An entry from before the e-Kinerja shape: no times, no result.
    o.app
        .store
        .add_daily(STAF_SITI, &today().to_string(), Some("Catatan lama"), None)
        .await
        .unwrap();
    o.siti.says("/harian").await;
    o.siti
        .says("08.00-10.30 Rapat koordinasi, 1 kegiatan")
        .await;
    o.siti.taps_containing("1.1").await;

    let list = o.siti.says("/harian").await;
    assert!(
        list.text.contains("Catatan lama · tanpa RHK"),
        "{}",
        list.text
    );
    let entries = week(&o.app).await;
    assert_eq!(entries.len(), 2);
    let (old, rapat) = (entries[0].id, entries[1].id);

    // Ubah: the line comes back to be rewritten; evidence and tag stay.
    o.siti.taps("Ubah 2").await;
    let prompt = o.siti.sees("Tulis ulang catatan ini").await;
    assert!(
        prompt
            .text
            .contains("08.00-10.30 Rapat koordinasi, 1 kegiatan"),
        "{}",
        prompt.text
    );
    let changed = o
        .siti
        .says("08.00-09.30 Rapat koordinasi lanjutan, 2 kegiatan")
        .await;
    assert!(changed.text.contains("Catatan diubah"), "{}", changed.text);
    let after = o
        .app
        .store
        .daily_of(rapat, STAF_SITI)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.end_time.as_deref(), Some("09:30"));
    assert_eq!(after.text.as_deref(), Some("Rapat koordinasi lanjutan"));
    assert_eq!(after.result_value, Some(2));
    assert!(after.indicator_id.is_some(), "the tag stays");

    // Or one part only: the result is asked again, the rest stays.
    o.siti.says("/harian").await;
    o.siti.taps("Ubah 2").await;
    o.siti.taps("Ubah realisasi").await;
    o.siti.sees("Berapa realisasinya").await;
    let refused = o.siti.says("2,5 kegiatan").await;
    assert!(refused.text.contains("bilangan bulat"), "{}", refused.text);
    let changed = o.siti.says("3 kegiatan").await;
    assert!(changed.text.contains("Catatan diubah"), "{}", changed.text);
    let after = o
        .app
        .store
        .daily_of(rapat, STAF_SITI)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(after.result_value, Some(3));
    assert_eq!(after.end_time.as_deref(), Some("09:30"));
    assert_eq!(after.text.as_deref(), Some("Rapat koordinasi lanjutan"));

    // Rina forges Siti's buttons: nothing changes.
    let hers = o.rina.says("/harian").await;
    for data in [
        format!("hh:dy:{rapat}"),
        format!("hh:d:{old}"),
        format!("hh:e:{old}"),
    ] {
        let answer = o.rina.taps_data(hers.message_id, &data).await;
        assert!(
            answer.unwrap_or_default().contains("tidak berlaku"),
            "{data}"
        );
    }
    assert_eq!(week(&o.app).await.len(), 2);
    o.rina.says("08.00-09.00 Apel pagi, 1 kegiatan").await;
    assert_eq!(week(&o.app).await.len(), 2, "Rina's entry is hers");

    // Hapus asks first; Ya, hapus deletes only that one.
    o.siti.says("/harian").await;
    o.siti.taps("Hapus 1").await;
    let confirm = o.siti.sees("Hapus catatan ini?").await;
    assert!(confirm.text.contains("Catatan lama"), "{}", confirm.text);
    let answer = o.siti.taps("Ya, hapus").await;
    assert_eq!(answer.as_deref(), Some("Catatan dihapus."));
    let left = week(&o.app).await;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, rapat);
    // The same confirmation again is stale.
    let again = o
        .siti
        .taps_data(confirm.message_id, &format!("hh:dy:{old}"))
        .await;
    assert!(again.unwrap_or_default().contains("tidak berlaku"));
    o.app.assert_telegram_accepted_everything();
}

fn cells(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a BOM for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(bytes);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// What both files must hold, whatever day of the month the test runs.
fn check_rows(rows: &[Vec<String>]) {
    assert_eq!(rows[0], COLUMNS.map(str::to_string));
    assert_eq!(rows.len(), 4, "{rows:?}");
    let date = today().format("%d/%m/%Y").to_string();
    // The old entry (no times, no result) first: empty cells, its photo as evidence.
    assert_eq!(rows[1], [&date, "", "", "Catatan lama", "", "", "", "foto"]);
    assert_eq!(
        rows[2],
        [
            &date,
            "08:00",
            "10:30",
            "Rapat koordinasi <RW 2> & kader",
            "1",
            "kegiatan",
            "Meningkatnya cakupan imunisasi <dasar> & lanjutan",
            "https://drive.example/notulen",
        ]
    );
    assert_eq!(
        rows[3],
        [
            &date,
            "13:00",
            "15:00",
            "Menyusun laporan",
            "3",
            "dokumen",
            "",
            "laporan.pdf"
        ]
    );
}

#[tokio::test]
async fn the_month_export_has_e_kinerjas_columns_in_its_order() {
    let o = office().await;
    o.app
        .store
        .add_daily(
            STAF_SITI,
            &today().to_string(),
            Some("Catatan lama"),
            Some(("photo", "photo-lama")),
        )
        .await
        .unwrap();
    o.siti.says("/harian").await;
    o.siti
        .says(
            "08.00-10.30 Rapat koordinasi <RW 2> & kader, 1 kegiatan https://drive.example/notulen",
        )
        .await;
    o.siti.taps_containing("1.1").await;
    o.siti.says("/harian").await;
    o.siti
        .sends_document(
            "doc-lap",
            "laporan.pdf",
            Some("13.00-15.00 Menyusun laporan, 3 dokumen"),
        )
        .await;

    // In the chat: both files under the week's list.
    o.siti.says("/harian").await;
    o.siti.taps("Unduh bulan ini").await;
    o.siti.sees("Progres Harian").await;
    let docs = || {
        o.siti
            .arrived()
            .into_iter()
            .filter(|m| m.kind == "document")
            .collect::<Vec<_>>()
    };
    for _ in 0..50 {
        if docs().len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let docs = docs();
    assert_eq!(docs.len(), 2);
    let month = Month::of(today());
    let stem = format!("progres-harian-{STAF_SITI}-{}", month.key());
    let bytes_of = |ext: &str| {
        let doc = docs
            .iter()
            .find(|d| d.media["document"]["file_name"] == format!("{stem}.{ext}"))
            .unwrap_or_else(|| panic!("{stem}.{ext} in {docs:?}"));
        o.app
            .tg
            .file_content(doc.file_id.as_deref().unwrap())
            .unwrap()
    };
    let mut book = Xlsx::new(std::io::Cursor::new(bytes_of("xlsx"))).unwrap();
    let sheet = book.sheet_names()[0].clone();
    check_rows(&cells(&book.worksheet_range(&sheet).unwrap()));
    check_rows(&csv_rows(&bytes_of("csv")));

    // From the command line: the same files.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    support::cli(
        &o.app.db.url,
        &[
            "harian",
            "export",
            "--nip",
            STAF_SITI,
            "--month",
            &month.key(),
            "--out",
            out,
        ],
    )
    .await
    .expect_ok();
    let mut book = Xlsx::new(std::io::Cursor::new(
        std::fs::read(dir.path().join(format!("{stem}.xlsx"))).unwrap(),
    ))
    .unwrap();
    check_rows(&cells(&book.worksheet_range(&sheet).unwrap()));
    check_rows(&csv_rows(
        &std::fs::read(dir.path().join(format!("{stem}.csv"))).unwrap(),
    ));

    // An unknown NIP is refused.
    let run = support::cli(
        &o.app.db.url,
        &[
            "harian", "export", "--nip", STAF_BUDI, "--month", "2026-13", "--out", out,
        ],
    )
    .await;
    assert!(!run.ok);
    assert!(run.stderr.contains("2026-13"), "{}", run.stderr);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_long_week_is_paged_and_a_tagged_link_becomes_the_quarters_evidence() {
    let o = office().await;
    let day = today().to_string();
    for n in 0..8 {
        let (start, end) = (format!("{:02}:00", 7 + n), format!("{:02}:30", 7 + n));
        let activity = format!("Kegiatan ke-{}", n + 1);
        let entry = kinerja::store::evaluations::NewDaily {
            day: &day,
            start_time: &start,
            end_time: &end,
            activity: &activity,
            result_value: 1,
            result_unit: "kegiatan",
            link: Some("https://drive.example/bukti"),
        };
        o.app
            .store
            .add_daily_entry(STAF_SITI, &entry, None)
            .await
            .unwrap();
    }
    let first = o.siti.says("/harian").await;
    assert!(first.text.contains("Halaman 1 dari 2"), "{}", first.text);
    assert!(first.text.contains("Kegiatan ke-6"), "{}", first.text);
    assert!(!first.text.contains("Kegiatan ke-7"), "{}", first.text);
    o.siti.taps("Lanjut ▶").await;
    let second = o.siti.last_message();
    assert!(second.text.contains("Halaman 2 dari 2"), "{}", second.text);
    assert!(second.text.contains("8."), "{}", second.text);
    let buttons = Person::buttons_of(&second);
    assert!(buttons.iter().any(|b| b == "Hapus 8"), "{buttons:?}");

    // Tagged, the entry's link is offered in /realisasi and becomes a link evidence.
    let id = week(&o.app).await[0].id;
    let indicator = o
        .app
        .store
        .approved_content(STAF_SITI, Period::quarter_of(today()).year)
        .await
        .unwrap()
        .unwrap()
        .rhk[0]
        .indikator[0]
        .id;
    o.app
        .store
        .tag_daily(id, STAF_SITI, indicator)
        .await
        .unwrap();
    let overview = o.siti.says("/realisasi").await;
    if overview.text.contains("Pilih periode") {
        o.siti.taps(&Period::quarter_of(today()).label()).await;
    }
    o.siti.taps("Isi 1.1").await;
    let ask = o.siti.says("10 orang").await;
    assert!(ask.text.contains("1 catatan harian"), "{}", ask.text);
    o.siti.taps("Pakai catatan harian").await;
    o.siti.sees("dipakai sebagai bukti").await;
    let stored = o
        .app
        .store
        .realisations(STAF_SITI, Period::quarter_of(today()))
        .await
        .unwrap();
    let evidence = &stored[0].evidence;
    assert_eq!(evidence.len(), 1, "{evidence:?}");
    assert_eq!(evidence[0].kind, "link");
    assert_eq!(
        evidence[0].url.as_deref(),
        Some("https://drive.example/bukti")
    );
    o.app.assert_telegram_accepted_everything();
}
