//! Who may do what. Every command and button asks here, with the person as the database has
//! them at the moment of the press (roles change with a roster import or `kinerja admin`),
//! instead of each handler repeating its own check.

use super::person::Person;

/// What a person asks to do that not everyone may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duty {
    /// HR: write and send announcements, follow their delivery, remind readers of a rule.
    Announce,
    /// HR: answer questions on rule changes and publish them as FAQ.
    AnswerQuestions,
    /// HR: read and close the reports of wrong roster data.
    HandleDataReports,
    /// HR: the city's report files and registration status.
    CityReports,
    /// HR: mark who attended a training.
    MarkAttendance,
    /// A supervisor: their team's list (`/tim`).
    SeeTeam,
    /// A supervisor, or HR for those at the top of the tree: rate the people they evaluate.
    Assess,
    /// A supervisor, or HR for those at the top of the tree: the plans waiting for their
    /// decision.
    Approve,
    /// HR: mark a report of wrong roster data handled, with the button only HR were sent;
    /// anyone else holding it kept or forged it, so it is refused as not theirs.
    CloseDataReport,
}

/// Why a request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    /// The duty is HR's.
    OnlyAdmins,
    /// The duty is a supervisor's (someone with staff in the roster).
    OnlySupervisors,
    /// Nobody in this position may do it (another person's thing).
    NotYours,
}

/// Whether `person` may do `duty` now.
pub fn check(person: &Person, duty: Duty) -> Result<(), Denied> {
    let roles = person.roles();
    let allowed = match duty {
        Duty::Announce
        | Duty::AnswerQuestions
        | Duty::HandleDataReports
        | Duty::CityReports
        | Duty::MarkAttendance
        | Duty::CloseDataReport => roles.admin,
        Duty::SeeTeam => roles.supervisor,
        Duty::Assess | Duty::Approve => roles.supervisor || roles.admin,
    };
    match (allowed, duty) {
        (true, _) => Ok(()),
        (false, Duty::SeeTeam | Duty::Assess | Duty::Approve) => Err(Denied::OnlySupervisors),
        (false, Duty::CloseDataReport) => Err(Denied::NotYours),
        (false, _) => Err(Denied::OnlyAdmins),
    }
}

/// Whether `person` may open an announcement again: HR always, anyone else only one they
/// were sent.
pub fn may_open_announcement(person: &Person, recipient: bool) -> Result<(), Denied> {
    if person.is_admin || recipient {
        Ok(())
    } else {
        Err(Denied::NotYours)
    }
}

/// Whether `person` may download someone's evaluation form: its owner, whoever decides the
/// owner's plan, and HR.
pub fn may_read_evaluation(person: &Person, own: bool, decides: bool) -> Result<(), Denied> {
    if own || decides || person.is_admin {
        Ok(())
    } else {
        Err(Denied::NotYours)
    }
}

/// Whether `person` may acknowledge or answer an evaluation of `owner` (a NIP): only the
/// person evaluated; their supervisor and HR read it but do not answer for them.
pub fn may_answer_evaluation(person: &Person, owner: &str) -> Result<(), Denied> {
    if person.nip == owner {
        Ok(())
    } else {
        Err(Denied::NotYours)
    }
}

/// Whether `person` may link an RHK of theirs to one of their supervisor's (intervene it):
/// only someone with a supervisor in the roster; whoever is at the top of the tree has none.
pub fn may_intervene(person: &Person) -> bool {
    person.nip_atasan.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(bawahan: i64, is_admin: bool) -> Person {
        Person {
            nip: "198505152010012002".into(),
            nama: "Siti".into(),
            jabatan: "Pengelola".into(),
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
    fn hr_duties_are_hrs_and_team_duties_a_supervisors() {
        let staff = person(0, false);
        let head = person(3, false);
        let hr = person(0, true);
        for duty in [
            Duty::Announce,
            Duty::AnswerQuestions,
            Duty::HandleDataReports,
            Duty::CityReports,
            Duty::MarkAttendance,
        ] {
            assert_eq!(check(&staff, duty), Err(Denied::OnlyAdmins));
            assert_eq!(check(&head, duty), Err(Denied::OnlyAdmins));
            assert_eq!(check(&hr, duty), Ok(()));
        }
        assert_eq!(check(&staff, Duty::SeeTeam), Err(Denied::OnlySupervisors));
        assert_eq!(check(&head, Duty::SeeTeam), Ok(()));
        assert_eq!(check(&hr, Duty::SeeTeam), Err(Denied::OnlySupervisors));
        assert_eq!(check(&hr, Duty::Assess), Ok(()));
        assert_eq!(check(&staff, Duty::Assess), Err(Denied::OnlySupervisors));
    }

    #[test]
    fn approving_is_a_supervisors_or_hrs_and_closing_a_report_hrs_alone() {
        let staff = person(0, false);
        let head = person(3, false);
        let hr = person(0, true);
        assert_eq!(check(&staff, Duty::Approve), Err(Denied::OnlySupervisors));
        assert_eq!(check(&head, Duty::Approve), Ok(()));
        assert_eq!(check(&hr, Duty::Approve), Ok(()));
        assert_eq!(check(&staff, Duty::CloseDataReport), Err(Denied::NotYours));
        assert_eq!(check(&head, Duty::CloseDataReport), Err(Denied::NotYours));
        assert_eq!(check(&hr, Duty::CloseDataReport), Ok(()));
    }

    #[test]
    fn someone_elses_things_stay_theirs() {
        let staff = person(0, false);
        let hr = person(0, true);
        assert_eq!(may_open_announcement(&staff, false), Err(Denied::NotYours));
        assert_eq!(may_open_announcement(&staff, true), Ok(()));
        assert_eq!(may_open_announcement(&hr, false), Ok(()));
        assert_eq!(
            may_read_evaluation(&staff, false, false),
            Err(Denied::NotYours)
        );
        assert_eq!(may_read_evaluation(&staff, false, true), Ok(()));
        assert_eq!(may_read_evaluation(&hr, false, false), Ok(()));
    }

    #[test]
    fn only_the_person_evaluated_answers_their_evaluation() {
        let staff = person(0, false);
        let hr = person(0, true);
        assert_eq!(may_answer_evaluation(&staff, &staff.nip), Ok(()));
        assert_eq!(
            may_answer_evaluation(&staff, "197001011990031001"),
            Err(Denied::NotYours)
        );
        assert_eq!(
            may_answer_evaluation(&hr, "197001011990031001"),
            Err(Denied::NotYours)
        );
    }

    #[test]
    fn only_someone_with_a_supervisor_intervenes() {
        let top = person(3, false);
        let staff = Person {
            nip_atasan: Some("196608011988031001".into()),
            ..person(0, false)
        };
        assert!(may_intervene(&staff));
        assert!(!may_intervene(&top));
    }
}
