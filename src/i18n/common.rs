//! Shared texts: the menu, the language choice, the command list.

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
}
