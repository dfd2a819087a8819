//! The reminder scheduler: at each tick it works out which occasions are due at `now`
//! (plans before 31 January, plans waiting for approval, realisation and evaluation before
//! their windows close, trainings the day before), who is concerned, and queues one notice
//! per person through the rate-limited sender, held until morning in quiet hours. Occasions
//! are rows in the database, so a restart neither loses nor repeats one. `now` is a
//! parameter: the sender's loop passes the clock, tests pass any time they like. A notice
//! is queued as keyed text ([`Msg`]), rendered in its recipient's language when it is sent.

use crate::domain::text::{Button, Msg, Notice};
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use crate::bot::callback::{CallbackAction, MenuItem};
use crate::bot::messages;
use crate::domain::evaluation::{Period, PeriodKind};
use crate::domain::reminder::{
    ReminderConfig, ReminderKind, Slot, deadline_slots, due_slot, end_of_day, stage, waiting_slots,
};
use crate::domain::time::year_wib;
use crate::i18n;
use crate::report::{planning_deadline, realisation_complete};
use crate::store::Store;
use crate::store::analytics::YearData;
use crate::store::calendar::{DueReminder, WorkingCalendar};

/// A reminder occasion: one slot of one thread (`rencana:2027` with slot `7`: seven working
/// days before 31 January) on one day, with the people it reaches that day. People of a
/// six-day unit or back from leave may have the same slot on another day: another occasion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    /// `thread:slot`, the row in `reminder_occasions`.
    pub key: String,
    pub thread: String,
    pub slot: String,
    pub day: NaiveDate,
    pub kind: ReminderKind,
    pub due_at: i64,
    /// NIP → text (more direct after the first of a thread).
    pub recipients: BTreeMap<String, Msg>,
    /// NIP → how many reminders of this thread they got before.
    pub sent_before: BTreeMap<String, i64>,
    pub menu: MenuItem,
}

fn keyboard(item: MenuItem) -> Vec<Vec<Button>> {
    let label = match item {
        MenuItem::Plan => i18n::msg::reminders_open_plan(),
        MenuItem::Approvals => i18n::msg::reminders_open_approvals(),
        MenuItem::Realisation => i18n::msg::reminders_fill_realisation(),
        MenuItem::Assessment => i18n::msg::reminders_open_assessment(),
        _ => i18n::msg::reminders_open_menu(),
    };
    vec![vec![Button {
        label,
        data: CallbackAction::Menu(crate::bot::menu::action::Action::Open(item)).encode(),
    }]]
}

/// The quarters and annual periods whose windows may close around `year`.
fn periods_around(year: i64) -> Vec<Period> {
    let mut out = vec![
        Period {
            year: year - 1,
            kind: PeriodKind::Q4,
        },
        Period {
            year: year - 1,
            kind: PeriodKind::Tahunan,
        },
    ];
    out.extend(
        PeriodKind::ALL
            .into_iter()
            .map(|kind| Period { year, kind }),
    );
    out
}

/// Caches a year's data within one tick.
struct Years<'a> {
    store: &'a Store,
    loaded: HashMap<i64, YearData>,
}

impl Years<'_> {
    async fn get(&mut self, year: i64) -> anyhow::Result<&YearData> {
        if !self.loaded.contains_key(&year) {
            let data = self.store.year_data(year).await?;
            self.loaded.insert(year, data);
        }
        Ok(&self.loaded[&year])
    }
}

/// The reminders of one thread before they are grouped into occasions: whom, about
/// what, by which days.
struct Thread {
    key: String,
    kind: ReminderKind,
    menu: MenuItem,
    /// The deadline, when there is one: a reminder says how many days are left from its day.
    deadline: Option<NaiveDate>,
    /// NIP → (text for the days left, slots).
    people: Vec<(String, Text, Vec<Slot>)>,
}

/// A reminder's text given the calendar days left until the deadline.
type Text = std::sync::Arc<dyn Fn(i64) -> Msg + Send + Sync>;

/// The text of a reminder, more direct when it is not the first of its thread.
fn nudged(text: &Msg, sent_before: i64) -> Msg {
    match stage(sent_before) {
        0 => text.clone(),
        1 => i18n::msg::reminders_nudge_second()
            .then(" ")
            .then(text.clone()),
        _ => i18n::msg::reminders_nudge_last()
            .then(" ")
            .then(text.clone()),
    }
}

/// Groups a thread's people into occasions: with `all`, every slot still to come for each
/// (for `reminders list`); otherwise the one slot due at `now` for each, if any.
async fn group(
    store: &Store,
    config: &ReminderConfig,
    wc: &WorkingCalendar,
    thread: Thread,
    now: i64,
    all: bool,
    out: &mut Vec<Occasion>,
) -> anyhow::Result<()> {
    let progress = store.reminder_progress(&thread.key).await?;
    let mut by_slot: BTreeMap<(NaiveDate, String), Occasion> = BTreeMap::new();
    for (nip, text, slots) in thread.people {
        let (sent, last) = progress
            .get(&nip)
            .map(|(n, d)| (*n, Some(*d)))
            .unwrap_or((0, None));
        let chosen: Vec<&Slot> = if all {
            slots
                .iter()
                .filter(|s| last.is_none_or(|l| s.day > l))
                .collect()
        } else {
            due_slot(config, &wc.of(&nip), &slots, last, now)
                .into_iter()
                .collect()
        };
        for (i, slot) in chosen.into_iter().enumerate() {
            let before = sent + i as i64;
            let o = by_slot
                .entry((slot.day, slot.name.clone()))
                .or_insert_with(|| Occasion {
                    key: format!("{}:{}", thread.key, slot.name),
                    thread: thread.key.clone(),
                    slot: slot.name.clone(),
                    day: slot.day,
                    kind: thread.kind,
                    due_at: config.send_time(slot.day),
                    recipients: BTreeMap::new(),
                    sent_before: BTreeMap::new(),
                    menu: thread.menu,
                });
            let left = thread
                .deadline
                .map(|d| (d - slot.day).num_days())
                .unwrap_or(0);
            o.recipients
                .insert(nip.clone(), nudged(&text(left), before));
            o.sent_before.insert(nip.clone(), before);
        }
    }
    out.extend(by_slot.into_values());
    Ok(())
}

/// Whether a deadline's reminders may fall at `now`: from well before the earliest (twice
/// the longest count of working days, plus three weeks of holidays and leave) to the end of
/// the deadline day. Outside it a tick reads nothing for that deadline.
fn in_reach(config: &ReminderConfig, deadline: NaiveDate, days: &[i64], now: i64) -> bool {
    let longest = days.iter().copied().max().unwrap_or(0);
    now <= end_of_day(deadline) && now >= config.due_before(deadline, 2 * longest + 21)
}

/// Every occasion due at `now` (deadline reminders counted in each person's working days,
/// and plans waiting long enough for their approver), each person's slot worked out from
/// the calendar, their unit's week and their leave; what was already queued is left out.
/// `all` lists every occasion still to come instead (for `reminders list`), due or not.
pub async fn occasions(
    store: &Store,
    config: &ReminderConfig,
    now: i64,
    all: bool,
) -> anyhow::Result<Vec<Occasion>> {
    let year = year_wib(now);
    let today = crate::domain::time::date_wib(now);
    let mut years = Years {
        store,
        loaded: HashMap::new(),
    };
    let mut days_off: Option<WorkingCalendar> = None;
    let admins = store.admin_nips().await?;
    let mut out = Vec::new();
    let escalate = &config.escalate_days;
    // Plans before 31 January.
    let deadline = planning_deadline(year);
    if all || in_reach(config, deadline, &config.plan_days, now) {
        let wc = working(store, &mut days_off, today).await?;
        let data = years.get(year).await?;
        let people = data
            .staff
            .iter()
            .filter(|s| {
                !data
                    .plans
                    .get(&s.nip)
                    .is_some_and(|p| p.approved.is_some() || p.status == "submitted")
            })
            .map(|s| {
                let slots = deadline_slots(&wc.of(&s.nip), deadline, &config.plan_days, escalate);
                let text: Text =
                    std::sync::Arc::new(move |d| messages::plan_reminder(year, deadline, d));
                (s.nip.clone(), text, slots)
            })
            .collect();
        let thread = Thread {
            key: format!("rencana:{year}"),
            kind: ReminderKind::Plan,
            menu: MenuItem::Plan,
            deadline: Some(deadline),
            people,
        };
        group(store, config, wc, thread, now, all, &mut out).await?;
    }
    for period in periods_around(year) {
        let window = store.period_window(period).await?;
        // Realisation, for quarters.
        let until = window.realisasi_until;
        if period.is_quarter() && (all || in_reach(config, until, &config.realisation_days, now)) {
            let wc = working(store, &mut days_off, today).await?;
            let data = years.get(period.year).await?;
            let people = data
                .staff
                .iter()
                .filter(|s| {
                    data.plans.get(&s.nip).is_some_and(|p| p.approved.is_some())
                        && !realisation_complete(data, &s.nip, period)
                })
                .map(|s| {
                    let slots =
                        deadline_slots(&wc.of(&s.nip), until, &config.realisation_days, escalate);
                    let text: Text = std::sync::Arc::new(move |d| {
                        messages::realisation_reminder(period, until, d)
                    });
                    (s.nip.clone(), text, slots)
                })
                .collect();
            let thread = Thread {
                key: format!("realisasi:{}", period.key()),
                kind: ReminderKind::Realisation,
                menu: MenuItem::Realisation,
                deadline: Some(until),
                people,
            };
            group(store, config, wc, thread, now, all, &mut out).await?;
        }
        // Evaluation: supervisors (HR for the top of the tree) with staff not evaluated.
        let until = window.evaluasi_until;
        if all || in_reach(config, until, &config.evaluation_days, now) {
            let wc = working(store, &mut days_off, today).await?;
            let data = years.get(period.year).await?;
            let mut waiting: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for s in &data.staff {
                let approved = data.plans.get(&s.nip).is_some_and(|p| p.approved.is_some());
                let evaluated = data.evaluation(&s.nip, period.kind).is_some();
                if !approved || evaluated {
                    continue;
                }
                let evaluators = match &s.nip_atasan {
                    Some(a) => vec![a.clone()],
                    None => admins.clone(),
                };
                for e in evaluators {
                    waiting.entry(e).or_default().push(s.nama.clone());
                }
            }
            let people = waiting
                .into_iter()
                .map(|(nip, names)| {
                    let slots =
                        deadline_slots(&wc.of(&nip), until, &config.evaluation_days, escalate);
                    let text: Text = std::sync::Arc::new(move |d| {
                        messages::evaluation_reminder(period, until, d, &names)
                    });
                    (nip, text, slots)
                })
                .collect();
            let thread = Thread {
                key: format!("penilaian:{}", period.key()),
                kind: ReminderKind::Evaluation,
                menu: MenuItem::Assessment,
                deadline: Some(until),
                people,
            };
            group(store, config, wc, thread, now, all, &mut out).await?;
        }
    }
    // Plans waiting for a decision, counted in the approver's working days.
    let waiting = store.plans_waiting_since(i64::MAX, false).await?;
    if !waiting.is_empty() {
        let wc = working(store, &mut days_off, today).await?;
        for w in waiting {
            let approvers = match &w.nip_atasan {
                Some(a) => vec![a.clone()],
                None => admins.clone(),
            };
            let since = crate::domain::time::date_wib(w.submitted_at);
            let text = messages::approval_reminder(&w.nama, w.submitted_at);
            let people = approvers
                .into_iter()
                .map(|a| {
                    let slots =
                        waiting_slots(&wc.of(&a), since, config.approval_after_days, escalate);
                    let text = text.clone();
                    let text: Text = std::sync::Arc::new(move |_| text.clone());
                    (a, text, slots)
                })
                .collect();
            let thread = Thread {
                key: format!("persetujuan:{}:{}", w.plan_id, w.version),
                kind: ReminderKind::Approval,
                menu: MenuItem::Approvals,
                deadline: None,
                people,
            };
            group(store, config, wc, thread, now, all, &mut out).await?;
        }
    }
    out.sort_by(|a, b| a.due_at.cmp(&b.due_at).then(a.key.cmp(&b.key)));
    Ok(out)
}

/// The working calendar, read once a tick and only when some thread needs it.
async fn working<'c>(
    store: &Store,
    cache: &'c mut Option<WorkingCalendar>,
    today: NaiveDate,
) -> anyhow::Result<&'c WorkingCalendar> {
    if cache.is_none() {
        // Leave that ended a month ago can no longer move a reminder.
        let from = today - chrono::Days::new(31);
        *cache = Some(store.working_calendar(from).await?);
    }
    Ok(cache.as_ref().expect("just read"))
}

/// One tick of the scheduler: queues every occasion due at `now` that was not queued yet,
/// and the training reminders. Returns how many notices were queued.
pub async fn tick(store: &Store, config: &ReminderConfig, now: i64) -> anyhow::Result<i64> {
    let release = config.release_at(now);
    let mut queued = 0;
    let due = occasions(store, config, now, false).await?;
    // Who can be reached and who silenced what are read only when something is due.
    let (chats, optouts): (HashMap<String, i64>, HashSet<(String, String)>) = if due.is_empty() {
        Default::default()
    } else {
        (
            store.registered_chats().await?,
            store.reminder_optouts().await?,
        )
    };
    for occasion in due {
        let keyboard = keyboard(occasion.menu);
        let reminders: Vec<DueReminder> = occasion
            .recipients
            .iter()
            .filter(|(nip, _)| {
                !(occasion.kind.optional()
                    && optouts.contains(&((*nip).clone(), occasion.kind.code().to_string())))
            })
            .map(|(nip, text)| {
                let mut notice = Notice::new(text.clone());
                notice.buttons = keyboard.clone();
                DueReminder {
                    nip: nip.clone(),
                    chat_id: chats.get(nip).copied(),
                    notice,
                    slot: occasion.slot.clone(),
                    day: occasion.day,
                    sent_before: occasion.sent_before.get(nip).copied().unwrap_or(0),
                }
            })
            .collect();
        if reminders.is_empty() {
            continue;
        }
        let n = store
            .queue_reminders(
                &occasion.thread,
                occasion.kind,
                &reminders,
                |_| occasion.due_at,
                release,
                now,
            )
            .await?;
        tracing::info!(occasion = %occasion.key, notices = n, "reminders queued");
        queued += n;
    }
    queued += store
        .queue_training_reminders(crate::bot::training::reminder, now, release)
        .await?;
    Ok(queued)
}
