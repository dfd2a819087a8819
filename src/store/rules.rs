//! Rule changes (Perubahan Aturan): acknowledgements with their time, questions and HR's
//! answers, FAQs published to the same people, and reminders to those who have not
//! acknowledged. Every notice a change causes is queued in the change's own transaction.

use sqlx::Row;

use super::broadcast::{NewAnnouncement, insert_announcement, queue_notice};
use super::{Store, StoreError, audit, now};
use crate::domain::broadcast::{Audience, Kind};
use crate::domain::text::Notice;

/// What pressing **Sudah saya baca** did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckOutcome {
    Recorded(i64),
    /// Already acknowledged, at this time.
    Already(i64),
    NotRecipient,
    NotARule,
}

/// A question on a rule change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub announcement_id: i64,
    pub nip: String,
    pub nama: String,
    pub text: String,
    pub asked_at: i64,
    pub answer: Option<String>,
    pub answered_at: Option<i64>,
    pub faq_id: Option<i64>,
}

/// What an answer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerOutcome {
    Answered(Question),
    /// Another admin answered first.
    AlreadyAnswered(Question),
    NotFound,
}

/// What publishing a FAQ did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaqOutcome {
    Published { id: i64, recipients: i64 },
    AlreadyPublished(i64),
    NotAnswered,
    NotFound,
}

/// What a reminder to non-acknowledgers did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemindOutcome {
    Queued(i64),
    /// This reminder round was already sent (a second tap, or another admin).
    AlreadySent,
    NotARule,
}

/// Acknowledgement figures of a rule change.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleCounts {
    pub recipients: i64,
    pub acknowledged: i64,
    pub questions: i64,
    pub open_questions: i64,
    pub reminders: i64,
}

/// The columns [`question_of`] reads.
const QUESTION_COLUMNS: &str =
    "q.id, q.announcement_id, q.nip, e.nama, q.text, q.asked_at, q.answer, q.answered_at, q.faq_id";

fn question_of(r: &sqlx::any::AnyRow) -> Result<Question, StoreError> {
    Ok(Question {
        id: r.try_get("id")?,
        announcement_id: r.try_get("announcement_id")?,
        nip: r.try_get("nip")?,
        nama: r.try_get("nama")?,
        text: r.try_get("text")?,
        asked_at: r.try_get("asked_at")?,
        answer: r.try_get("answer")?,
        answered_at: r.try_get("answered_at")?,
        faq_id: r.try_get("faq_id")?,
    })
}

/// One question with the asker's name.
async fn fetch_question(
    conn: &mut sqlx::AnyConnection,
    id: i64,
) -> Result<Option<Question>, StoreError> {
    let sql = format!(
        "SELECT {QUESTION_COLUMNS} FROM questions q JOIN employees e ON e.nip = q.nip WHERE q.id = $1"
    );
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(question_of).transpose()
}

impl Store {
    async fn is_rule(&self, announcement_id: i64) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM announcements WHERE id = $1 AND kind = 'aturan'")
                .bind(announcement_id)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }

    /// **Sudah saya baca**: records the first acknowledgement's time.
    pub async fn acknowledge(
        &self,
        announcement_id: i64,
        nip: &str,
    ) -> Result<AckOutcome, StoreError> {
        if !self.is_rule(announcement_id).await? {
            return Ok(AckOutcome::NotARule);
        }
        if !self.is_recipient(announcement_id, nip).await? {
            return Ok(AckOutcome::NotRecipient);
        }
        let t = now();
        let inserted = sqlx::query(
            "INSERT INTO acknowledgements (announcement_id, nip, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind(announcement_id)
        .bind(nip)
        .bind(t)
        .execute(self.pool())
        .await?
        .rows_affected();
        if inserted == 1 {
            return Ok(AckOutcome::Recorded(t));
        }
        Ok(AckOutcome::Already(
            self.acknowledged_at(announcement_id, nip)
                .await?
                .unwrap_or(t),
        ))
    }

    pub async fn acknowledged_at(
        &self,
        announcement_id: i64,
        nip: &str,
    ) -> Result<Option<i64>, StoreError> {
        Ok(
            sqlx::query("SELECT at FROM acknowledgements WHERE announcement_id = $1 AND nip = $2")
                .bind(announcement_id)
                .bind(nip)
                .fetch_optional(self.pool())
                .await?
                .map(|r| r.try_get("at"))
                .transpose()?,
        )
    }

    /// Whether a person may ask about this announcement: a rule change sent to them.
    pub async fn may_ask(&self, announcement_id: i64, nip: &str) -> Result<bool, StoreError> {
        Ok(self.is_rule(announcement_id).await? && self.is_recipient(announcement_id, nip).await?)
    }

    /// Stores a question and queues a notice with **Jawab** to every HR admin.
    pub async fn ask_question(
        &self,
        announcement_id: i64,
        nip: &str,
        text: &str,
        notice: impl Fn(&Question) -> Notice,
    ) -> Result<Question, StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO questions (announcement_id, nip, text, asked_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(announcement_id)
        .bind(nip)
        .bind(text)
        .bind(t)
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        let question = fetch_question(&mut tx, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let notice = notice(&question);
        let admins = sqlx::query(
            "SELECT b.chat_id FROM bindings b JOIN employees e ON e.nip = b.nip WHERE e.is_admin = 1 AND e.active = 1 ORDER BY e.nip",
        )
        .fetch_all(&mut *tx)
        .await?;
        for r in &admins {
            let chat: i64 = r.try_get("chat_id")?;
            queue_notice(&mut tx, chat, &notice, None).await?;
        }
        tx.commit().await?;
        Ok(question)
    }

    pub async fn question(&self, id: i64) -> Result<Option<Question>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        fetch_question(&mut conn, id).await
    }

    /// The questions on an announcement, unanswered first, then the newest.
    pub async fn questions_of(
        &self,
        announcement_id: i64,
        limit: i64,
    ) -> Result<Vec<Question>, StoreError> {
        let sql = format!(
            "SELECT {QUESTION_COLUMNS} FROM questions q JOIN employees e ON e.nip = q.nip WHERE q.announcement_id = $1 \
             ORDER BY CASE WHEN q.answer IS NULL THEN 0 ELSE 1 END, q.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(announcement_id)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(question_of).collect()
    }

    /// A person's questions on an announcement: asked, and how many answered.
    pub async fn my_questions(
        &self,
        announcement_id: i64,
        nip: &str,
    ) -> Result<(i64, i64), StoreError> {
        let r = sqlx::query(
            "SELECT COUNT(*) AS asked, COUNT(answer) AS answered FROM questions \
             WHERE announcement_id = $1 AND nip = $2",
        )
        .bind(announcement_id)
        .bind(nip)
        .fetch_one(self.pool())
        .await?;
        Ok((r.try_get("asked")?, r.try_get("answered")?))
    }

    /// Answers a question once; the asker gets the answer as a notice in the same
    /// transaction.
    pub async fn answer_question(
        &self,
        question_id: i64,
        answer: &str,
        actor: &str,
        notice: impl Fn(&Question) -> Notice,
    ) -> Result<AnswerOutcome, StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE questions SET answer = $2, answered_by = $3, answered_at = $4 WHERE id = $1 AND answer IS NULL",
        )
        .bind(question_id)
        .bind(answer)
        .bind(actor)
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let Some(question) = fetch_question(&mut tx, question_id).await? else {
            return Ok(AnswerOutcome::NotFound);
        };
        if done == 0 {
            return Ok(AnswerOutcome::AlreadyAnswered(question));
        }
        let chat: Option<i64> = sqlx::query("SELECT chat_id FROM bindings WHERE nip = $1")
            .bind(&question.nip)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get("chat_id"))
            .transpose()?;
        if let Some(chat) = chat {
            let notice = notice(&question);
            queue_notice(
                &mut tx,
                chat,
                &notice,
                Some(&format!("answer:{question_id}")),
            )
            .await?;
        }
        audit::record(
            &mut tx,
            actor,
            "question.answer",
            &format!("question:{question_id}"),
            &format!("announcement={}", question.announcement_id),
        )
        .await?;
        tx.commit().await?;
        Ok(AnswerOutcome::Answered(question))
    }

    /// Publishes an answered question as a FAQ to the people the rule change went to
    /// (those still registered and active), once; its `author` (the HR admin publishing
    /// it) among them only when the audience includes its author.
    pub async fn publish_faq(
        &self,
        question_id: i64,
        text: &str,
        actor: &str,
        author: Option<&str>,
    ) -> Result<FaqOutcome, StoreError> {
        let Some(question) = self.question(question_id).await? else {
            return Ok(FaqOutcome::NotFound);
        };
        if question.answer.is_none() {
            return Ok(FaqOutcome::NotAnswered);
        }
        let Some(parent) = self.announcement(question.announcement_id).await? else {
            return Ok(FaqOutcome::NotFound);
        };
        let t = now();
        let mut tx = self.begin().await?;
        let faq = NewAnnouncement {
            kind: Kind::Faq,
            audience: Audience::parse(&parent.audience).unwrap_or(Audience::Everyone),
            text: text.to_string(),
            attachment: None,
            training: None,
            author: author.map(String::from),
        };
        // Nobody's NIP is empty: an empty author excludes no one.
        let excluded = author
            .filter(|_| !faq.audience.includes_author())
            .unwrap_or_default()
            .to_string();
        let id = insert_announcement(&mut tx, &faq, Some(parent.id), actor, t).await?;
        let claimed = sqlx::query(
            "UPDATE questions SET faq_id = $2 WHERE id = $1 AND faq_id IS NULL AND answer IS NOT NULL",
        )
        .bind(question_id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            drop(tx);
            let again = self.question(question_id).await?;
            return Ok(match again.and_then(|q| q.faq_id) {
                Some(existing) => FaqOutcome::AlreadyPublished(existing),
                None => FaqOutcome::NotAnswered,
            });
        }
        let recipients = sqlx::query(
            "INSERT INTO outbox (announcement_id, nip, chat_id, status, next_attempt_at, updated_at) \
             SELECT $1, o.nip, b.chat_id, 'pending', $3, $3 FROM outbox o JOIN bindings b ON b.nip = o.nip \
             JOIN employees e ON e.nip = o.nip WHERE o.announcement_id = $2 AND e.active = 1 AND o.nip <> $4 \
             ORDER BY o.nip",
        )
        .bind(id)
        .bind(parent.id)
        .bind(t)
        .bind(excluded)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
        audit::record(
            &mut tx,
            actor,
            "announcement.faq",
            &format!("announcement:{id}"),
            &format!(
                "pertanyaan={question_id}; induk={}; penerima={recipients}",
                parent.id
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(FaqOutcome::Published { id, recipients })
    }

    /// Reminds only the recipients who have not acknowledged a rule change. `round` is the
    /// number of reminders HR saw when pressing: a stale or second press changes nothing.
    pub async fn remind_unacknowledged(
        &self,
        announcement_id: i64,
        round: i64,
        actor: &str,
        notice: &Notice,
    ) -> Result<RemindOutcome, StoreError> {
        if !self.is_rule(announcement_id).await? {
            return Ok(RemindOutcome::NotARule);
        }
        let t = now();
        let mut tx = self.begin().await?;
        let claimed = sqlx::query(
            "UPDATE announcements SET reminders = reminders + 1 WHERE id = $1 AND kind = 'aturan' AND reminders = $2",
        )
        .bind(announcement_id)
        .bind(round)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(RemindOutcome::AlreadySent);
        }
        let queued = sqlx::query(
            "INSERT INTO notices (chat_id, text, message, dedupe_key, status, next_attempt_at, created_at, updated_at) \
             SELECT b.chat_id, '', $2, 'rule-reminder:' || o.announcement_id || ':' || $3 || ':' || o.nip, 'pending', $4, $4, $4 \
             FROM outbox o JOIN bindings b ON b.nip = o.nip JOIN employees e ON e.nip = o.nip \
             WHERE o.announcement_id = $1 AND e.active = 1 AND o.status <> 'unreachable' \
               AND NOT EXISTS (SELECT 1 FROM acknowledgements k WHERE k.announcement_id = o.announcement_id AND k.nip = o.nip) \
             ORDER BY o.nip ON CONFLICT DO NOTHING",
        )
        .bind(announcement_id)
        .bind(super::broadcast::notice_json(notice))
        .bind(round + 1)
        .bind(t)
        .execute(&mut *tx)
        .await?
        .rows_affected() as i64;
        audit::record(
            &mut tx,
            actor,
            "announcement.remind",
            &format!("announcement:{announcement_id}"),
            &format!("putaran={}; penerima={queued}", round + 1),
        )
        .await?;
        tx.commit().await?;
        Ok(RemindOutcome::Queued(queued))
    }

    /// Acknowledgement and question figures of a rule change.
    pub async fn rule_counts(&self, announcement_id: i64) -> Result<RuleCounts, StoreError> {
        let r = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE announcement_id = $1) AS recipients, \
                    (SELECT COUNT(*) FROM acknowledgements WHERE announcement_id = $1) AS acknowledged, \
                    (SELECT COUNT(*) FROM questions WHERE announcement_id = $1) AS questions, \
                    (SELECT COUNT(*) FROM questions WHERE announcement_id = $1 AND answer IS NULL) AS open_questions, \
                    (SELECT reminders FROM announcements WHERE id = $1) AS reminders",
        )
        .bind(announcement_id)
        .fetch_one(self.pool())
        .await?;
        Ok(RuleCounts {
            recipients: r.try_get("recipients")?,
            acknowledged: r.try_get("acknowledged")?,
            questions: r.try_get("questions")?,
            open_questions: r.try_get("open_questions")?,
            reminders: r.try_get::<Option<i64>, _>("reminders")?.unwrap_or(0),
        })
    }
}
