//! Texts of the weekly digest (a supervisor's team, a unit head's unit, HR's city per
//! unit, and the lists behind its buttons) and of the end-of-day daily-log reminder.

catalogue! {
    digest_label_daily_log = "digest-label-daily-log"();
    digest_label_digest = "digest-label-digest"();
    digest_daily_reminder = "digest-daily-reminder"(day);
    digest_daily_button = "digest-daily-button"();
    digest_team_title = "digest-team-title"(day);
    digest_unit_title = "digest-unit-title"(unit, day);
    digest_city_title = "digest-city-title"(day, units);
    digest_line_no_plan = "digest-line-no-plan"(year, count);
    digest_line_waiting = "digest-line-waiting"(count, since);
    digest_line_no_daily = "digest-line-no-daily"(from, until, count);
    digest_line_realisation = "digest-line-realisation"(count, until);
    digest_line_evaluation = "digest-line-evaluation"(count, until);
    digest_open_hint = "digest-open-hint"();
    digest_city_unit = "digest-city-unit"(unit, plan, waiting, daily, realisation, evaluation);
    digest_city_hint = "digest-city-hint"();
    digest_button_no_plan = "digest-button-no-plan"(count);
    digest_button_waiting = "digest-button-waiting"(count);
    digest_button_no_daily = "digest-button-no-daily"(count);
    digest_button_realisation = "digest-button-realisation"(count);
    digest_button_evaluation = "digest-button-evaluation"(count);
    digest_scope_team = "digest-scope-team"();
    digest_list_no_plan = "digest-list-no-plan"(who, year);
    digest_list_waiting = "digest-list-waiting"(who);
    digest_list_no_daily = "digest-list-no-daily"(who, from, until);
    digest_list_realisation = "digest-list-realisation"(who);
    digest_list_evaluation = "digest-list-evaluation"(who);
    digest_list_empty = "digest-list-empty"();
    digest_entry = "digest-entry"(n, name, nip);
    digest_entry_since = "digest-entry-since"(n, name, nip, since);
    digest_entry_period = "digest-entry-period"(n, name, nip, period, until);
    digest_not_yours = "digest-not-yours"();
    digest_unit_gone = "digest-unit-gone"();
    digest_cli_switch = "digest-cli-switch"(value);
    digest_cli_daily_hour_range = "digest-cli-daily-hour-range"();
}
