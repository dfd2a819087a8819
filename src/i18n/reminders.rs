//! Texts of the reminders area: the reminders the scheduler queues (as [`Msg`]s, rendered
//! in each recipient's language when they are sent) and the reminder settings in `/menu`.
//! A queued text cannot hold a value already rendered in one language, so the pieces it
//! needs (a time in WIB, a period, "in 3 days") are [`Msg`]s too.

use chrono::{DateTime, Datelike, TimeZone, Timelike};
use chrono_tz::Asia::Jakarta;

use super::Msg;
use crate::domain::evaluation::Period;

catalogue! {
    reminders_days_tomorrow = "reminders-days-tomorrow"();
    reminders_days_left = "reminders-days-left"(days);
    reminders_wib_time = "reminders-wib-time"(day, month, year, hour, minute);
    reminders_period_quarter = "reminders-period-quarter"(quarter, year);
    reminders_period_annual = "reminders-period-annual"(year);
    reminders_and_others = "reminders-and-others"(count);
    reminders_plan = "reminders-plan"(year, deadline, days_left);
    reminders_realisation = "reminders-realisation"(period, until, days_left);
    reminders_evaluation = "reminders-evaluation"(count, period, names, until, days_left);
    reminders_approval = "reminders-approval"(name, since);
    reminders_nudge_second = "reminders-nudge-second"();
    reminders_nudge_last = "reminders-nudge-last"();
    reminders_open_plan = "reminders-open-plan"();
    reminders_open_approvals = "reminders-open-approvals"();
    reminders_fill_realisation = "reminders-fill-realisation"();
    reminders_open_assessment = "reminders-open-assessment"();
    reminders_open_menu = "reminders-open-menu"();
    reminders_settings_always = "reminders-settings-always"();
    reminders_settings_always_item = "reminders-settings-always-item"(kind);
    reminders_settings_optional = "reminders-settings-optional"();
    reminders_settings_optional_item = "reminders-settings-optional-item"(kind, state);
    reminders_state_on = "reminders-state-on"();
    reminders_state_off = "reminders-state-off"();
    reminders_settings_quiet = "reminders-settings-quiet"();
    reminders_toggle_off = "reminders-toggle-off"(kind);
    reminders_toggle_on = "reminders-toggle-on"(kind);
    reminders_not_optional = "reminders-not-optional"();
    reminders_turned_off = "reminders-turned-off"(kind);
    reminders_turned_on = "reminders-turned-on"(kind);
}

/// "tomorrow" or "in 3 days".
pub fn days_left(days: i64) -> Msg {
    if days == 1 {
        msg::reminders_days_tomorrow()
    } else {
        msg::reminders_days_left(days.to_string())
    }
}

/// A unix time in WIB, in Indonesian as [`crate::domain::time::format_wib`] writes it
/// (`15 Januari 2027 09.00 WIB`).
pub fn wib_time(unix_seconds: i64) -> Msg {
    let Some(utc) = DateTime::from_timestamp(unix_seconds, 0) else {
        return Msg::from("-");
    };
    let t = Jakarta.from_utc_datetime(&utc.naive_utc());
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    msg::reminders_wib_time(
        t.day().to_string(),
        MONTHS[t.month0() as usize],
        t.year().to_string(),
        format!("{:02}", t.hour()),
        format!("{:02}", t.minute()),
    )
}

/// A period's name, in Indonesian its `label()` (`Triwulan III 2026`).
pub fn period(period: Period) -> Msg {
    if period.is_quarter() {
        msg::reminders_period_quarter(period.kind.code(), period.year.to_string())
    } else {
        msg::reminders_period_annual(period.year.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evaluation::PeriodKind;
    use crate::i18n::Lang;

    #[test]
    fn times_and_periods_read_in_indonesian_as_the_domain_writes_them() {
        for at in [0, 1_799_978_400, 1_800_000_000, 1_806_500_000, 1_830_000_000] {
            assert_eq!(
                wib_time(at).render(Lang::Id),
                crate::domain::time::format_wib(at)
            );
        }
        assert_eq!(
            wib_time(1_799_978_400).render(Lang::En),
            "15 January 2027, 09:00 WIB"
        );
        for kind in PeriodKind::ALL {
            let p = Period { year: 2026, kind };
            assert_eq!(period(p).render(Lang::Id), p.label());
        }
        let q3 = Period {
            year: 2026,
            kind: PeriodKind::Q3,
        };
        assert_eq!(period(q3).render(Lang::En), "Q3 2026");
        assert_eq!(days_left(1).render(Lang::En), "tomorrow");
        assert_eq!(days_left(3).render(Lang::Id), "3 hari lagi");
    }
}
