//! What `/metrics` shows: a small registry of counters and one histogram, plain atomics,
//! shared by the clones of one [`crate::telegram::TgBot`]. The update listeners count the
//! updates they hand to the handlers, `crate::bot::inbox::mark_handled` those it is done
//! with (and how long each took since it was taken), the client every message sent, every
//! 429 and every try again. [`Metrics::render`] writes Prometheus' text exposition format;
//! the two depths are read from the database when `/metrics` is asked.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Instant;

/// The upper bounds (seconds) of the reply-time histogram's buckets; `+Inf` follows.
pub const REPLY_BUCKETS: [f64; 8] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// Updates remembered as taken but not yet handled; past this the oldest are not timed
/// (an update the handlers never finish must not grow the table for ever).
const MAX_TIMED: usize = 100_000;

#[derive(Debug, Default)]
pub struct Metrics {
    updates_taken: AtomicU64,
    updates_handled: AtomicU64,
    messages_sent: AtomicU64,
    too_many_requests: AtomicU64,
    send_retries: AtomicU64,
    /// Observations per bucket (not cumulative; the last is `+Inf`).
    reply_buckets: [AtomicU64; REPLY_BUCKETS.len() + 1],
    reply_count: AtomicU64,
    reply_sum_micros: AtomicU64,
    /// When each update in hand was taken, by update id.
    taken_at: Mutex<HashMap<i64, Instant>>,
    /// Whether this instance holds the leader's lease (`crate::runtime::fleet`).
    leader: AtomicBool,
}

/// What the database says at the time of a scrape; `None` when it did not answer.
#[derive(Debug, Clone, Copy, Default)]
pub struct Depths {
    /// Updates written to the inbox and not yet done.
    pub inbox: Option<i64>,
    /// Notices and broadcast deliveries waiting or being sent.
    pub outbox: Option<i64>,
}

impl Metrics {
    /// An update handed to the handlers (a new one, or one a stopped process left).
    pub fn update_taken(&self, update_id: i64) {
        self.updates_taken.fetch_add(1, Ordering::Relaxed);
        let mut taken = self.taken_at.lock().unwrap_or_else(|e| e.into_inner());
        if taken.len() >= MAX_TIMED {
            taken.clear();
        }
        taken.insert(update_id, Instant::now());
    }

    /// The handlers are done with an update and its replies went out.
    pub fn update_handled(&self, update_id: i64) {
        self.updates_handled.fetch_add(1, Ordering::Relaxed);
        let since = self
            .taken_at
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&update_id);
        if let Some(since) = since {
            self.observe_reply(since.elapsed().as_secs_f64());
        }
    }

    fn observe_reply(&self, seconds: f64) {
        let bucket = REPLY_BUCKETS
            .iter()
            .position(|le| seconds <= *le)
            .unwrap_or(REPLY_BUCKETS.len());
        self.reply_buckets[bucket].fetch_add(1, Ordering::Relaxed);
        self.reply_count.fetch_add(1, Ordering::Relaxed);
        self.reply_sum_micros
            .fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }

    /// Messages Telegram accepted (an album counts its items).
    pub fn messages_sent(&self, n: u32) {
        self.messages_sent
            .fetch_add(u64::from(n), Ordering::Relaxed);
    }

    /// Telegram answered 429 Too Many Requests.
    pub fn too_many_requests(&self) {
        self.too_many_requests.fetch_add(1, Ordering::Relaxed);
    }

    /// A call is tried again (after a 429, or while Telegram is down).
    pub fn send_retry(&self) {
        self.send_retries.fetch_add(1, Ordering::Relaxed);
    }

    pub fn updates_taken_total(&self) -> u64 {
        self.updates_taken.load(Ordering::Relaxed)
    }

    /// This instance took (true) or lost (false) the leader's lease.
    pub fn set_leader(&self, leads: bool) {
        self.leader.store(leads, Ordering::Relaxed);
    }

    /// Whether this instance leads.
    pub fn is_leader(&self) -> bool {
        self.leader.load(Ordering::Relaxed)
    }

    pub fn updates_handled_total(&self) -> u64 {
        self.updates_handled.load(Ordering::Relaxed)
    }

    /// Prometheus' text exposition format (version 0.0.4).
    pub fn render(&self, depths: Depths) -> String {
        let mut out = String::new();
        let mut counter = |name: &str, help: &str, value: u64| {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} counter");
            let _ = writeln!(out, "{name} {value}");
        };
        counter(
            "kinerja_updates_taken_total",
            "Updates handed to the handlers (written to the inbox first).",
            self.updates_taken.load(Ordering::Relaxed),
        );
        counter(
            "kinerja_updates_handled_total",
            "Updates the handlers are done with, their replies sent.",
            self.updates_handled.load(Ordering::Relaxed),
        );
        counter(
            "kinerja_messages_sent_total",
            "Messages Telegram accepted: replies, edits, notices and broadcast deliveries.",
            self.messages_sent.load(Ordering::Relaxed),
        );
        counter(
            "kinerja_telegram_429_total",
            "Calls Telegram refused with 429 Too Many Requests.",
            self.too_many_requests.load(Ordering::Relaxed),
        );
        counter(
            "kinerja_send_retries_total",
            "Calls tried again after a 429 or while Telegram was down.",
            self.send_retries.load(Ordering::Relaxed),
        );
        let mut gauge = |name: &str, help: &str, value: Option<i64>| {
            let Some(value) = value else { return };
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} gauge");
            let _ = writeln!(out, "{name} {value}");
        };
        gauge(
            "kinerja_inbox_depth",
            "Updates written to the inbox and not yet done.",
            depths.inbox,
        );
        gauge(
            "kinerja_outbox_depth",
            "Notices and broadcast deliveries waiting or being sent.",
            depths.outbox,
        );
        gauge(
            "kinerja_leader",
            "1 while this instance leads (polls, sends, schedules reminders), 0 on standby.",
            Some(i64::from(self.leader.load(Ordering::Relaxed))),
        );
        let name = "kinerja_reply_seconds";
        let _ = writeln!(
            out,
            "# HELP {name} Time from an update being taken to its handlers being done and their replies sent."
        );
        let _ = writeln!(out, "# TYPE {name} histogram");
        let mut cumulative = 0;
        for (i, le) in REPLY_BUCKETS.iter().enumerate() {
            cumulative += self.reply_buckets[i].load(Ordering::Relaxed);
            let _ = writeln!(out, "{name}_bucket{{le=\"{le}\"}} {cumulative}");
        }
        cumulative += self.reply_buckets[REPLY_BUCKETS.len()].load(Ordering::Relaxed);
        let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {cumulative}");
        let sum = self.reply_sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(out, "{name}_sum {sum}");
        let _ = writeln!(out, "{name}_count {cumulative}");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_is_cumulative_and_ends_in_the_count() {
        let m = Metrics::default();
        m.observe_reply(0.01);
        m.observe_reply(0.3);
        m.observe_reply(60.0);
        let text = m.render(Depths {
            inbox: Some(2),
            outbox: None,
        });
        assert!(
            text.contains("kinerja_reply_seconds_bucket{le=\"0.05\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("kinerja_reply_seconds_bucket{le=\"0.5\"} 2\n"),
            "{text}"
        );
        assert!(
            text.contains("kinerja_reply_seconds_bucket{le=\"10\"} 2\n"),
            "{text}"
        );
        assert!(
            text.contains("kinerja_reply_seconds_bucket{le=\"+Inf\"} 3\n"),
            "{text}"
        );
        assert!(text.contains("kinerja_reply_seconds_count 3\n"), "{text}");
        assert!(text.contains("kinerja_inbox_depth 2\n"), "{text}");
        assert!(
            !text.contains("kinerja_outbox_depth"),
            "unknown depth left out: {text}"
        );
    }

    #[test]
    fn an_update_is_timed_from_taken_to_handled() {
        let m = Metrics::default();
        m.update_taken(7);
        m.update_handled(7);
        m.update_handled(8);
        assert_eq!(m.updates_taken_total(), 1);
        assert_eq!(m.updates_handled_total(), 2);
        assert!(
            m.render(Depths::default())
                .contains("kinerja_reply_seconds_count 1\n")
        );
    }
}
