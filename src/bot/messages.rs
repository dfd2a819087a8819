//! Every sentence a person reads in the chat, in one place. Texts are HTML (the parse mode
//! the bot uses everywhere); anything that came from a person or the roster goes through
//! [`esc`] here, so a name like `Siti <Nur> & Rekan` can never break a message.

use teloxide::utils::html::escape;

use crate::domain::person::{Person, Roles};
use crate::domain::time::format_wib;
use crate::store::employees::{TeamMember, UnitRegistration};
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

pub fn team_header(total: usize, registered: usize) -> String {
    format!("<b>Tim saya</b>: {total} bawahan langsung, {registered} sudah terdaftar di bot.\n")
}

pub fn team_line(member: &TeamMember) -> String {
    format!(
        "{} {} — {} (<code>{}</code>)",
        if member.registered { "✅" } else { "⏳" },
        esc(&member.nama),
        esc(&member.jabatan),
        esc(&member.nip)
    )
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
