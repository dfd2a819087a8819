//! The slash commands, and which of them each role sees in Telegram's command menu
//! (registered with `setMyCommands` per chat, so staff never see HR's commands).

use teloxide::macros::BotCommands;
use teloxide::types::BotCommand;

use crate::domain::person::Roles;
use crate::i18n::{self, Lang};

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
    Cuti,
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

/// A command's description in a language.
type Description = fn(Lang) -> String;

/// The command list, in the order people see it, with each description's text.
const LIST: [(&str, Description, Audience); 16] = [
    ("menu", i18n::command_menu, Audience::Everyone),
    ("rencana", i18n::command_rencana, Audience::Everyone),
    ("realisasi", i18n::command_realisasi, Audience::Everyone),
    ("harian", i18n::command_harian, Audience::Everyone),
    ("nilai", i18n::command_nilai, Audience::Everyone),
    ("penilaian", i18n::command_penilaian, Audience::Approver),
    ("pengumuman", i18n::command_pengumuman, Audience::Everyone),
    ("pelatihan", i18n::command_pelatihan, Audience::Everyone),
    ("cuti", i18n::leave_command, Audience::Everyone),
    ("persetujuan", i18n::command_persetujuan, Audience::Approver),
    ("datasaya", i18n::command_datasaya, Audience::Everyone),
    ("tim", i18n::command_tim, Audience::Supervisor),
    ("laporan", i18n::command_laporan, Audience::Admin),
    ("verifikasi", i18n::command_verifikasi, Audience::Everyone),
    ("bantuan", i18n::command_bantuan, Audience::Everyone),
    ("batal", i18n::command_batal, Audience::Everyone),
];

/// Bumped whenever [`LIST`] changes, so that every chat's list is registered again.
const LIST_VERSION: u32 = 5;

/// What a chat's registered command list is keyed by: the roles, the list's version and
/// the language.
pub fn list_key(roles: Roles, lang: Lang) -> String {
    format!("{}@{LIST_VERSION}:{}", roles.key(), lang.code())
}

/// What a registered person with `roles` sees, in `lang`.
pub fn for_roles(roles: Roles, lang: Lang) -> Vec<BotCommand> {
    LIST.iter()
        .filter(|(_, _, who)| match who {
            Audience::Everyone => true,
            Audience::Supervisor => roles.supervisor,
            Audience::Admin => roles.admin,
            Audience::Approver => roles.supervisor || roles.admin,
        })
        .map(|(cmd, desc, _)| BotCommand::new(*cmd, desc(lang)))
        .collect()
}

/// What everyone sees before registering, in `lang`.
pub fn for_unregistered(lang: Lang) -> Vec<BotCommand> {
    vec![
        BotCommand::new("start", i18n::command_start(lang)),
        BotCommand::new("bantuan", i18n::command_bantuan(lang)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(roles: Roles) -> Vec<String> {
        for_roles(roles, Lang::Id)
            .into_iter()
            .map(|c| c.command)
            .collect()
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
                "cuti",
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
        let all = Lang::ALL.into_iter().flat_map(|lang| {
            for_roles(
                Roles {
                    supervisor: true,
                    admin: true,
                },
                lang,
            )
            .into_iter()
            .chain(for_unregistered(lang))
        });
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
