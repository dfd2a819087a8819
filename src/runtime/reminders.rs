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
use crate::domain::reminder::{ReminderConfig, ReminderKind, due_occasion};
use crate::domain::time::year_wib;
use crate::i18n;
use crate::report::{planning_deadline, realisation_complete};
use crate::store::Store;
use crate::store::analytics::YearData;
use crate::store::reminders::PlannedNotice;

/// A reminder occasion: who gets what, and when it falls due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occasion {
    pub key: String,
    pub kind: ReminderKind,
    pub due_at: i64,
    /// NIP → text.
    pub recipients: BTreeMap<String, Msg>,
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

/// Every occasion due at `now` and not yet queued (deadline reminders, and approvals
/// waiting long enough); its recipients are worked out only then, so that a tick in a quiet
/// stretch reads almost nothing. `all` lists every occasion of the schedule instead (for
/// `reminders list`), due or not, queued or not.
pub async fn occasions(
    store: &Store,
    config: &ReminderConfig,
    now: i64,
    all: bool,
) -> anyhow::Result<Vec<Occasion>> {
    let year = year_wib(now);
    let mut years = Years {
        store,
        loaded: HashMap::new(),
    };
    let admins = store.admin_nips().await?;
    let mut out = Vec::new();
    // Plans before 31 January.
    let deadline = planning_deadline(year);
    let plan_days: Vec<i64> = if all {
        config.plan_days.clone()
    } else {
        due_occasion(config, deadline, &config.plan_days, now)
            .into_iter()
            .collect()
    };
    for d in plan_days {
        let key = format!("rencana:{year}:{d}");
        if !all && store.occasion_queued(&key).await? {
            continue;
        }
        let data = years.get(year).await?;
        let text = messages::plan_reminder(year, deadline, d);
        let recipients = data
            .staff
            .iter()
            .filter(|s| {
                !data
                    .plans
                    .get(&s.nip)
                    .is_some_and(|p| p.approved.is_some() || p.status == "submitted")
            })
            .map(|s| (s.nip.clone(), text.clone()))
            .collect();
        out.push(Occasion {
            key,
            kind: ReminderKind::Plan,
            due_at: config.due_before(deadline, d),
            recipients,
            menu: MenuItem::Plan,
        });
    }
    for period in periods_around(year) {
        let window = store.period_window(period).await?;
        let days = |list: &[i64], until: NaiveDate| -> Vec<i64> {
            if all {
                list.to_vec()
            } else {
                due_occasion(config, until, list, now).into_iter().collect()
            }
        };
        // Realisation, for quarters.
        if period.is_quarter() {
            for d in days(&config.realisation_days, window.realisasi_until) {
                let key = format!("realisasi:{}:{d}", period.key());
                if !all && store.occasion_queued(&key).await? {
                    continue;
                }
                let data = years.get(period.year).await?;
                let text = messages::realisation_reminder(period, window.realisasi_until, d);
                let recipients = data
                    .staff
                    .iter()
                    .filter(|s| {
                        data.plans.get(&s.nip).is_some_and(|p| p.approved.is_some())
                            && !realisation_complete(data, &s.nip, period)
                    })
                    .map(|s| (s.nip.clone(), text.clone()))
                    .collect();
                out.push(Occasion {
                    key,
                    kind: ReminderKind::Realisation,
                    due_at: config.due_before(window.realisasi_until, d),
                    recipients,
                    menu: MenuItem::Realisation,
                });
            }
        }
        // Evaluation: supervisors (HR for the top of the tree) with staff not evaluated.
        for d in days(&config.evaluation_days, window.evaluasi_until) {
            let key = format!("penilaian:{}:{d}", period.key());
            if !all && store.occasion_queued(&key).await? {
                continue;
            }
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
            let recipients = waiting
                .into_iter()
                .map(|(nip, names)| {
                    let text =
                        messages::evaluation_reminder(period, window.evaluasi_until, d, &names);
                    (nip, text)
                })
                .collect();
            out.push(Occasion {
                key,
                kind: ReminderKind::Evaluation,
                due_at: config.due_before(window.evaluasi_until, d),
                recipients,
                menu: MenuItem::Assessment,
            });
        }
    }
    // Plans waiting for a decision.
    let after = config.approval_after_days * 86400;
    let waiting = store
        .plans_waiting_since(if all { i64::MAX } else { now - after }, !all)
        .await?;
    for w in waiting {
        let key = format!("persetujuan:{}:{}", w.plan_id, w.version);
        let approvers = match &w.nip_atasan {
            Some(a) => vec![a.clone()],
            None => admins.clone(),
        };
        let text = messages::approval_reminder(&w.nama, w.submitted_at);
        out.push(Occasion {
            key,
            kind: ReminderKind::Approval,
            due_at: w.submitted_at + after,
            recipients: approvers.into_iter().map(|a| (a, text.clone())).collect(),
            menu: MenuItem::Approvals,
        });
    }
    out.sort_by(|a, b| a.due_at.cmp(&b.due_at).then(a.key.cmp(&b.key)));
    Ok(out)
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
        if store.occasion_queued(&occasion.key).await? {
            continue;
        }
        let keyboard = keyboard(occasion.menu);
        let notices: Vec<PlannedNotice> = occasion
            .recipients
            .iter()
            .filter(|(nip, _)| {
                !(occasion.kind.optional()
                    && optouts.contains(&((*nip).clone(), occasion.kind.code().to_string())))
            })
            .filter_map(|(nip, text)| {
                Some(PlannedNotice {
                    chat_id: *chats.get(nip)?,
                    notice: {
                        let mut notice = Notice::new(text.clone());
                        notice.buttons = keyboard.clone();
                        notice
                    },
                    dedupe_key: format!("{}:{nip}", occasion.key),
                })
            })
            .collect();
        if let Some(n) = store
            .queue_occasion(
                &occasion.key,
                occasion.kind,
                occasion.due_at,
                &notices,
                release,
                now,
            )
            .await?
        {
            tracing::info!(occasion = %occasion.key, notices = n, "reminders queued");
            queued += n;
        }
    }
    queued += store
        .queue_training_reminders(crate::bot::training::reminder, now, release)
        .await?;
    Ok(queued)
}
