//! A person as the bot knows them: an employee of the roster, with the roles that follow
//! from it. Roles are never stored: they are derived from the roster each time.

use serde::{Deserialize, Serialize};

/// An active employee of the roster, with what the roles are derived from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub nip_atasan: Option<String>,
    /// The supervisor's name, when the roster has one.
    pub nama_atasan: Option<String>,
    pub telepon: Option<String>,
    pub is_admin: bool,
    /// How many active employees name this person as their direct supervisor.
    pub bawahan: i64,
    /// Pangkat and golongan as the roster writes them (`Penata Muda Tk. I / III-b`), when
    /// HR filled them in.
    pub pangkat_golongan: Option<String>,
}

/// What a person may do: every employee is staff; whoever is someone's `nip_atasan` is a
/// supervisor; HR admins are flagged in the roster. Someone can hold all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roles {
    pub supervisor: bool,
    pub admin: bool,
}

impl Person {
    /// The roles this person holds now.
    pub fn roles(&self) -> Roles {
        Roles {
            supervisor: self.bawahan > 0,
            admin: self.is_admin,
        }
    }
}

impl Roles {
    /// A short stable key for the role set, to know when a chat's command list is stale.
    pub fn key(&self) -> &'static str {
        match (self.supervisor, self.admin) {
            (false, false) => "pegawai",
            (true, false) => "pegawai+atasan",
            (false, true) => "pegawai+admin",
            (true, true) => "pegawai+atasan+admin",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(bawahan: i64, is_admin: bool) -> Person {
        Person {
            nip: "196608011988031001".into(),
            nama: "Budi".into(),
            jabatan: "Kepala Bidang".into(),
            unit_kerja: "Dinas Kesehatan".into(),
            nip_atasan: None,
            nama_atasan: None,
            telepon: None,
            is_admin,
            bawahan,
            pangkat_golongan: None,
        }
    }

    #[test]
    fn roles_follow_from_the_roster() {
        let cases = [
            (0, false, false, false, "pegawai"),
            (3, false, true, false, "pegawai+atasan"),
            (0, true, false, true, "pegawai+admin"),
            (1, true, true, true, "pegawai+atasan+admin"),
        ];
        for (bawahan, admin, want_sup, want_admin, key) in cases {
            let roles = person(bawahan, admin).roles();
            assert_eq!(roles.supervisor, want_sup);
            assert_eq!(roles.admin, want_admin);
            assert_eq!(roles.key(), key);
        }
    }
}
