//! Every sentence a person reads in the chat, in one place. Texts are HTML (the parse mode
//! the bot uses everywhere); anything that came from a person or the roster goes through
//! [`esc`] here, so a name like `Siti <Nur> & Rekan` can never break a message.

use teloxide::utils::html::escape;

use super::assessment::PeriodStatus;
use crate::domain::evaluation::{Period, Predikat, Rating, Window, achievement};
use crate::domain::person::{Person, Roles};
use crate::domain::plan::{Aspek, Change, Indikator, NilaiBerakhlak, PlanContent, PlanStatus, Rhk};
use crate::domain::quantity::{Quantity, format_number};
use crate::domain::time::format_wib;
use crate::store::broadcast::DeliveryStatus;
use crate::store::employees::{TeamMember, UnitRegistration};
use crate::store::evaluations::{EvaluationRow, Realisation};
use crate::store::plans::{VersionRow, Waiting};
use crate::store::reports::DataReport;

/// Escapes user or roster text for HTML.
pub fn esc(s: &str) -> String {
    escape(s)
}

/// Button labels, the same words everywhere.
pub mod button {
    pub const SHARE_CONTACT: &str = "📱 Bagikan nomor telepon saya";
    pub const MY_DATA: &str = "Data saya";
    pub const REPORT_WRONG_DATA: &str = "Laporkan data salah";
    pub const TEAM: &str = "Tim saya";
    pub const REGISTRATION: &str = "Status pendaftaran";
    pub const HELP: &str = "Bantuan";
    pub const NEXT: &str = "Lanjut ▶";
    pub const BACK: &str = "◀ Kembali";
    pub const OPEN_REPORTS: &str = "Lihat laporan data salah";
    pub const HANDLED: &str = "Selesai ditangani";
}

pub fn welcome_unregistered() -> String {
    "Selamat datang di <b>Kinerja</b>, layanan kinerja ASN Pemerintah Kota Sibolga.\n\n\
     Untuk mendaftar, tekan tombol <b>📱 Bagikan nomor telepon saya</b> di bawah. \
     Nomor Anda dicocokkan dengan data kepegawaian BKD.\n\n\
     Nomor Anda tidak terdaftar di BKD? Buka tautan atau pindai kode QR undangan dari admin BKD."
        .to_string()
}

pub fn registered(person: &Person) -> String {
    format!(
        "Terima kasih, <b>{}</b>. Akun Telegram Anda sekarang terhubung dengan NIP <code>{}</code> ({}).\n\n\
         Periksa data Anda dengan /datasaya; jika ada yang salah, laporkan ke BKD dari sana.",
        esc(&person.nama),
        esc(&person.nip),
        esc(&person.unit_kerja)
    )
}

pub fn already_registered(person: &Person) -> String {
    format!(
        "Anda sudah terdaftar sebagai <b>{}</b> (NIP <code>{}</code>).",
        esc(&person.nama),
        esc(&person.nip)
    )
}

pub fn not_registered() -> String {
    "Anda belum terdaftar. Kirim /start untuk mendaftar dengan nomor telepon atau kode undangan BKD."
        .to_string()
}

pub fn menu(person: &Person) -> String {
    format!("Menu untuk <b>{}</b>. Pilih salah satu:", esc(&person.nama))
}

pub fn help(roles: Option<Roles>) -> String {
    let mut text = String::from(
        "<b>Bantuan Kinerja</b>\n\n\
         /start — mendaftar (bagikan nomor telepon atau buka tautan undangan BKD)\n\
         /menu — tombol untuk semua yang dapat Anda lakukan\n\
         /datasaya — data kepegawaian Anda; laporkan jika ada yang salah\n",
    );
    if roles.is_some_and(|r| r.supervisor) {
        text.push_str("/tim — bawahan langsung Anda dan status pendaftarannya\n");
    }
    if roles.is_some_and(|r| r.admin) {
        text.push_str("/laporan — status pendaftaran per unit kerja dan laporan data salah\n");
    }
    text.push_str(
        "/batal — keluar dari percakapan yang sedang berjalan\n\
         /bantuan — pesan ini\n\n\
         Pesan yang sedang Anda isi tersimpan: jika bot dimulai ulang, lanjutkan saja.",
    );
    if roles.is_none() {
        text.push_str("\n\nAnda belum terdaftar: kirim /start.");
    }
    text
}

pub fn cancelled() -> String {
    "Dibatalkan. Ketik /menu untuk pilihan lain.".to_string()
}

pub fn nothing_to_cancel() -> String {
    "Tidak ada percakapan yang sedang berjalan. Ketik /menu untuk pilihan.".to_string()
}

pub fn private_only() -> String {
    "Kinerja hanya melayani chat pribadi, karena data kinerja bersifat pribadi. \
     Buka chat dengan bot ini dan kirim /start."
        .to_string()
}

pub fn not_understood() -> String {
    "Maaf, pesan itu tidak saya mengerti. Ketik /menu untuk pilihan atau /bantuan untuk petunjuk."
        .to_string()
}

pub fn unknown_command() -> String {
    "Perintah itu tidak dikenal. Ketik /menu untuk pilihan atau /bantuan untuk daftar perintah."
        .to_string()
}

pub fn internal_error() -> String {
    "Maaf, terjadi gangguan di server. Coba lagi sebentar lagi; data yang sudah Anda kirim tetap tersimpan."
        .to_string()
}

/// A person's roster data under a title, as they and HR see it.
fn data_block(title: &str, person: &Person) -> String {
    let atasan = match (&person.nip_atasan, &person.nama_atasan) {
        (Some(nip), Some(nama)) => format!("{} (NIP <code>{}</code>)", esc(nama), esc(nip)),
        (Some(nip), None) => format!("NIP <code>{}</code>", esc(nip)),
        _ => "— (puncak struktur; rencana disetujui admin BKD)".to_string(),
    };
    let roles = person.roles();
    let mut peran = vec!["Pegawai"];
    if roles.supervisor {
        peran.push("Atasan");
    }
    if roles.admin {
        peran.push("Admin BKD");
    }
    format!(
        "<b>{title}</b>\n\
         Nama: {}\nNIP: <code>{}</code>\nJabatan: {}\nUnit kerja: {}\nAtasan langsung: {}\nTelepon: {}\nPeran: {}",
        esc(&person.nama),
        esc(&person.nip),
        esc(&person.jabatan),
        esc(&person.unit_kerja),
        atasan,
        esc(person.telepon.as_deref().unwrap_or("—")),
        peran.join(", ")
    )
}

pub fn my_data(person: &Person) -> String {
    format!(
        "{}\n\nAda yang salah (misalnya atasan atau unit kerja)? Tekan <b>Laporkan data salah</b>.",
        data_block("Data kepegawaian Anda", person)
    )
}

pub fn ask_wrong_data(person: &Person) -> String {
    format!(
        "{}\n\n<b>Tuliskan apa yang salah dan data yang benar</b>, misalnya: \
         \"Atasan saya sekarang Budi Santoso, NIP 1980…\". Kirim /batal untuk membatalkan.",
        data_block("Data kepegawaian Anda", person)
    )
}

/// The longest description of wrong data a person may send.
pub const MAX_REPORT_CHARS: usize = 1000;

pub fn wrong_data_expected_text() -> String {
    format!(
        "Tuliskan keterangannya sebagai teks (paling banyak {MAX_REPORT_CHARS} huruf), lalu kirim. \
         Kirim /batal untuk membatalkan."
    )
}

pub fn wrong_data_too_long(len: usize) -> String {
    format!(
        "Keterangan Anda {len} huruf; paling banyak {MAX_REPORT_CHARS}. Ringkas lalu kirim lagi, \
         atau /batal untuk membatalkan."
    )
}

pub fn wrong_data_sent(id: i64, admins: usize) -> String {
    if admins == 0 {
        format!(
            "Laporan #{id} tersimpan. Admin BKD akan melihatnya saat membuka status pendaftaran; \
             Anda diberi tahu jika sudah ditangani."
        )
    } else {
        format!("Laporan #{id} terkirim ke admin BKD. Anda diberi tahu jika sudah ditangani.")
    }
}

pub fn wrong_data_for_hr(report: &DataReport, person: &Person) -> String {
    format!(
        "<b>Laporan data salah #{}</b> ({})\n\n{}\n\n<b>Keterangan pegawai:</b>\n{}",
        report.id,
        format_wib(report.created_at),
        data_block("Data saat ini", person),
        esc(&report.note)
    )
}

pub fn wrong_data_handled_stamp(by: &str, at: i64) -> String {
    format!("\n\n✅ Ditangani oleh {} pada {}.", esc(by), format_wib(at))
}

pub fn wrong_data_handled_for_reporter(id: i64) -> String {
    format!("Laporan data Anda #{id} sudah ditangani BKD. Periksa lagi dengan /datasaya.")
}

pub fn report_marked() -> String {
    "Ditandai selesai.".to_string()
}

pub fn report_already_handled(by: &str) -> String {
    format!("Laporan ini sudah ditangani oleh {by}.")
}

pub fn no_open_reports() -> String {
    "Tidak ada laporan data salah yang menunggu.".to_string()
}

pub fn team_header(total: usize, registered: usize, period: Period) -> String {
    format!(
        "<b>Tim saya</b>: {total} bawahan langsung, {registered} sudah terdaftar di bot.\nPeriode: {}\n",
        period.label()
    )
}

/// One team member at a glance: registered, plan, this period's realisation or rating.
pub fn team_line(member: &TeamMember, plan: &str, period_status: &str, late: bool) -> String {
    format!(
        "{} {} — {} (<code>{}</code>)\n   Rencana: {plan} · {period_status}{}",
        if member.registered { "✅" } else { "⏳" },
        esc(&member.nama),
        esc(&member.jabatan),
        esc(&member.nip),
        if late { " · <b>terlambat</b>" } else { "" }
    )
}

/// A plan's status in a word, for team views.
pub fn plan_status_short(status: Option<PlanStatus>) -> &'static str {
    match status {
        None => "belum ada",
        Some(PlanStatus::Draft) => "draf",
        Some(PlanStatus::Submitted) => "menunggu persetujuan",
        Some(PlanStatus::Returned) => "dikembalikan",
        Some(PlanStatus::Approved) => "disetujui",
    }
}

pub fn registration_header(units: &[UnitRegistration], open_reports: i64) -> String {
    let total: i64 = units.iter().map(|u| u.total).sum();
    let registered: i64 = units.iter().map(|u| u.registered).sum();
    format!(
        "<b>Status pendaftaran</b>: {registered} dari {total} pegawai aktif sudah terdaftar.\n\
         Laporan data salah menunggu: {open_reports}.\n"
    )
}

pub fn registration_line(unit: &UnitRegistration) -> String {
    format!(
        "{} — {}/{}",
        esc(&unit.unit_kerja),
        unit.registered,
        unit.total
    )
}

pub fn page_footer(page: usize, pages: usize) -> String {
    format!("\nHalaman {} dari {}", page + 1, pages)
}

// Answers to button presses (answerCallbackQuery text, at most 200 characters).

pub fn stale_button() -> String {
    "Tombol ini sudah tidak berlaku. Buka /menu untuk pilihan terbaru.".to_string()
}

pub fn not_allowed() -> String {
    "Anda tidak berwenang untuk tombol ini.".to_string()
}

pub fn only_supervisors() -> String {
    "Menu ini untuk atasan yang mempunyai bawahan di data BKD.".to_string()
}

pub fn only_admins() -> String {
    "Menu ini hanya untuk admin BKD.".to_string()
}

// Planning (SKP).

pub mod plan_button {
    pub const MY_PLAN: &str = "Rencana saya";
    pub const APPROVALS: &str = "Persetujuan";
    pub const ADD_RHK: &str = "Tambah RHK";
    pub const SUBMIT: &str = "Kirim";
    pub const CHANGE: &str = "Ajukan perubahan";
    pub const EDIT: &str = "Ubah";
    pub const DELETE: &str = "Hapus";
    pub const ADD_INDICATOR: &str = "Tambah indikator";
    pub const LINK_PARENT: &str = "Tautkan ke RHK atasan";
    pub const SKIP: &str = "Lewati";
    pub const BACK_TO_PLAN: &str = "Kembali ke rencana";
    pub const APPROVE: &str = "Setujui";
    pub const APPROVE_NOW: &str = "✅ Setujui sekarang";
    pub const RETURN: &str = "Kembalikan";
    pub const DETAIL: &str = "Detail";
}

/// The plan's status line, as staff and supervisors read it.
pub fn plan_status(
    status: PlanStatus,
    version: i64,
    approved_version: Option<i64>,
    atasan: &str,
    last: Option<&VersionRow>,
) -> String {
    let since = |v: Option<&VersionRow>| v.map(|v| format_wib(v.submitted_at)).unwrap_or_default();
    let decided = |v: Option<&VersionRow>| {
        v.and_then(|v| v.decided_at)
            .map(format_wib)
            .unwrap_or_default()
    };
    let in_force = approved_version
        .map(|v| format!("\nVersi {v} yang disetujui tetap berlaku sampai perubahan disetujui."))
        .unwrap_or_default();
    match status {
        PlanStatus::Draft if approved_version.is_some() => {
            format!("Status: <b>perubahan sedang disusun</b> (draf).{in_force}")
        }
        PlanStatus::Draft => "Status: <b>draf</b>, belum dikirim.".to_string(),
        PlanStatus::Submitted => format!(
            "Status: <b>menunggu persetujuan {}</b> sejak {} (versi {version}).{in_force}",
            esc(atasan),
            since(last)
        ),
        PlanStatus::Returned => format!(
            "Status: <b>dikembalikan</b> pada {} dengan catatan:\n<i>{}</i>\nPerbaiki lalu tekan <b>Kirim</b> lagi.{in_force}",
            decided(last),
            esc(last.and_then(|v| v.note.as_deref()).unwrap_or("-"))
        ),
        PlanStatus::Approved => format!(
            "Status: <b>disetujui</b> pada {} (versi {version}).",
            decided(last)
        ),
    }
}

fn indikator_line(number: &str, i: &Indikator) -> String {
    format!(
        "   {number}. {} — target <b>{}</b> ({}; {})",
        esc(&i.text),
        esc(&i.target.to_string()),
        i.aspek.label(),
        i.arah.label().to_lowercase()
    )
}

/// One RHK with its indicators, as a block of lines.
pub fn rhk_block(n: usize, rhk: &Rhk) -> String {
    let mut lines = vec![format!(
        "<b>RHK {n}</b> ({}): {}",
        rhk.jenis.label(),
        esc(&rhk.text)
    )];
    if let Some((_, parent)) = &rhk.parent {
        lines.push(format!("   ↳ intervensi RHK atasan: {}", esc(parent)));
    }
    if rhk.indikator.is_empty() {
        lines.push("   (belum ada indikator)".to_string());
    }
    for (m, i) in rhk.indikator.iter().enumerate() {
        lines.push(indikator_line(&format!("{n}.{}", m + 1), i));
    }
    lines.join("\n")
}

pub fn plan_header(year: i64, nama: &str) -> String {
    format!("<b>Rencana SKP {year}</b> — {}", esc(nama))
}

pub fn plan_empty() -> String {
    "Belum ada RHK. Tekan <b>Tambah RHK</b> untuk mulai.".to_string()
}

pub fn expectations_block(list: &[(NilaiBerakhlak, String)]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = String::from("\n\n<b>Ekspektasi khusus atasan</b>");
    for (nilai, text) in list {
        out.push_str(&format!("\n• {}: {}", nilai.label(), esc(text)));
    }
    out
}

pub fn rhk_view(n: usize, rhk: &Rhk) -> String {
    format!("{}\n\nPilih yang ingin diubah:", rhk_block(n, rhk))
}

pub fn ask_rhk_text() -> String {
    "Tulis <b>Rencana Hasil Kerja (RHK)</b> yang ingin Anda capai tahun ini, misalnya \
     \"Meningkatnya cakupan imunisasi dasar lengkap\". Kirim /batal untuk membatalkan."
        .to_string()
}

pub fn ask_rhk_new_text(old: &str) -> String {
    format!(
        "Teks RHK sekarang:\n<i>{}</i>\n\nTulis teks yang baru. Kirim /batal untuk membatalkan.",
        esc(old)
    )
}

/// The longest RHK or indicator text.
pub const MAX_PLAN_TEXT: usize = 500;

pub fn plan_text_expected() -> String {
    format!(
        "Kirim sebagai teks biasa (paling banyak {MAX_PLAN_TEXT} huruf). Kirim /batal untuk membatalkan."
    )
}

pub fn ask_jenis() -> String {
    "RHK tersimpan. Apakah ini RHK <b>Utama</b> atau <b>Tambahan</b>?".to_string()
}

pub fn ask_parent(nama_atasan: &str) -> String {
    format!(
        "RHK atasan mana yang diintervensi RHK ini? Pilih dari rencana {} yang sudah disetujui, \
         atau <b>Lewati</b> (bisa ditautkan nanti).",
        esc(nama_atasan)
    )
}

pub fn parent_not_ready() -> String {
    "Rencana atasan Anda belum disetujui, jadi RHK ini belum bisa ditautkan. Lanjutkan saja; \
     tautkan nanti dari tampilan RHK dengan <b>Tautkan ke RHK atasan</b>."
        .to_string()
}

pub fn ask_indicator_text(rhk: &str) -> String {
    format!(
        "Tulis <b>indikator kinerja</b> untuk RHK:\n<i>{}</i>\nmisalnya \"Persentase bayi yang mendapat imunisasi lengkap\".",
        esc(rhk)
    )
}

pub fn ask_target() -> String {
    "Berapa <b>targetnya</b>, dengan satuan? Misalnya <code>1.200 orang</code>, <code>85,5 %</code> \
     atau <code>12 dokumen</code>."
        .to_string()
}

pub fn ask_aspek(target: &Quantity) -> String {
    format!(
        "Target {}. Aspek apa yang diukur?",
        esc(&target.to_string())
    )
}

pub fn ask_arah(aspek: Aspek) -> String {
    format!(
        "Aspek {}. Apakah capaian yang lebih tinggi lebih baik, atau yang lebih rendah (seperti waktu dan biaya)?",
        aspek.label()
    )
}

pub fn use_the_buttons() -> String {
    "Pilih dengan salah satu tombol di bawah ini, atau kirim /batal untuk membatalkan.".to_string()
}

pub fn indicator_saved() -> String {
    "Indikator tersimpan.".to_string()
}

pub fn rhk_deleted() -> String {
    "RHK dan indikatornya dihapus.".to_string()
}

pub fn indicator_deleted() -> String {
    "Indikator dihapus.".to_string()
}

pub fn not_your_plan() -> String {
    "Tombol ini bukan untuk rencana Anda.".to_string()
}

pub fn plan_submitted(version: i64, atasan: &str, atasan_registered: bool) -> String {
    let mut text = format!(
        "Rencana versi {version} dikirim ke <b>{}</b>. Anda diberi tahu begitu disetujui atau dikembalikan.",
        esc(atasan)
    );
    if !atasan_registered {
        text.push_str(
            "\n\nAtasan Anda belum terdaftar di bot; rencana tetap menunggu dan akan muncul di /persetujuan begitu beliau mendaftar.",
        );
    }
    text
}

pub fn change_started() -> String {
    "Perubahan dibuka. Ubah RHK atau indikator, lalu tekan <b>Kirim</b>. Versi yang disetujui tetap berlaku sampai perubahan disetujui."
        .to_string()
}

pub fn approval_request(
    owner: &Person,
    year: i64,
    version: i64,
    content: &PlanContent,
    changes: Option<&[Change]>,
) -> String {
    let indicators: usize = content.rhk.iter().map(|r| r.indikator.len()).sum();
    let mut text = format!(
        "<b>Rencana SKP {year}</b> dari <b>{}</b> (NIP <code>{}</code>, {}) menunggu persetujuan Anda.\n\
         Versi {version}: {} RHK, {indicators} indikator.",
        esc(&owner.nama),
        esc(&owner.nip),
        esc(&owner.jabatan),
        content.rhk.len()
    );
    if let Some(changes) = changes {
        text.push_str(&changes_block(changes));
    }
    text.push_str("\n\nTekan <b>Detail</b> untuk membaca seluruh rencana.");
    text
}

/// What changed since the version the supervisor last saw, at most a screenful.
pub fn changes_block(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "\n\nTidak ada perubahan isi sejak versi yang Anda lihat terakhir.".to_string();
    }
    let mut out = String::from("\n\n<b>Perubahan sejak versi yang Anda lihat terakhir:</b>");
    let mut used = 0;
    for (i, c) in changes.iter().enumerate() {
        let line = match c {
            Change::Added(what) => format!("\n➕ {}", esc(what)),
            Change::Removed(what) => format!("\n➖ {}", esc(what)),
            Change::Changed { what, from, to } => {
                format!("\n✏️ {}: {} → {}", esc(what), esc(from), esc(to))
            }
        };
        used += line.chars().count();
        if used > 2000 {
            out.push_str(&format!(
                "\n… dan {} perubahan lain (lihat Detail).",
                changes.len() - i
            ));
            break;
        }
        out.push_str(&line);
    }
    out
}

pub fn approval_detail_header(owner: &Person, year: i64, version: i64) -> String {
    format!(
        "<b>Rencana SKP {year}</b> — {} (versi {version})",
        esc(&owner.nama)
    )
}

pub fn nothing_waiting() -> String {
    "Tidak ada rencana yang menunggu persetujuan Anda.".to_string()
}

pub fn waiting_header(count: usize) -> String {
    format!("<b>Menunggu persetujuan Anda</b>: {count} rencana, yang terlama di atas.\n")
}

pub fn waiting_line(n: usize, w: &Waiting) -> String {
    format!(
        "{n}. {} (versi {}) — sejak {}",
        esc(&w.nama),
        w.version,
        format_wib(w.submitted_at)
    )
}

pub fn expectation_screen(
    owner: &Person,
    version: i64,
    list: &[(NilaiBerakhlak, String)],
) -> String {
    let mut text = format!(
        "Setujui rencana <b>{}</b> versi {version}.\n\nAnda dapat menambahkan <b>ekspektasi khusus</b> \
         untuk nilai BerAKHLAK (opsional): pilih nilainya. Jika sudah, tekan <b>✅ Setujui sekarang</b>.",
        esc(&owner.nama)
    );
    text.push_str(&expectations_block(list));
    text
}

pub fn ask_expectation(nilai: NilaiBerakhlak, owner: &Person) -> String {
    format!(
        "Tulis ekspektasi khusus Anda untuk nilai <b>{}</b> bagi {}. Kirim /batal untuk membatalkan.",
        nilai.label(),
        esc(&owner.nama)
    )
}

pub fn ask_return_note(owner: &Person) -> String {
    format!(
        "Tulis catatan untuk {}: apa yang perlu diperbaiki? Catatan wajib diisi. Kirim /batal untuk membatalkan.",
        esc(&owner.nama)
    )
}

pub fn approved_for_supervisor(owner: &Person, version: i64) -> String {
    format!("✅ Rencana {} versi {version} disetujui.", esc(&owner.nama))
}

pub fn returned_for_supervisor(owner: &Person, version: i64) -> String {
    format!(
        "↩️ Rencana {} versi {version} dikembalikan dengan catatan Anda.",
        esc(&owner.nama)
    )
}

pub fn approved_for_staff(
    year: i64,
    version: i64,
    by: &str,
    expectations: &[(NilaiBerakhlak, String)],
) -> String {
    format!(
        "✅ Rencana SKP {year} versi {version} Anda <b>disetujui</b> oleh {}. Rencana kini terkunci.{}",
        esc(by),
        expectations_block(expectations)
    )
}

pub fn returned_for_staff(year: i64, version: i64, by: &str, note: &str) -> String {
    format!(
        "↩️ Rencana SKP {year} versi {version} Anda <b>dikembalikan</b> oleh {} dengan catatan:\n<i>{}</i>\n\nPerbaiki lewat /rencana lalu tekan <b>Kirim</b> lagi.",
        esc(by),
        esc(note)
    )
}

pub fn approved_toast() -> String {
    "Disetujui.".to_string()
}

// Realisation, daily log and evaluation.

pub mod eval_button {
    pub const REALISATION: &str = "Realisasi";
    pub const DAILY: &str = "Catatan harian";
    pub const MY_EVALUATIONS: &str = "Nilai saya";
    pub const ASSESS: &str = "Penilaian tim";
    pub const USE_DAILY: &str = "Pakai catatan harian";
    pub const EVIDENCE_DONE: &str = "Selesai bukti";
    pub const SKIP: &str = "Lewati";
    pub const ACK: &str = "Sudah saya baca";
    pub const REPLY: &str = "Tanggapi";
    pub const ANSWER: &str = "Jawab";
    pub const RESEND: &str = "Kirim ulang bukti";
    pub const COMMENT: &str = "Komentari";
    pub const EVALUATE: &str = "Nilai";
    pub const NEXT: &str = "Lanjut";
    pub const SAVE: &str = "Simpan";
    pub const CANCEL: &str = "Batal";
}

pub fn no_approved_plan(year: i64) -> String {
    format!(
        "Anda belum punya rencana SKP {year} yang disetujui, jadi realisasi belum bisa dicatat. \
         Susun dan kirim rencana lewat /rencana."
    )
}

pub fn no_open_period() -> String {
    "Tidak ada periode yang sedang terbuka untuk realisasi.".to_string()
}

fn percent(p: Option<f64>) -> String {
    p.map(|p| format!("{} %", format_number(p)))
        .unwrap_or_else(|| "—".into())
}

/// One indicator's line in a realisation summary.
pub fn realisation_block(number: &str, ind: &Indikator, r: Option<&Realisation>) -> String {
    let value = r.and_then(|r| r.value);
    let achieved = value
        .map(|v| format!("{} {}", format_number(v), esc(&ind.target.unit)))
        .unwrap_or_else(|| "—".into());
    let pct = value.and_then(|v| achievement(ind.target.value, v, ind.arah));
    let evidence = r.map(|r| r.evidence.len()).unwrap_or(0);
    let mut out = format!(
        "<b>{number}</b> {}\n   Target {} · Capaian {achieved} · {}\n   Bukti: {evidence}",
        esc(&ind.text),
        esc(&ind.target.to_string()),
        percent(pct)
    );
    if let Some(note) = r.and_then(|r| r.note.as_deref()) {
        out.push_str(&format!(" · Catatan: {}", esc(note)));
    }
    out
}

pub fn realisation_header(period: Period, nama: &str, window: &Window, locked: bool) -> String {
    let state = if locked {
        "Periode ini sudah dinilai; realisasi terkunci.".to_string()
    } else {
        format!(
            "Dapat diisi dan diubah sampai {}.",
            window.realisasi_until.format("%d/%m/%Y")
        )
    };
    format!(
        "<b>Realisasi {}</b> — {}\n{state}",
        period.label(),
        esc(nama)
    )
}

pub fn realisation_missing(missing: &[String]) -> String {
    if missing.is_empty() {
        "\n\n✅ Semua indikator sudah berisi capaian dan bukti.".to_string()
    } else {
        format!("\n\n⏳ Belum lengkap: {}", missing.join(", "))
    }
}

pub fn ask_value(number: &str, ind: &Indikator, current: Option<f64>) -> String {
    let now = current
        .map(|v| {
            format!(
                "\nCapaian tercatat sekarang: {} {}.",
                format_number(v),
                esc(&ind.target.unit)
            )
        })
        .unwrap_or_default();
    format!(
        "<b>{number}</b> {}\nTarget {}.{now}\n\nBerapa <b>capaiannya</b>? Tulis angkanya, misalnya <code>1.150</code> atau <code>85,5</code>. \
         Foto atau dokumen bukti boleh dikirim lebih dulu.",
        esc(&ind.text),
        esc(&ind.target.to_string())
    )
}

pub fn value_expected() -> String {
    "Tulis capaian sebagai angka, misalnya 1.150 atau 85,5 (titik untuk ribuan, koma untuk desimal).".to_string()
}

pub fn evidence_taken_early() -> String {
    "Bukti diterima. Sekarang tulis angka capaiannya.".to_string()
}

pub fn ask_evidence(achieved: &str, dailies: usize) -> String {
    let daily = if dailies > 0 {
        format!(
            "\nAda {dailies} catatan harian untuk indikator ini; tekan <b>Pakai catatan harian</b> untuk memakainya."
        )
    } else {
        String::new()
    };
    format!(
        "Capaian {} tersimpan.\n\nKirim <b>bukti dukung</b>: foto atau dokumen (boleh beberapa), atau tautan (https://…).{daily}\n\
         Jika sudah, tekan <b>Selesai bukti</b>.",
        esc(achieved)
    )
}

pub fn evidence_received(count: usize) -> String {
    format!("Bukti diterima ({count} untuk indikator ini). Kirim lagi, atau tekan Selesai bukti.")
}

pub fn evidence_expected() -> String {
    "Kirim foto, dokumen, atau tautan yang diawali https://, lalu tekan Selesai bukti.".to_string()
}

pub fn not_evidence(kind: &str) -> String {
    format!(
        "{kind} tidak dapat dijadikan bukti. Kirim foto, dokumen atau tautan; atau /batal untuk berhenti."
    )
}

pub fn dailies_used(n: usize) -> String {
    format!("{n} catatan harian dipakai sebagai bukti.")
}

pub fn ask_real_note() -> String {
    "Tulis <b>catatan singkat</b> untuk indikator ini (opsional), atau tekan <b>Lewati</b>."
        .to_string()
}

pub fn realisation_saved() -> String {
    "Realisasi tersimpan.".to_string()
}

pub fn ask_daily() -> String {
    "Tulis apa yang Anda kerjakan hari ini. Boleh berupa foto atau dokumen dengan keterangan. \
     Kirim /batal untuk membatalkan."
        .to_string()
}

pub fn daily_expected() -> String {
    "Kirim teks, foto atau dokumen; stiker dan pesan suara tidak dapat disimpan. Kirim /batal untuk membatalkan.".to_string()
}

pub fn daily_saved_ask_tag() -> String {
    "Catatan hari ini tersimpan. Untuk indikator mana? Catatan yang ditandai ditawarkan sebagai bukti saat mengisi realisasi."
        .to_string()
}

pub fn daily_saved_untagged() -> String {
    "Catatan hari ini tersimpan. Setelah rencana Anda disetujui, catatan dapat ditandai ke indikator.".to_string()
}

pub fn daily_tagged(number: &str) -> String {
    format!("Catatan ditandai ke indikator {number}.")
}

pub fn evaluation_text(e: &EvaluationRow, evaluator: &str) -> String {
    let mut text = format!(
        "<b>Penilaian {}</b> oleh {}\nHasil Kerja: <b>{}</b>\nPerilaku Kerja: <b>{}</b>\nPredikat: <b>{}</b>",
        e.period.label(),
        esc(evaluator),
        e.hasil.label(),
        e.perilaku.label(),
        e.predikat.label()
    );
    for (n, note) in &e.value_notes {
        if let Some(nilai) = NilaiBerakhlak::from_number(*n) {
            text.push_str(&format!("\n• {}: {}", nilai.label(), esc(note)));
        }
    }
    if let Some(f) = &e.feedback {
        text.push_str(&format!("\n\n<b>Umpan balik:</b>\n{}", esc(f)));
    }
    if e.reopened {
        text.push_str("\n\n(Dibuka kembali oleh BKD; menunggu penilaian ulang.)");
    } else if let Some(at) = e.acknowledged_at {
        text.push_str(&format!("\n\n✅ Dibaca pada {}.", format_wib(at)));
    }
    text
}

pub fn no_evaluations(year: i64) -> String {
    format!("Belum ada penilaian untuk tahun {year}.")
}

pub fn acknowledged() -> String {
    "Terima kasih, sudah dicatat.".to_string()
}

pub fn already_acknowledged() -> String {
    "Sudah dicatat sebelumnya.".to_string()
}

pub fn ask_eval_reply() -> String {
    "Tulis tanggapan Anda atas penilaian ini; tanggapan diteruskan ke atasan. Kirim /batal untuk membatalkan.".to_string()
}

pub fn reply_sent() -> String {
    "Tanggapan terkirim ke atasan.".to_string()
}

pub fn reply_for_supervisor(staff: &str, period: Period, text: &str) -> String {
    format!(
        "💬 Tanggapan <b>{}</b> untuk {}:\n{}",
        esc(staff),
        period.label(),
        esc(text)
    )
}

pub fn comment_for_staff(supervisor: &str, period: Period, text: &str) -> String {
    format!(
        "💬 Komentar <b>{}</b> atas realisasi {} Anda:\n{}",
        esc(supervisor),
        period.label(),
        esc(text)
    )
}

pub fn ask_comment(staff: &str) -> String {
    format!(
        "Tulis komentar untuk {}. Kirim /batal untuk membatalkan.",
        esc(staff)
    )
}

pub fn comment_sent() -> String {
    "Komentar terkirim.".to_string()
}

pub fn ask_comment_answer() -> String {
    "Tulis jawaban Anda; jawaban diteruskan ke atasan. Kirim /batal untuk membatalkan.".to_string()
}

pub fn choose_period() -> String {
    "Pilih periode:".to_string()
}

pub fn no_period_to_assess() -> String {
    "Tidak ada periode yang sedang terbuka untuk penilaian.".to_string()
}

pub fn nobody_to_assess() -> String {
    "Tidak ada pegawai yang Anda nilai.".to_string()
}

pub fn team_assess_header(period: Period, window: &Window) -> String {
    format!(
        "<b>Penilaian {}</b> — sampai {}\n",
        period.label(),
        window.evaluasi_until.format("%d/%m/%Y")
    )
}

pub fn assess_line(n: usize, nama: &str, status: &str) -> String {
    format!("{n}. {} — {status}", esc(nama))
}

/// A person's standing for a period, in words.
pub(crate) fn period_status(status: PeriodStatus) -> String {
    match status {
        PeriodStatus::NoPlan => "rencana belum disetujui".to_string(),
        PeriodStatus::Partial => "realisasi belum lengkap".to_string(),
        PeriodStatus::Ready => "realisasi lengkap, siap dinilai".to_string(),
        PeriodStatus::AnnualReady => "siap dinilai (konteks: penilaian triwulan)".to_string(),
        PeriodStatus::Evaluated(p) => format!("dinilai: {}", p.label()),
    }
}

pub fn person_realisation_header(period: Period, person: &Person) -> String {
    format!(
        "<b>Realisasi {}</b> — {} ({})",
        period.label(),
        esc(&person.nama),
        esc(&person.jabatan)
    )
}

pub fn quarter_context(list: &[EvaluationRow]) -> String {
    if list.is_empty() {
        return "\nBelum ada penilaian triwulan tahun ini.".to_string();
    }
    let mut out = String::from("\n<b>Penilaian triwulan:</b>");
    for e in list.iter().filter(|e| e.period.is_quarter()) {
        out.push_str(&format!(
            "\n• {}: {} / {} → {}",
            e.period.label(),
            e.hasil.label(),
            e.perilaku.label(),
            e.predikat.label()
        ));
    }
    out
}

pub fn evidence_resent(n: usize) -> String {
    format!("{n} bukti dikirim ulang.")
}

pub fn no_evidence() -> String {
    "Belum ada bukti untuk periode ini.".to_string()
}

pub fn evidence_caption(number: &str, caption: Option<&str>) -> String {
    match caption {
        Some(c) => format!("Bukti {number}: {}", esc(c)),
        None => format!("Bukti {number}"),
    }
}

pub fn evidence_link(number: &str, url: &str) -> String {
    format!("Bukti {number}: {}", esc(url))
}

pub fn ask_hasil(person: &Person, period: Period) -> String {
    format!(
        "Menilai <b>{}</b> untuk {}.\n\nBagaimana <b>Hasil Kerja</b>-nya dibanding ekspektasi?",
        esc(&person.nama),
        period.label()
    )
}

pub fn ask_perilaku() -> String {
    let mut text = String::from(
        "Bagaimana <b>Perilaku Kerja</b>-nya? Sebagai panduan, nilai-nilai BerAKHLAK:",
    );
    for n in NilaiBerakhlak::ALL {
        text.push_str(&format!("\n• {}", n.label()));
    }
    text
}

pub fn ask_value_notes(notes: &[(u8, String)]) -> String {
    let mut text = String::from(
        "Tambahkan catatan untuk nilai BerAKHLAK tertentu (opsional): pilih nilainya. Jika sudah, tekan <b>Lanjut</b>.",
    );
    for (n, note) in notes {
        if let Some(nilai) = NilaiBerakhlak::from_number(*n) {
            text.push_str(&format!("\n• {}: {}", nilai.label(), esc(note)));
        }
    }
    text
}

pub fn ask_value_note(nilai: NilaiBerakhlak) -> String {
    format!("Tulis catatan untuk nilai <b>{}</b>.", nilai.label())
}

pub fn ask_feedback(required: bool) -> String {
    if required {
        "Tulis <b>umpan balik</b> untuk pegawai. Wajib, karena ada penilaian Di Bawah Ekspektasi."
            .to_string()
    } else {
        "Tulis <b>umpan balik</b> untuk pegawai (opsional), atau tekan <b>Lewati</b>.".to_string()
    }
}

pub fn confirm_evaluation(
    person: &Person,
    period: Period,
    a: (Rating, Rating),
    feedback: Option<&str>,
) -> String {
    let predikat = Predikat::from_ratings(a.0, a.1);
    format!(
        "Periksa sebelum disimpan — <b>{}</b>, {}:\nHasil Kerja: {}\nPerilaku Kerja: {}\nUmpan balik: {}\n\n\
         Predikat: <b>{}</b>\n\nSetelah disimpan, penilaian terkunci (hanya BKD yang dapat membukanya kembali).",
        esc(&person.nama),
        period.label(),
        a.0.label(),
        a.1.label(),
        esc(feedback.unwrap_or("—")),
        predikat.label()
    )
}

pub fn evaluation_saved(person: &Person, p: Predikat) -> String {
    format!(
        "Penilaian {} tersimpan. Predikat: <b>{}</b>.",
        esc(&person.nama),
        p.label()
    )
}

pub fn evaluation_cancelled() -> String {
    "Penilaian dibatalkan; belum ada yang disimpan.".to_string()
}

pub fn new_evaluation_for_staff() -> String {
    "📋 Atasan Anda telah menyimpan penilaian. Baca, lalu tekan <b>Sudah saya baca</b>; Anda juga dapat menanggapinya."
        .to_string()
}

// Announcements.

/// An announcement as recipients read it: HR's text, escaped, under a heading.
pub fn announcement(text: &str) -> String {
    format!("<b>📢 Pengumuman BKD</b>\n\n{}", esc(text))
}

/// HR's self-updating view of a delivery.
pub fn announcement_progress(id: i64, s: &DeliveryStatus, seconds_left: i64) -> String {
    let head = if s.done() {
        format!("✅ <b>Pengumuman #{id} selesai dikirim</b>")
    } else {
        format!(
            "📤 <b>Mengirim pengumuman #{id}</b> — perkiraan selesai {} menit lagi",
            (seconds_left + 59) / 60
        )
    };
    format!(
        "{head}\nPenerima: {}\nTerkirim: {}\nMenunggu: {}\nGagal: {}\nTidak terjangkau (memblokir bot): {}",
        s.total(),
        s.sent,
        s.pending + s.sending,
        s.failed,
        s.unreachable
    )
}

/// The menu entry for announcements.
pub const ANNOUNCEMENTS_BUTTON: &str = "Pengumuman";

pub mod announce_button {
    pub const NEW: &str = "Buat pengumuman";
    pub const EVERYONE: &str = "Semua pegawai";
    pub const SUPERVISORS: &str = "Para atasan";
    pub const NO_PLAN: &str = "Belum mengirim rencana";
    pub const UNITS: &str = "Pilih unit kerja";
    pub const NEXT: &str = "Lanjut";
    pub const SEND: &str = "Kirim";
    pub const CANCEL: &str = "Batal";
}

pub fn no_announcements() -> String {
    "Belum ada pengumuman untuk Anda.".to_string()
}

pub fn announcements_list(list: &[crate::store::broadcast::Received]) -> String {
    let mut text = String::from("<b>Pengumuman terbaru</b>");
    for a in list {
        let short: String = a.text.chars().take(300).collect();
        text.push_str(&format!(
            "\n\n<b>#{}</b> · {}\n{}",
            a.announcement_id,
            format_wib(a.created_at),
            esc(&short)
        ));
    }
    text
}

pub fn ask_audience() -> String {
    "Kepada siapa pengumuman ini dikirim?".to_string()
}

pub fn ask_units(chosen: &[String]) -> String {
    let list = if chosen.is_empty() {
        "belum ada".to_string()
    } else {
        esc(&chosen.join(", "))
    };
    format!("Pilih satu atau beberapa unit kerja (terpilih: {list}), lalu tekan <b>Lanjut</b>.")
}

pub fn ask_announcement_text() -> String {
    format!(
        "Tulis teks pengumuman (paling banyak {} huruf). Penerima melihatnya persis seperti pratinjau berikutnya. \
         Kirim /batal untuk membatalkan.",
        crate::domain::broadcast::MAX_TEXT
    )
}

pub fn announcement_preview_note(count: i64, audience: &str) -> String {
    format!(
        "Di atas adalah pratinjau. Akan dikirim ke <b>{count}</b> orang ({}). Tekan <b>Kirim</b> atau <b>Batal</b>.",
        esc(audience)
    )
}

pub fn announcement_cancelled() -> String {
    "Pengumuman dibatalkan; tidak ada yang dikirim.".to_string()
}

pub fn nobody_in_audience() -> String {
    "Tidak ada pegawai terdaftar dalam sasaran itu. Pilih sasaran lain.".to_string()
}
