//! Shared texts: registration, the menu, help, the language choice, the command list, the
//! answers every conversation may give, /datasaya and wrong-data reports, /tim, and HR's
//! registration status.

catalogue! {
    menu_title = "menu-title"(name);
    menu_my_plan = "menu-my-plan"();
    menu_realisation = "menu-realisation"();
    menu_daily = "menu-daily"();
    menu_my_evaluations = "menu-my-evaluations"();
    menu_my_data = "menu-my-data"();
    menu_report_wrong_data = "menu-report-wrong-data"();
    menu_approvals = "menu-approvals"();
    menu_team = "menu-team"();
    menu_registration = "menu-registration"();
    menu_announcements = "menu-announcements"();
    menu_trainings = "menu-trainings"();
    menu_reminders = "menu-reminders"();
    menu_help = "menu-help"();
    menu_language = "menu-language"();
    language_choose = "language-choose"();
    language_indonesian = "language-indonesian"();
    language_english = "language-english"();
    language_set = "language-set"();
    command_start = "command-start"();
    command_menu = "command-menu"();
    command_rencana = "command-rencana"();
    command_realisasi = "command-realisasi"();
    command_harian = "command-harian"();
    command_nilai = "command-nilai"();
    command_penilaian = "command-penilaian"();
    command_pengumuman = "command-pengumuman"();
    command_pelatihan = "command-pelatihan"();
    command_persetujuan = "command-persetujuan"();
    command_datasaya = "command-datasaya"();
    command_tim = "command-tim"();
    command_laporan = "command-laporan"();
    command_verifikasi = "command-verifikasi"();
    command_bantuan = "command-bantuan"();
    command_batal = "command-batal"();
    stale_button = "stale-button"();
    not_allowed = "not-allowed"();
    only_supervisors = "only-supervisors"();
    only_admins = "only-admins"();
    use_the_buttons = "use-the-buttons"();
    page_footer = "page-footer"(page, pages);
    nav_back = "nav-back"();
    nav_next = "nav-next"();
    try_again = "try-again"(error, question);
    share_contact_button = "share-contact-button"();
    welcome_unregistered = "welcome-unregistered"();
    registration_done = "registration-done"(name, nip, unit);
    registration_already = "registration-already"(name, nip);
    not_registered = "not-registered"();
    help_title = "help-title"();
    help_saved = "help-saved"();
    help_unregistered = "help-unregistered"();
    dialogue_cancelled = "dialogue-cancelled"();
    dialogue_nothing_to_cancel = "dialogue-nothing-to-cancel"();
    private_chats_only = "private-chats-only"();
    not_understood = "not-understood"();
    unknown_command = "unknown-command"();
    internal_error = "internal-error"();
    interrupted_message = "interrupted-message"(text);
    interrupted_request = "interrupted-request"();
    data_line_name = "data-line-name"(name);
    data_line_nip = "data-line-nip"(nip);
    data_line_rank = "data-line-rank"(rank);
    data_line_position = "data-line-position"(position);
    data_line_unit = "data-line-unit"(unit);
    data_line_supervisor = "data-line-supervisor"(supervisor);
    data_line_phone = "data-line-phone"(phone);
    data_line_roles = "data-line-roles"(roles);
    data_supervisor = "data-supervisor"(name, nip);
    data_supervisor_nip = "data-supervisor-nip"(nip);
    data_no_supervisor = "data-no-supervisor"();
    data_rank_missing = "data-rank-missing"();
    data_role_staff = "data-role-staff"();
    data_role_supervisor = "data-role-supervisor"();
    data_role_admin = "data-role-admin"();
    my_data_title = "my-data-title"();
    my_data_footer = "my-data-footer"();
    wrong_data_ask = "wrong-data-ask"();
    wrong_data_expected_text = "wrong-data-expected-text"(max);
    wrong_data_too_long = "wrong-data-too-long"(len, max);
    wrong_data_saved = "wrong-data-saved"(id);
    wrong_data_sent = "wrong-data-sent"(id);
    wrong_data_for_hr = "wrong-data-for-hr"(id, time, data, note);
    wrong_data_current_title = "wrong-data-current-title"();
    wrong_data_inactive = "wrong-data-inactive"();
    wrong_data_handled_button = "wrong-data-handled-button"();
    wrong_data_open_button = "wrong-data-open-button"();
    wrong_data_handled_stamp = "wrong-data-handled-stamp"(name, time);
    wrong_data_handled_for_reporter = "wrong-data-handled-for-reporter"(id);
    wrong_data_marked = "wrong-data-marked"();
    wrong_data_already_handled = "wrong-data-already-handled"(name);
    wrong_data_none_open = "wrong-data-none-open"();
    team_header = "team-header"(total, registered, period);
    team_line_status = "team-line-status"(plan, status);
    team_late = "team-late"();
    team_plan_none = "team-plan-none"();
    team_plan_draft = "team-plan-draft"();
    team_plan_submitted = "team-plan-submitted"();
    team_plan_returned = "team-plan-returned"();
    team_plan_approved = "team-plan-approved"();
    registration_status_header = "registration-status-header"(registered, total, open);
}

#[cfg(test)]
mod tests {
    use super::text::*;
    use crate::domain::lang::Lang::{En, Id};

    /// The Indonesian texts are the ones the bot said before they were keyed, byte for byte.
    #[test]
    fn indonesian_reads_as_before() {
        assert_eq!(
            welcome_unregistered(Id),
            "Selamat datang di <b>Kinerja</b>, layanan kinerja ASN Pemerintah Kota Sibolga.\n\n\
             Untuk mendaftar, tekan tombol <b>📱 Bagikan nomor telepon saya</b> di bawah. \
             Nomor Anda dicocokkan dengan data kepegawaian BKD.\n\n\
             Nomor Anda tidak terdaftar di BKD? Buka tautan atau pindai kode QR undangan dari admin BKD."
        );
        assert_eq!(
            registration_done(Id, "Siti", "1990", "Dinas"),
            "Terima kasih, <b>Siti</b>. Akun Telegram Anda sekarang terhubung dengan NIP <code>1990</code> (Dinas).\n\n\
             Periksa data Anda dengan /datasaya; jika ada yang salah, laporkan ke BKD dari sana."
        );
        assert_eq!(data_line_rank(Id, "III/a"), "Pangkat/golongan: III/a");
        assert_eq!(data_line_nip(Id, "1"), "NIP: <code>1</code>");
        assert_eq!(
            wrong_data_for_hr(Id, "7", "1 Mei 2026 08.00 WIB", "D", "N"),
            "<b>Laporan data salah #7</b> (1 Mei 2026 08.00 WIB)\n\nD\n\n<b>Keterangan pegawai:</b>\nN"
        );
        assert_eq!(
            wrong_data_ask(Id),
            "<b>Tuliskan apa yang salah dan data yang benar</b>, misalnya: \
             \"Atasan saya sekarang Budi Santoso, NIP 1980…\". Kirim /batal untuk membatalkan."
        );
        assert_eq!(
            team_header(Id, "3", "2", "Triwulan I 2026"),
            "<b>Tim saya</b>: 3 bawahan langsung, 2 sudah terdaftar di bot.\nPeriode: Triwulan I 2026"
        );
        assert_eq!(
            registration_status_header(Id, "2", "5", "1"),
            "<b>Status pendaftaran</b>: 2 dari 5 pegawai aktif sudah terdaftar.\n\
             Laporan data salah menunggu: 1."
        );
    }

    /// Arguments reach Fluent as strings, and a string never matches a numeric variant key
    /// (`[1]`): the English texts here avoid plurals rather than choosing by count.
    #[test]
    fn english_reads_in_english() {
        assert_eq!(
            team_header(En, "1", "0", "Q1 2026"),
            "<b>My team</b>: 0 of 1 direct reports registered with the bot.\nPeriod: Q1 2026"
        );
        assert_eq!(not_registered(En), "You are not registered yet. Send /start to register with your phone number or a BKD invitation code.");
    }
}
