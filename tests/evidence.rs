//! Evidence as a link: with a public URL configured, the month's daily log (the chat's
//! Unduh bulan ini, `kinerja harian export`) and the city's e-Kinerja export carry each
//! evidence file as a signed, expiring link, and the HTTP server of `kinerja run --listen`
//! serves it, fetched from the (fake) Bot API when opened. A link changed in any way is
//! 403, an expired one 410, a row gone 404, what Telegram refuses 502.

mod support;

use std::process::Stdio;
use std::time::Duration;

use calamine::{Data, Reader, Xlsx};
use chrono::Utc;
use chrono_tz::Asia::Jakarta;
use kinerja::domain::daily::Month;
use kinerja::domain::evaluation::Period;
use kinerja::domain::evidence::{EvidenceKind, LinkSigner};
use support::office::Office;
use support::roster_fixture::*;
use support::{FakeTelegram, PATIENCE, TestApp, TestDb};

const PHOTO: &[u8] = b"\xFF\xD8\xFF\xE0 foto posyandu melati \x00\x01\x02 \xFF\xD9";
const PDF: &[u8] = b"%PDF-1.4\n laporan kegiatan \n%%EOF\n";

fn today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&Jakarta).date_naive()
}

/// A port free on 127.0.0.1 a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").expect("a BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn sheet_rows(bytes: Vec<u8>, sheet: &str) -> Vec<Vec<String>> {
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let name = if sheet.is_empty() {
        book.sheet_names()[0].clone()
    } else {
        sheet.to_string()
    };
    book.worksheet_range(&name)
        .unwrap()
        .rows()
        .map(|r| r.iter().map(Data::to_string).collect())
        .collect()
}

/// The links under `base` in a cell (a cell may hold a typed link too).
fn links_in(cell: &str, base: &str) -> Vec<String> {
    cell.split(|c: char| c == ';' || c.is_whitespace())
        .filter(|part| part.starts_with(base))
        .map(str::to_string)
        .collect()
}

/// The Bukti Dukung cell of each data row.
fn evidence_column(rows: &[Vec<String>]) -> Vec<String> {
    let at = rows[0]
        .iter()
        .position(|h| h == "Bukti Dukung")
        .expect("a Bukti Dukung column");
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

struct Got {
    status: u16,
    content_type: String,
    disposition: String,
    body: Vec<u8>,
}

async fn get(url: &str) -> Got {
    let response = reqwest::get(url).await.expect("GET");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let (content_type, disposition) = (header("content-type"), header("content-disposition"));
    Got {
        status: response.status().as_u16(),
        content_type,
        disposition,
        body: response.bytes().await.unwrap().to_vec(),
    }
}

/// (the link up to `?`, exp, sig) of a link.
fn parts(link: &str) -> (String, i64, String) {
    let url: url::Url = link.parse().unwrap();
    let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    let path = link.split('?').next().unwrap().to_string();
    (path, query["exp"].parse().unwrap(), query["sig"].clone())
}

/// The two files of Unduh bulan ini, once both arrived.
async fn month_export(o: &Office) -> (Vec<u8>, Vec<u8>) {
    o.siti.says("/harian").await;
    o.siti.taps("Unduh bulan ini").await;
    o.siti.sees("Progres Harian").await;
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let docs: Vec<_> = o
            .siti
            .arrived()
            .into_iter()
            .filter(|m| m.kind == "document")
            .collect();
        if docs.len() == 2 {
            let bytes = |ext: &str| {
                let doc = docs
                    .iter()
                    .find(|d| {
                        d.media["document"]["file_name"]
                            .as_str()
                            .is_some_and(|n| n.ends_with(ext))
                    })
                    .unwrap();
                o.app
                    .tg
                    .file_content(doc.file_id.as_deref().unwrap())
                    .unwrap()
            };
            return (bytes(".xlsx"), bytes(".csv"));
        }
        assert!(std::time::Instant::now() < deadline, "the two files");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn an_exported_photo_link_gives_the_photo_and_a_changed_link_gives_nothing() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = TestApp::spawn_with_public_url(&base).await;
    let route = app.evidence_route().await;
    let signer = route.signer.clone();
    let router = kinerja::runtime::http::router(
        app.store.clone(),
        std::sync::Arc::new(Default::default()),
        None,
        Some(route),
    );
    let server = tokio::spawn(kinerja::runtime::http::serve(
        listener,
        router,
        std::future::pending(),
    ));
    let o = Office::open_on(app, &csv()).await;
    o.app.tg.add_photo("photo-posyandu");
    o.app.tg.add_file("photo-posyandu", PHOTO);
    o.app.tg.add_file("doc-laporan", PDF);

    // A photo with its entry as the caption, a document with a typed link.
    o.siti.says("/harian").await;
    let saved = o
        .siti
        .sends_photo_id(
            "photo-posyandu",
            Some("13:00-14:00 Posyandu Melati, 25 orang"),
        )
        .await;
    assert!(saved.text.contains("Catatan tersimpan"), "{}", saved.text);
    o.siti.says("/harian").await;
    o.siti
        .sends_document(
            "doc-laporan",
            "Laporan Mei.pdf",
            Some("15.00-16.00 Menyusun laporan, 1 dokumen https://drive.example/lap"),
        )
        .await;

    let (xlsx, csv) = month_export(&o).await;
    let from_csv = evidence_column(&csv_rows(&csv));
    let from_xlsx = evidence_column(&sheet_rows(xlsx, ""));
    assert_eq!(from_csv, from_xlsx, "the same cells in both files");
    assert_eq!(from_csv.len(), 2, "{from_csv:?}");
    let photo_links = links_in(&from_csv[0], &base);
    assert_eq!(photo_links.len(), 1, "{from_csv:?}");
    let doc_cell = &from_csv[1];
    assert!(
        doc_cell.starts_with("https://drive.example/lap; "),
        "the typed link is kept: {doc_cell}"
    );
    let doc_links = links_in(doc_cell, &base);
    assert_eq!(doc_links.len(), 1, "{doc_cell}");

    // Opened: exactly the bytes Telegram holds, named and typed.
    let photo = get(&photo_links[0]).await;
    assert_eq!(photo.status, 200);
    assert_eq!(photo.body, PHOTO);
    assert_eq!(photo.content_type, "image/jpeg");
    assert!(
        photo
            .disposition
            .starts_with("inline; filename=\"bukti-harian-"),
        "{}",
        photo.disposition
    );
    let doc = get(&doc_links[0]).await;
    assert_eq!(doc.status, 200);
    assert_eq!(doc.body, PDF);
    assert_eq!(doc.content_type, "application/pdf");
    assert!(
        doc.disposition
            .contains("filename*=UTF-8''Laporan%20Mei.pdf"),
        "{}",
        doc.disposition
    );

    // A signature changed in one place, or taken to another row: 403.
    let (path, exp, sig) = parts(&photo_links[0]);
    let mut tampered = sig.clone().into_bytes();
    tampered[0] = if tampered[0] == b'a' { b'b' } else { b'a' };
    let tampered = String::from_utf8(tampered).unwrap();
    let forged = get(&format!("{path}?exp={exp}&sig={tampered}")).await;
    assert_eq!(forged.status, 403);
    let (doc_path, _, _) = parts(&doc_links[0]);
    let other_row = get(&format!("{doc_path}?exp={exp}&sig={sig}")).await;
    assert_eq!(
        other_row.status, 403,
        "another row with the photo's signature"
    );
    assert_eq!(
        get(&format!("{path}?exp={}&sig={sig}", exp + 1))
            .await
            .status,
        403
    );
    assert_eq!(get(&format!("{path}?exp={exp}")).await.status, 403);
    assert_ne!(forged.body, PHOTO);

    // A genuine link whose time is over: 410, said in Indonesian.
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let past = Utc::now().timestamp() - 60;
    let expired = get(&signer.link_until(EvidenceKind::Daily, id, past)).await;
    assert_eq!(expired.status, 410);
    let page = String::from_utf8(expired.body).unwrap();
    assert!(page.contains("kedaluwarsa"), "{page}");

    // A row that does not exist, signed: 404. A link kind that does not exist: 404.
    let missing = get(&signer.link(EvidenceKind::Daily, id + 1000, Utc::now().timestamp())).await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        get(&format!("{base}/bukti/lain/{id}?exp={exp}&sig={sig}"))
            .await
            .status,
        404
    );

    // Deleted: the link stops giving the file.
    let removed = o.app.store.delete_daily(id, STAF_SITI).await.unwrap();
    assert!(removed);
    assert_eq!(get(&photo_links[0]).await.status, 404);

    o.app.assert_telegram_accepted_everything();

    // Telegram refusing the file (over 20 MB, or no longer known): 502, said plainly.
    o.app
        .tg
        .add_file("doc-laporan", &vec![b'x'; 21 * 1024 * 1024]);
    let big = get(&doc_links[0]).await;
    assert_eq!(big.status, 502);
    assert!(String::from_utf8(big.body).unwrap().contains("20 MB"));
    let lost = o
        .app
        .store
        .add_daily(
            STAF_SITI,
            &today().to_string(),
            Some("Catatan lama"),
            Some(("photo", "photo-lost")),
        )
        .await
        .unwrap();
    let gone = get(&signer.link(EvidenceKind::Daily, lost, Utc::now().timestamp())).await;
    assert_eq!(gone.status, 502);
    assert!(String::from_utf8(gone.body).unwrap().contains("Telegram"));

    assert_eq!(
        o.app.tg.calls_of("getFile").len(),
        4,
        "one getFile a link opened, and no more"
    );
    server.abort();
}

#[tokio::test]
async fn the_e_kinerja_export_links_the_realisation_evidence() {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let app = TestApp::spawn_with_public_url(&base).await;
    let o = Office::open_on(app, &csv()).await;
    o.approved_plan(
        STAF_SITI,
        KEPALA,
        &[("Meningkatnya cakupan imunisasi", &["Bayi diimunisasi"])],
    )
    .await;
    let period = Period::quarter_of(today());
    let indicator = o
        .app
        .store
        .approved_content(STAF_SITI, period.year)
        .await
        .unwrap()
        .unwrap()
        .rhk[0]
        .indikator[0]
        .id;
    o.app.tg.add_photo("photo-imunisasi");
    o.app.tg.add_file("photo-imunisasi", PHOTO);
    let store = &o.app.store;
    store
        .add_evidence(
            STAF_SITI,
            period,
            indicator,
            "link",
            None,
            Some("https://drive.example/rekap"),
            None,
        )
        .await
        .unwrap();
    store
        .add_evidence(
            STAF_SITI,
            period,
            indicator,
            "photo",
            Some("photo-imunisasi"),
            None,
            Some("foto"),
        )
        .await
        .unwrap();

    // The command line's report with the same public URL: the key is the database's.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let period_key = period.key();
    let args = [
        "report",
        "--period",
        &period_key,
        "--format",
        "xlsx",
        "--out",
        out,
    ];
    let mut with_url = args.to_vec();
    with_url.extend(["--public-url", &base]);
    support::cli(&o.app.db.url, &with_url).await.expect_ok();
    let file = dir
        .path()
        .join(format!("laporan-kinerja-{period_key}.xlsx"));
    let rows = sheet_rows(
        std::fs::read(&file).unwrap(),
        &format!("e-Kinerja {}", period.year),
    );
    let header = &rows[0];
    assert_eq!(header.last().map(String::as_str), Some("Bukti Dukung"));
    let siti = rows.iter().find(|r| r[0] == STAF_SITI).expect("Siti's row");
    let cell = siti.last().unwrap();
    let quarter = format!("TW {}", period.kind.code());
    assert!(
        cell.starts_with(&format!(
            "{quarter}: https://drive.example/rekap; {quarter}: {base}/bukti/realisasi/"
        )),
        "{cell}"
    );
    let link = &links_in(cell, &base)[0];

    // Served by the route with that key.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap();
    let router = kinerja::runtime::http::router(
        o.app.store.clone(),
        std::sync::Arc::new(Default::default()),
        None,
        Some(o.app.evidence_route().await),
    );
    let server = tokio::spawn(kinerja::runtime::http::serve(
        listener,
        router,
        std::future::pending(),
    ));
    let got = get(link).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.body, PHOTO);
    let (path, exp, sig) = parts(link);
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let daily = format!("{base}/bukti/harian/{id}?exp={exp}&sig={sig}");
    assert_eq!(get(&daily).await.status, 403, "the same id as another kind");
    server.abort();

    // Without a public URL the cell names the file, as before.
    support::cli(&o.app.db.url, &args).await.expect_ok();
    let rows = sheet_rows(
        std::fs::read(&file).unwrap(),
        &format!("e-Kinerja {}", period.year),
    );
    let siti = rows.iter().find(|r| r[0] == STAF_SITI).unwrap();
    assert_eq!(
        siti.last().unwrap(),
        &format!("{quarter}: https://drive.example/rekap; {quarter}: foto")
    );
    o.app.assert_telegram_accepted_everything();
}

/// The real `kinerja run --listen --public-url` serves the links `kinerja harian export
/// --public-url` wrote (another process, the same database key); a public URL that is not
/// HTTPS, or one without --listen, is refused with a message that says what to do.
#[tokio::test]
async fn kinerja_run_serves_the_links_of_the_command_lines_export() {
    let db = TestDb::create().await;
    let store = kinerja::store::Store::connect(&db.url).await.unwrap();
    let raw = kinerja::domain::roster::read_csv(csv().as_bytes()).unwrap();
    let (rows, _) = kinerja::domain::roster::parse_rows(raw);
    store
        .import_roster(
            &rows,
            &[],
            false,
            false,
            "test",
            kinerja::bot::approval::moved_notices,
        )
        .await
        .unwrap();
    let tg = FakeTelegram::start().await;
    tg.add_photo("photo-rapat");
    tg.add_file("photo-rapat", PHOTO);
    store
        .add_daily(
            STAF_SITI,
            &today().to_string(),
            Some("Rapat"),
            Some(("photo", "photo-rapat")),
        )
        .await
        .unwrap();

    let refused = |args: &[&str]| {
        let mut command = support::kinerja_run(&db.url, &tg);
        command
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let out = command.output().unwrap();
        assert!(!out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let listen = format!("127.0.0.1:{}", free_port());
    let err = refused(&[
        "--listen",
        &listen,
        "--public-url",
        "http://kinerja.example.go.id",
    ]);
    assert!(
        err.contains("--public-url http://kinerja.example.go.id/") && err.contains("https://"),
        "{err}"
    );
    let err = refused(&["--public-url", "https://kinerja.example.go.id"]);
    assert!(err.contains("--listen"), "{err}");

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut command = support::kinerja_run(&db.url, &tg);
    command
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--public-url",
            &base,
        ])
        .stderr(Stdio::inherit());
    let mut bot = tokio::process::Command::from(command)
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + PATIENCE;
    while reqwest::get(format!("{base}/healthz")).await.is_err() {
        assert!(std::time::Instant::now() < deadline, "the server answers");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let dir = tempfile::tempdir().unwrap();
    let month = Month::of(today()).key();
    let run = support::cli(
        &db.url,
        &[
            "harian",
            "export",
            "--nip",
            STAF_SITI,
            "--month",
            &month,
            "--out",
            dir.path().to_str().unwrap(),
            "--public-url",
            &base,
        ],
    )
    .await;
    run.expect_ok();
    let csv = std::fs::read(
        dir.path()
            .join(format!("progres-harian-{STAF_SITI}-{month}.csv")),
    )
    .unwrap();
    let cells = evidence_column(&csv_rows(&csv));
    let link = &links_in(&cells[0], &base)[0];
    let expected = Utc::now().timestamp() + 400 * 86_400;
    let (_, exp, _) = parts(link);
    assert!(
        (exp - expected).abs() < 120,
        "400 days by default: {exp} vs {expected}"
    );
    let got = get(link).await;
    assert_eq!(got.status, 200);
    assert_eq!(got.body, PHOTO);
    let forged = LinkSigner::new(&base.parse().unwrap(), b"not the key", 400);
    let (path, _, _) = parts(link);
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(
        get(&forged.link(EvidenceKind::Daily, id, Utc::now().timestamp()))
            .await
            .status,
        403
    );

    let pid = bot.id().unwrap().to_string();
    let _ = tokio::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .await;
    let exit = tokio::time::timeout(PATIENCE, bot.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(exit.success(), "{exit:?}");
}
