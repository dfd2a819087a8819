//! The weekly digest and the end-of-day daily-log reminder, at each tick of the schedule
//! (beside the deadline reminders of `crate::runtime::reminders`). On the first working
//! day of a week, from the reminder hour, every supervisor gets one message about their
//! team, every unit head one about their unit and every HR admin one about the city per
//! unit; whoever has nothing to report gets nothing. Each recipient's week is an occasion
//! row, written with their messages in one transaction: a restart neither loses nor
//! repeats it. On working days at the daily-log hour, those who switched the reminder on
//! and wrote nothing that day get a gentle nudge, once (one occasion row per day). The
//! lists are read once for the whole city and split by team and unit, never per person.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::NaiveDate;

use crate::bot::digest::views;
use crate::domain::calendar::{WorkWeek, WorkingDays};
use crate::domain::digest::{
    Scope, any_behind, at_hour, daily_log_due, digest_due, split_by, units_behind,
};
use crate::domain::reminder::{ReminderConfig, ReminderKind};
use crate::domain::text::Notice;
use crate::store::Store;
use crate::store::reminders::PlannedNotice;

/// One tick: the daily-log reminder if it is due, and the weekly digest (when it is on)
/// for whoever has not had this week's yet. Returns how many notices were queued.
pub async fn tick(store: &Store, config: &ReminderConfig, now: i64) -> anyhow::Result<i64> {
    let mut queued = daily_log(store, config, now).await?;
    if config.weekly_digest {
        queued += weekly(store, config, now).await?;
    }
    Ok(queued)
}

/// The occasion of the daily-log reminder of `day`.
pub fn daily_log_key(day: NaiveDate) -> String {
    format!("harian:{day}")
}

/// The occasion of one recipient's digest of the week beginning (for work) on `day`.
pub fn digest_key(day: NaiveDate, nip: &str) -> String {
    format!("ringkasan:{day}:{nip}")
}

async fn daily_log(store: &Store, config: &ReminderConfig, now: i64) -> anyhow::Result<i64> {
    let Some(day) = daily_log_due(config, now) else {
        return Ok(0);
    };
    let key = daily_log_key(day);
    if store.occasion_queued(&key).await? {
        return Ok(0);
    }
    let notice = views::daily_log_reminder(day);
    // Only those for whom today is a working day: their unit's week, the city's calendar,
    // not on leave.
    let working = store.working_calendar(day).await?;
    let notices: Vec<PlannedNotice> = store
        .daily_log_reminder_due(day)
        .await?
        .into_iter()
        .filter(|p| working.of(&p.nip).is_working_day(day))
        .map(|p| PlannedNotice {
            chat_id: p.chat_id,
            notice: notice.clone(),
            dedupe_key: format!("{key}:{}", p.nip),
        })
        .collect();
    let due_at = at_hour(day, config.daily_log_hour);
    let queued = store
        .queue_occasion(&key, ReminderKind::DailyLog, due_at, &notices, now, now)
        .await?;
    if let Some(n) = queued {
        tracing::info!(occasion = %key, notices = n, "daily-log reminders queued");
    }
    Ok(queued.unwrap_or(0))
}

/// Who gets a digest, and of what.
struct Roles {
    supervisors: HashSet<String>,
    /// NIP → the units they head.
    heads: HashMap<String, Vec<String>>,
    admins: HashSet<String>,
}

async fn weekly(store: &Store, config: &ReminderConfig, now: i64) -> anyhow::Result<i64> {
    let today = crate::domain::time::date_wib(now);
    // Only the days off, at every tick; each person's week and leave are read once someone
    // is still waiting for this week's digest.
    let calendar = store.calendar().await?;
    let office = WorkingDays::new(&calendar, WorkWeek::default(), &[]);
    let Some(day) = digest_due(config, &office, now) else {
        return Ok(0);
    };
    // Most ticks of the week end here: everyone's occasion is written.
    let done = store
        .occasions_queued_with(&format!("ringkasan:{day}:"))
        .await?;
    let recipients = store.digest_recipients().await?;
    let mut roles = Roles {
        supervisors: recipients.supervisors.into_iter().collect(),
        heads: HashMap::new(),
        admins: recipients.admins.into_iter().collect(),
    };
    for (nip, unit) in recipients.unit_heads {
        roles.heads.entry(nip).or_default().push(unit);
    }
    let waiting: BTreeSet<&String> = roles
        .supervisors
        .iter()
        .chain(roles.heads.keys())
        .chain(roles.admins.iter())
        .filter(|nip| !done.contains(&digest_key(day, nip)))
        .collect();
    if waiting.is_empty() {
        return Ok(0);
    }
    // Someone on leave (or whose unit does not work today) gets theirs on their next
    // working day of the week.
    let working = store.working_calendar(today).await?;
    let waiting: BTreeSet<&String> = waiting
        .into_iter()
        .filter(|nip| working.of(nip).is_working_day(today))
        .collect();
    if waiting.is_empty() {
        return Ok(0);
    }
    let ctx = store.digest_context(day).await?;
    let city = store.digest_lists(&Scope::City, &ctx).await?;
    let teams = split_by(&city, |b| b.nip_atasan.clone());
    let units = split_by(&city, |b| Some(b.unit_kerja.clone()));
    let behind_per_unit = units_behind(&city);
    let chats = store.registered_chats().await?;
    let silenced = store.reminder_optouts().await?;
    let release = config.release_at(now);
    let due_at = at_hour(day, config.send_hour);
    let mut queued = 0;
    for nip in waiting {
        let key = digest_key(day, nip);
        let mut notices = Vec::new();
        let reachable = chats
            .get(nip)
            .filter(|_| !silenced.contains(&(nip.clone(), ReminderKind::Digest.code().into())));
        if let Some(chat_id) = reachable {
            let mut add = |what: &str, notice: Notice| {
                notices.push(PlannedNotice {
                    chat_id: *chat_id,
                    notice,
                    dedupe_key: format!("{key}:{what}"),
                })
            };
            if roles.supervisors.contains(nip)
                && let Some(lists) = teams.get(nip).filter(|l| any_behind(l))
            {
                add("t", views::team_digest(&ctx, lists));
            }
            for unit in roles.heads.get(nip).into_iter().flatten() {
                if let Some(lists) = units.get(unit).filter(|l| any_behind(l)) {
                    add(
                        &format!("u{:08x}", crate::domain::digest::unit_tag(unit)),
                        views::unit_digest(unit, &ctx, lists),
                    );
                }
            }
            if roles.admins.contains(nip) && !behind_per_unit.is_empty() {
                add("k", views::city_digest(&ctx, &behind_per_unit, 0));
            }
        }
        if let Some(n) = store
            .queue_occasion(&key, ReminderKind::Digest, due_at, &notices, release, now)
            .await?
        {
            queued += n;
        }
    }
    if queued > 0 {
        tracing::info!(day = %day, notices = queued, "weekly digests queued");
    }
    Ok(queued)
}
