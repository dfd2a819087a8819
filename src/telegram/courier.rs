//! Replies leave the handlers through a courier, so that no handler waits for a chat's
//! pace. Telegram takes about one message a second into a chat: a handler that sent thirty
//! files itself would hold that chat's next update (a button press, whose spinner turns
//! meanwhile) for half a minute.
//!
//! - While a handler runs, what it sends is collected in its update's [`Scope`], in order.
//!   A button press is answered (`answerCallbackQuery`) in a task of its own, at once and
//!   unpaced: the handler does not wait for the answer's round trip, so neither does the
//!   chat's next press. The update's messages wait in their queues until it is through, so
//!   the spinner stops before any of them arrives.
//! - When the handler returns, the scope's messages join their chats' queues. Each chat has
//!   one queue, drained by one task in order, at the chat's pace ([`super::Limiter`]); a
//!   task ends when its queue is empty. Messages into one chat therefore arrive in the order
//!   the handlers wrote them, and the next update of the chat is handled meanwhile.
//! - The update is stamped handled in the inbox only once its messages went out
//!   ([`crate::bot::inbox`]), so a process killed with replies still queued tells those
//!   people to check, as for any update it interrupted.
//!
//! The queues live in memory: they are what a running process is sending now, never state
//! a restart must keep (the inbox keeps that).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use teloxide::RequestError;
use teloxide::types::{CallbackQueryId, ChatId, Message};
use tokio::sync::{Notify, mpsc, oneshot, watch};

use super::{Out, TgBot};

/// What a sent message came back as (an album: each of its messages; an edit: the message).
pub type Sent = Result<Vec<Message>, RequestError>;

/// The per-chat queues of replies. Shared by every clone of a [`TgBot`].
#[derive(Debug, Default)]
pub struct Courier {
    chats: Mutex<HashMap<i64, mpsc::UnboundedSender<Job>>>,
    /// Jobs queued or running, and work waiting for them (an update's handled stamp).
    busy: AtomicUsize,
    quiet: Notify,
}

/// Keeps the courier busy while it lives: [`Courier::idle`] waits for every hold to drop.
#[derive(Debug)]
pub struct Hold {
    courier: Arc<Courier>,
}

impl Drop for Hold {
    fn drop(&mut self) {
        if self.courier.busy.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.courier.quiet.notify_waiters();
        }
    }
}

#[derive(Debug)]
struct Job {
    out: Out,
    done: Option<oneshot::Sender<Sent>>,
    /// The update's button answer: the job waits until it is through.
    after: Option<AnswerThrough>,
    _hold: Hold,
}

/// Turns true once an update's button press is answered (or the answer failed for good).
pub type AnswerThrough = watch::Receiver<bool>;

impl Courier {
    pub fn hold(self: &Arc<Self>) -> Hold {
        self.busy.fetch_add(1, Ordering::AcqRel);
        Hold {
            courier: self.clone(),
        }
    }

    /// Waits until nothing is queued, sending or waiting for a send; false when `limit`
    /// passed first.
    pub async fn idle(&self, limit: Duration) -> bool {
        let wait = async {
            loop {
                let quiet = self.quiet.notified();
                tokio::pin!(quiet);
                quiet.as_mut().enable();
                if self.busy.load(Ordering::Acquire) == 0 {
                    return;
                }
                quiet.await;
            }
        };
        tokio::time::timeout(limit, wait).await.is_ok()
    }

    /// Puts `out` at the end of `chat`'s queue; `done` hears how it went. It goes once what
    /// was queued before it went and, with `after`, once that press answer is through.
    pub(super) fn enqueue(
        self: &Arc<Self>,
        bot: &TgBot,
        chat: ChatId,
        out: Out,
        done: Option<oneshot::Sender<Sent>>,
        after: Option<AnswerThrough>,
    ) {
        let job = Job {
            out,
            done,
            after,
            _hold: self.hold(),
        };
        let mut chats = self.lock();
        // The receiver lives while the entry does: its task removes the entry, under this
        // lock, before it ends. A send that fails anyway starts a new queue.
        let job = match chats.get(&chat.0) {
            Some(queue) => match queue.send(job) {
                Ok(()) => return,
                Err(mpsc::error::SendError(job)) => job,
            },
            None => job,
        };
        let (queue, jobs) = mpsc::unbounded_channel();
        let _ = queue.send(job);
        chats.insert(chat.0, queue);
        drop(chats);
        tokio::spawn(drain(self.clone(), bot.unscoped(), chat, jobs));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, mpsc::UnboundedSender<Job>>> {
        // The map holds only queue handles: a panic elsewhere cannot leave it half-written.
        self.chats.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends a chat's queue in order until it is empty.
async fn drain(
    courier: Arc<Courier>,
    bot: TgBot,
    chat: ChatId,
    mut jobs: mpsc::UnboundedReceiver<Job>,
) {
    loop {
        let job = match jobs.try_recv() {
            Ok(job) => job,
            Err(_) => {
                let mut chats = courier.lock();
                match jobs.try_recv() {
                    Ok(job) => job,
                    Err(_) => {
                        chats.remove(&chat.0);
                        return;
                    }
                }
            }
        };
        if let Some(mut answered) = job.after {
            // A dropped sender (the answer's task ended) lets the message go too.
            let _ = answered.wait_for(|through| *through).await;
        }
        let priority = job.out.priority();
        let result = bot.send_out(priority, chat, job.out).await;
        if let Err(e) = &result {
            tracing::warn!(chat = chat.0, error = %e, "a reply could not be sent");
        }
        if let Some(done) = job.done {
            let _ = done.send(result);
        }
    }
}

/// What one update's handlers sent, held until they are done, and the button press they
/// answer.
#[derive(Debug, Default)]
pub struct Scope {
    messages: Mutex<Vec<(ChatId, Out)>>,
    /// Messages already handed to the courier, to wait for.
    queued: Mutex<Vec<oneshot::Receiver<Sent>>>,
    press: Mutex<Press>,
}

#[derive(Debug, Default, Clone)]
enum Press {
    #[default]
    None,
    Pending(CallbackQueryId),
    /// The answer went (or is going): its messages wait for this to turn true.
    Answered(AnswerThrough),
}

impl Scope {
    pub(super) fn push(&self, chat: ChatId, out: Out) {
        lock(&self.messages).push((chat, out));
    }

    pub(super) fn take(&self) -> Vec<(ChatId, Out)> {
        std::mem::take(&mut *lock(&self.messages))
    }

    pub(super) fn queued(&self, sent: oneshot::Receiver<Sent>) {
        lock(&self.queued).push(sent);
    }

    pub(super) fn take_queued(&self) -> Vec<oneshot::Receiver<Sent>> {
        std::mem::take(&mut *lock(&self.queued))
    }

    pub(super) fn begin_press(&self, id: CallbackQueryId) {
        *lock(&self.press) = Press::Pending(id);
    }

    /// The press to answer now, if it is still waiting, and the sender to tell when its
    /// answer is through; it counts as answered from here.
    pub(super) fn take_press(&self) -> Option<(CallbackQueryId, watch::Sender<bool>)> {
        let mut press = lock(&self.press);
        match &*press {
            Press::Pending(id) => {
                let id = id.clone();
                let (through, answered) = watch::channel(false);
                *press = Press::Answered(answered);
                Some((id, through))
            }
            Press::None | Press::Answered(_) => None,
        }
    }

    /// What the update's messages wait for: its button answer, once it was given.
    pub(super) fn answered(&self) -> Option<AnswerThrough> {
        match &*lock(&self.press) {
            Press::Answered(answered) => Some(answered.clone()),
            Press::None | Press::Pending(_) => None,
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits for the sends of one handler and its button answer, as [`TgBot::finish`] hands
/// them out.
pub struct Delivered {
    pending: Vec<oneshot::Receiver<Sent>>,
    answer: Option<AnswerThrough>,
    _hold: Hold,
}

impl Delivered {
    pub(super) fn new(
        pending: Vec<oneshot::Receiver<Sent>>,
        answer: Option<AnswerThrough>,
        hold: Hold,
    ) -> Delivered {
        Delivered {
            pending,
            answer,
            _hold: hold,
        }
    }

    /// Waits until the button answer and every message went out (or failed for good); the
    /// courier counts as busy until this value is dropped.
    pub async fn wait(&mut self) {
        if let Some(mut answer) = self.answer.take() {
            let _ = answer.wait_for(|through| *through).await;
        }
        for done in self.pending.drain(..) {
            let _ = done.await;
        }
    }
}
