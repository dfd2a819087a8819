//! The slash commands, and which of them each role sees in Telegram's command menu
//! (registered with `setMyCommands` per chat, so staff never see HR's commands).

use teloxide::macros::BotCommands;
use teloxide::types::BotCommand;

use crate::domain::person::Roles;

/// Commands the bot understands in a private chat.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// `/start` or `/start <kode undangan>`.
    Start(String),
    Menu,
    Rencana,
    Persetujuan,
    Realisasi,
    Harian,
    Nilai,
    Penilaian,
    Pengumuman,
    Pelatihan,
    Datasaya,
    Tim,
    Laporan,
    Bantuan,
    Batal,
    /// `/verifikasi <kode>`: whether a printed form is genuine and current.
    Verifikasi(String),
}

/// Who sees a command in their list.
#[derive(Clone, Copy)]
enum Audience {
    Everyone,
    Supervisor,
    Admin,
    /// Supervisors, and HR who decide plans at the top of the tree.
    Approver,
}

/// The command list, in the order people see it.
const LIST: [(&str, &str, Audience); 15] = [
    (
        "menu",
        "Menu: semua yang dapat Anda lakukan",
        Audience::Everyone,
    ),
    ("rencana", "Rencana SKP saya tahun ini", Audience::Everyone),
    (
        "realisasi",
        "Realisasi triwulan dengan bukti",
        Audience::Everyone,
    ),
    ("harian", "Catatan kerja hari ini", Audience::Everyone),
    ("nilai", "Penilaian dan predikat saya", Audience::Everyone),
    ("penilaian", "Menilai tim saya", Audience::Approver),
    ("pengumuman", "Pengumuman BKD terbaru", Audience::Everyone),
    (
        "pelatihan",
        "Pelatihan: daftar, milik saya, JP tahun ini",
        Audience::Everyone,
    ),
    (
        "persetujuan",
        "Rencana yang menunggu persetujuan saya",
        Audience::Approver,
    ),
    ("datasaya", "Data kepegawaian saya", Audience::Everyone),
    ("tim", "Tim saya (bawahan langsung)", Audience::Supervisor),
    (
        "laporan",
        "Status pendaftaran dan laporan data (BKD)",
        Audience::Admin,
    ),
    (
        "verifikasi",
        "Periksa keaslian dokumen SKP dengan kodenya",
        Audience::Everyone,
    ),
    ("bantuan", "Petunjuk", Audience::Everyone),
    ("batal", "Keluar dari percakapan", Audience::Everyone),
];

/// Bumped whenever [`LIST`] changes, so that every chat's list is registered again.
const LIST_VERSION: u32 = 3;

/// What a chat's registered command list is keyed by: the roles and the list's version.
pub fn list_key(roles: Roles) -> String {
    format!("{}@{LIST_VERSION}", roles.key())
}

/// What a registered person with `roles` sees.
pub fn for_roles(roles: Roles) -> Vec<BotCommand> {
    LIST.iter()
        .filter(|(_, _, who)| match who {
            Audience::Everyone => true,
            Audience::Supervisor => roles.supervisor,
            Audience::Admin => roles.admin,
            Audience::Approver => roles.supervisor || roles.admin,
        })
        .map(|(cmd, desc, _)| BotCommand::new(*cmd, *desc))
        .collect()
}

/// What everyone sees before registering.
pub fn for_unregistered() -> Vec<BotCommand> {
    vec![
        BotCommand::new("start", "Mendaftar dengan nomor telepon atau kode undangan"),
        BotCommand::new("bantuan", "Petunjuk"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(roles: Roles) -> Vec<String> {
        for_roles(roles).into_iter().map(|c| c.command).collect()
    }

    #[test]
    fn each_role_sees_only_its_own_commands() {
        let staff = Roles {
            supervisor: false,
            admin: false,
        };
        assert_eq!(
            names(staff),
            [
                "menu",
                "rencana",
                "realisasi",
                "harian",
                "nilai",
                "pengumuman",
                "pelatihan",
                "datasaya",
                "verifikasi",
                "bantuan",
                "batal"
            ]
        );
        let boss = Roles {
            supervisor: true,
            admin: false,
        };
        assert!(names(boss).contains(&"tim".to_string()));
        assert!(!names(boss).contains(&"laporan".to_string()));
        let hr = Roles {
            supervisor: false,
            admin: true,
        };
        assert!(names(hr).contains(&"laporan".to_string()));
    }

    #[test]
    fn command_names_are_what_telegram_accepts() {
        let all = for_roles(Roles {
            supervisor: true,
            admin: true,
        })
        .into_iter()
        .chain(for_unregistered());
        for c in all {
            assert!((1..=32).contains(&c.command.len()));
            assert!(
                c.command
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            );
            assert!((1..=256).contains(&c.description.chars().count()));
        }
    }
}
