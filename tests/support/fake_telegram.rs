//! A strict fake of the Telegram Bot API for the journey tests: the real teloxide client
//! talks to it over HTTP (`Bot::set_api_url`) exactly as it would to api.telegram.org, the
//! tests push updates as people would and then read what the bot sent, edits applied. It
//! refuses what Telegram refuses, with Telegram's descriptions — HTML that does not parse,
//! texts and captions that are too long, `callback_data` over 64 bytes, unknown chats,
//! blocked users, edits that change nothing, callback queries answered twice, invalid
//! command lists, unknown file ids — and records every call. It must never accept something
//! Telegram would refuse (a lenient fake hides the bugs it exists to find), and it must
//! never talk to the real Telegram or anything else outside 127.0.0.1.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use tokio::sync::Notify;
use tokio::time::Instant;

/// A Telegram user as the fake puts it into updates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    pub last_name: Option<String>,
    pub username: Option<String>,
    /// Telegram's `language_code` (IETF tag); Indonesian unless set.
    pub language_code: Option<String>,
}

impl TgUser {
    pub fn new(id: i64, first_name: &str) -> TgUser {
        TgUser {
            id,
            first_name: first_name.to_string(),
            last_name: None,
            username: None,
            language_code: None,
        }
    }

    fn json(&self) -> Value {
        let mut v = json!({"id": self.id, "is_bot": false, "first_name": self.first_name,
            "language_code": self.language_code.as_deref().unwrap_or("id")});
        if let Some(l) = &self.last_name {
            v["last_name"] = json!(l);
        }
        if let Some(u) = &self.username {
            v["username"] = json!(u);
        }
        v
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatKind {
    /// A person's private chat with the bot; its id is the person's user id.
    Private,
    Group {
        title: String,
    },
    Supergroup {
        title: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TgChat {
    pub id: i64,
    pub kind: ChatKind,
}

impl TgChat {
    pub fn private(user_id: i64) -> TgChat {
        TgChat {
            id: user_id,
            kind: ChatKind::Private,
        }
    }

    pub fn group(id: i64, title: &str) -> TgChat {
        TgChat {
            id,
            kind: ChatKind::Group {
                title: title.to_string(),
            },
        }
    }

    pub fn supergroup(id: i64, title: &str) -> TgChat {
        TgChat {
            id,
            kind: ChatKind::Supergroup {
                title: title.to_string(),
            },
        }
    }

    /// The chat as Telegram describes it; a private chat carries the person's names.
    fn json(&self, user: &TgUser) -> Value {
        match &self.kind {
            ChatKind::Private => {
                let mut v =
                    json!({"id": self.id, "type": "private", "first_name": user.first_name});
                if let Some(l) = &user.last_name {
                    v["last_name"] = json!(l);
                }
                if let Some(u) = &user.username {
                    v["username"] = json!(u);
                }
                v
            }
            ChatKind::Group { title } => json!({"id": self.id, "type": "group", "title": title}),
            ChatKind::Supergroup { title } => {
                json!({"id": self.id, "type": "supergroup", "title": title})
            }
        }
    }
}

/// A refusal: the `error_code`, `description` and `parameters.retry_after` of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TgError {
    pub error_code: u16,
    pub description: String,
    pub retry_after: Option<u32>,
}

impl TgError {
    fn new(error_code: u16, description: impl Into<String>) -> TgError {
        TgError {
            error_code,
            description: description.into(),
            retry_after: None,
        }
    }
}

fn bad(description: impl std::fmt::Display) -> TgError {
    TgError::new(400, format!("Bad Request: {description}"))
}

const NOT_MODIFIED: &str = "message is not modified: specified new message content and reply \
    markup are exactly the same as a current content and reply markup of the message";
const QUERY_INVALID: &str = "query is too old and response timeout expired or query ID is invalid";

/// One call the bot made, and how the fake answered it.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method as the bot spelled it (`sendMessage`, `GetUpdates`, ...).
    pub method: String,
    /// The parameters as JSON; multipart fields are strings, uploaded files
    /// `{"file_name", "size"}`.
    pub params: Value,
    /// The `result`, or the error code and description of the refusal.
    pub outcome: Result<Value, (u16, String)>,
    /// The refusal was queued by the test with [`FakeTelegram::fail_next`].
    pub injected: bool,
}

impl Call {
    pub fn is_ok(&self) -> bool {
        self.outcome.is_ok()
    }

    fn line(&self) -> String {
        let mut params = self.params.to_string();
        if params.len() > 300 {
            let cut = (0..=300)
                .rev()
                .find(|i| params.is_char_boundary(*i))
                .unwrap_or(0);
            params.truncate(cut);
            params.push('…');
        }
        match &self.outcome {
            Ok(_) => format!("{} {params} -> ok", self.method),
            Err((code, d)) => format!("{} {params} -> {code} {d}", self.method),
        }
    }
}

/// A button answer or a message into a private chat, as the fake accepted it
/// ([`FakeTelegram::arrived_in_order`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrived {
    /// The answerCallbackQuery of the press with this id.
    Answer(String),
    /// A message (text or caption) into this chat.
    Message { chat: i64, text: String },
}

/// A message the bot sent, as it stands now (edits applied).
#[derive(Debug, Clone, PartialEq)]
pub struct SentMessage {
    pub message_id: i64,
    pub chat_id: i64,
    /// What the person sees: the text or caption after entity parsing, trimmed.
    pub text: String,
    /// The text or caption as the bot sent it (markup included).
    pub raw: String,
    pub parse_mode: Option<String>,
    /// The entities Telegram derived (UTF-16 offsets), as JSON.
    pub entities: Vec<Value>,
    /// The `reply_markup` as sent (inline or reply keyboard, removal, force reply).
    pub reply_markup: Option<Value>,
    /// `text`, `photo`, `document`, `copy` or `forward`.
    pub kind: String,
    /// The file of a photo or document (a fresh id for uploads).
    pub file_id: Option<String>,
    /// The media fields of the message as Telegram returns them (`photo`, `document`, ...).
    pub media: Value,
    pub date: i64,
    pub edits: u32,
    pub edit_date: Option<i64>,
    deleted: bool,
}

/// A photo or document the bot sent: its bytes uploaded in the request (multipart,
/// `attach://`), or a file Telegram already had, by its `file_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSend {
    pub chat_id: i64,
    /// `photo` or `document`.
    pub kind: &'static str,
    /// The id the file has now (a fresh one for an upload).
    pub file_id: String,
    pub uploaded: bool,
}

/// The largest file a bot may upload (multipart), as Telegram has it.
pub const MAX_UPLOAD: usize = 50 * 1024 * 1024;

/// The largest photo Telegram takes (`sendPhoto`).
pub const MAX_PHOTO_UPLOAD: usize = 10 * 1024 * 1024;

/// The largest file `getFile` gives a bot (Telegram: 20 MB).
pub const MAX_GET_FILE: usize = 20 * 1024 * 1024;

/// How long Telegram finds a text after entity parsing: in UTF-16 code units (an emoji
/// outside the BMP counts two). Its 4096 and 1024 are counted so.
pub fn telegram_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// How the bot answered a callback query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackAnswer {
    pub text: Option<String>,
    pub show_alert: bool,
    pub url: Option<String>,
}

struct FileEntry {
    kind: &'static str,
    name: Option<String>,
    content: Vec<u8>,
    path: String,
}

/// Commands set for a scope and language code: (scope, language code, [(command, description)]).
type ScopedCommands = (Value, String, Vec<(String, String)>);

#[derive(Default)]
struct State {
    next_update_id: i64,
    next_message_id: i64,
    next_id: u64,
    /// Updates not yet confirmed by a `getUpdates` offset.
    updates: VecDeque<(i64, Value)>,
    confirmed_offset: i64,
    /// Chats the bot may write to (someone wrote from them), with their JSON.
    chats: HashMap<i64, Value>,
    blocked: HashSet<i64>,
    /// Messages people sent, by (chat, message id).
    incoming: HashMap<(i64, i64), Value>,
    sent: Vec<SentMessage>,
    /// Every message the bot sent or edited, in order: (chat, message id).
    events: Vec<(i64, i64)>,
    /// The update that carried a person's message (chat, message id) or button press.
    message_updates: HashMap<(i64, i64), i64>,
    callback_updates: HashMap<String, i64>,
    /// Callback queries in the order they were pushed, with their answers.
    callbacks: Vec<(String, Option<CallbackAnswer>)>,
    commands: Vec<ScopedCommands>,
    files: HashMap<String, FileEntry>,
    /// Every photo or document the bot sent, in order: uploaded or by a known file id.
    file_sends: Vec<FileSend>,
    injected: HashMap<String, VecDeque<TgError>>,
    calls: Vec<Call>,
    /// When sends were accepted, for Telegram's ~30 messages a second across chats.
    recent_sends: VecDeque<Instant>,
    /// Sends refused with 429 for going over that.
    too_many: usize,
    /// Set by throughput benchmarks that measure the bot, not Telegram's ceiling.
    no_flood_control: bool,
    /// Accepted sendMessage calls.
    delivered: usize,
    /// After this many accepted sendMessage calls, further ones are held unanswered.
    hold_after: Option<usize>,
    held: usize,
    /// Set to let held sends go: delivered (`true`) or failed as a dead connection.
    release: Option<bool>,
    /// Until then every call fails with 502 Bad Gateway (Telegram down).
    down_until: Option<Instant>,
    /// Until then every call waits this long before it is answered (Telegram slow).
    slow_until: Option<(Instant, Duration)>,
    /// The webhook set with `setWebhook`: updates are POSTed there instead of polled.
    webhook: Option<Webhook>,
    /// Every POST of an update to the webhook, in order.
    webhook_posts: Vec<WebhookPost>,
    /// Wait after a refused or failed POST (Telegram waits longer; tests do not).
    webhook_backoff: Option<Duration>,
    /// The network and Telegram between the bot and the Bot API: every call but getUpdates
    /// is answered this long (base ± jitter, uniform) after it arrived.
    latency: Option<(Duration, Duration)>,
    /// When sends were accepted within the last five seconds (Telegram's ~30 a second held
    /// over a longer window too).
    recent_sends_5s: VecDeque<Instant>,
    /// When each accepted message arrived (an album: each of its files), in order.
    arrivals: Vec<Instant>,
    /// When the answerCallbackQuery of a press arrived, by callback query id.
    press_answered_at: HashMap<String, Instant>,
    /// Button answers and messages into private chats in the order they were accepted.
    arrived_in_order: Vec<Arrived>,
    /// Set to hold each private chat to ~1 message a second with a short burst.
    chat_pace: bool,
    /// Per private chat: when its messages arrived within the chat window.
    chat_arrivals: HashMap<i64, VecDeque<Instant>>,
    /// Sends refused with 429 for going over the per-chat pace.
    chat_too_many: usize,
    /// `getUpdates` calls being answered now (two at once: two bots polling one token).
    polls_open: usize,
    /// `getUpdates` calls refused with 409 because another was open (as Telegram does).
    poll_conflicts: usize,
}

/// A webhook as `setWebhook` registered it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    pub url: String,
    pub secret_token: Option<String>,
    pub allowed_updates: Option<Value>,
}

/// One POST of an update to the webhook: the bot's HTTP status, `None` when there was no
/// answer (connection refused or reset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookPost {
    pub update_id: i64,
    pub status: Option<u16>,
}

/// What the fake waits after a refused POST unless told otherwise.
const WEBHOOK_BACKOFF: Duration = Duration::from_millis(200);

struct Shared {
    state: Mutex<State>,
    /// Woken when an update is pushed (long polls).
    pushed: Notify,
    /// Woken when anything happened (waiting tests).
    changed: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap()
    }
}

/// With [`FakeTelegram::pace_chats`]: at most this many messages arrive in one private
/// chat within [`CHAT_PACE_WINDOW`] — a burst of three, then about one a second.
pub const CHAT_PACE_LIMIT: usize = 8;
pub const CHAT_PACE_WINDOW: Duration = Duration::from_secs(5);

/// The fake server; it stops when dropped. Share it behind an `Arc`.
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
    /// POSTs updates to the webhook while one is set.
    webhook_courier: tokio::task::JoinHandle<()>,
}

impl FakeTelegram {
    /// The only token the fake accepts; any other gets 401 Unauthorized.
    pub const TOKEN: &'static str = "123456:TEST-TOKEN";
    pub const BOT_ID: i64 = 123456;
    pub const BOT_USERNAME: &'static str = "kinerja_test_bot";

    /// Binds 127.0.0.1 on a free port and serves until dropped.
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                next_update_id: 1,
                next_message_id: 1,
                ..State::default()
            }),
            pushed: Notify::new(),
            changed: Notify::new(),
        });
        // Telegram takes uploads of up to 50 MB from a bot (axum's default is 2 MB).
        let app = Router::new()
            .fallback(handle)
            .layer(axum::extract::DefaultBodyLimit::max(
                MAX_UPLOAD + 1024 * 1024,
            ))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("the fake Telegram serves");
        });
        let webhook_courier = tokio::spawn(deliver_to_webhook(shared.clone()));
        FakeTelegram {
            shared,
            addr,
            server,
            webhook_courier,
        }
    }

    /// The base URL for `Bot::set_api_url`: teloxide appends `bot<TOKEN>/<method>`.
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.shared.lock()
    }

    fn notify(&self) {
        self.shared.pushed.notify_waiters();
        self.shared.changed.notify_waiters();
    }

    fn push_message(&self, user: &TgUser, chat: &TgChat, fill: impl FnOnce(&mut Value)) -> i64 {
        let message_id = {
            let mut st = self.lock();
            let message_id = st.message_id();
            let chat_json = chat.json(user);
            st.chats.insert(chat.id, chat_json.clone());
            let mut message = json!({"message_id": message_id, "from": user.json(),
                "chat": chat_json, "date": now()});
            fill(&mut message);
            st.incoming.insert((chat.id, message_id), message.clone());
            let update = st.push_update(json!({ "message": message }));
            st.message_updates.insert((chat.id, message_id), update);
            message_id
        };
        self.notify();
        message_id
    }

    /// A text message; a leading `/command` gets its `bot_command` entity.
    pub fn push_text(&self, user: &TgUser, chat: &TgChat, text: &str) -> i64 {
        self.push_message(user, chat, |m| {
            m["text"] = json!(text);
            if text.starts_with('/') {
                let command = text.split_whitespace().next().unwrap_or(text);
                let length = command.encode_utf16().count();
                m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
            }
        })
    }

    /// A contact card in the user's private chat. `contact_user_id` is the Telegram user
    /// behind the contact (the sender's own id via the contact-request button).
    pub fn push_contact(
        &self,
        user: &TgUser,
        phone_number: &str,
        contact_user_id: Option<i64>,
        first_name: &str,
    ) -> i64 {
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["contact"] = json!({"phone_number": phone_number, "first_name": first_name});
            if let Some(id) = contact_user_id {
                m["contact"]["user_id"] = json!(id);
            }
        })
    }

    /// A photo in the user's private chat: two sizes, `file_id` is the largest.
    pub fn push_photo(&self, user: &TgUser, file_id: &str, caption: Option<&str>) -> i64 {
        let small = format!("{file_id}-s");
        for id in [file_id, &small] {
            self.add_file_of_kind(id, "photo", None, None);
        }
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["photo"] = json!([
                {"file_id": small, "file_unique_id": unique_id(&small), "file_size": 1200,
                    "width": 90, "height": 67},
                {"file_id": file_id, "file_unique_id": unique_id(file_id), "file_size": 54000,
                    "width": 1280, "height": 960}
            ]);
            if let Some(c) = caption {
                m["caption"] = json!(c);
            }
        })
    }

    /// A document in the user's private chat; its content is empty unless given with
    /// [`FakeTelegram::add_file`] (before or after).
    pub fn push_document(
        &self,
        user: &TgUser,
        file_id: &str,
        file_name: &str,
        caption: Option<&str>,
    ) -> i64 {
        let size = self.add_file_of_kind(file_id, "document", Some(file_name), None);
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["document"] = json!({"file_id": file_id, "file_unique_id": unique_id(file_id),
                "file_name": file_name, "mime_type": mime_type(file_name), "file_size": size});
            if let Some(c) = caption {
                m["caption"] = json!(c);
            }
        })
    }

    pub fn push_sticker(&self, user: &TgUser) -> i64 {
        let file_id = "CAACAgIAAxkBAAEstckr";
        self.add_file_of_kind(file_id, "sticker", None, None);
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["sticker"] = json!({"file_id": file_id, "file_unique_id": unique_id(file_id),
                "file_size": 3000, "width": 512, "height": 512, "type": "regular",
                "is_animated": false, "is_video": false, "emoji": "👍"});
        })
    }

    /// A tap on a button of `message_id`, a message the bot sent into the user's private
    /// chat, carrying `data` (genuine, stale or forged). The update carries the message as
    /// it stands now; a message the fake does not know arrives as inaccessible (date 0).
    /// Returns the callback query id.
    pub fn push_callback(&self, user: &TgUser, message_id: i64, data: &str) -> String {
        let id = {
            let mut st = self.lock();
            let id = format!("cbq-{}", st.next_id());
            let chat_json = TgChat::private(user.id).json(user);
            let message = match st.find_sent(user.id, message_id) {
                Some(i) => st.message_json(&st.sent[i]),
                None => json!({"message_id": message_id, "chat": chat_json, "date": 0}),
            };
            st.chats.entry(user.id).or_insert(chat_json);
            st.callbacks.push((id.clone(), None));
            let update = st.push_update(json!({"callback_query": {"id": id, "from": user.json(),
                "message": message, "chat_instance": format!("ci-{}", user.id), "data": data}}));
            st.callback_updates.insert(id.clone(), update);
            id
        };
        self.notify();
        id
    }

    /// Any update (a JSON object without `update_id`); the fake assigns the id, learns the
    /// chat of a message and makes a callback query answerable.
    pub fn push_raw_update(&self, update_without_id: Value) -> i64 {
        let id = {
            let mut st = self.lock();
            for key in [
                "message",
                "edited_message",
                "channel_post",
                "edited_channel_post",
            ] {
                let chat = update_without_id.get(key).and_then(|m| m.get("chat"));
                if let Some(chat_id) = chat.and_then(|c| c.get("id")).and_then(Value::as_i64) {
                    st.chats
                        .entry(chat_id)
                        .or_insert_with(|| chat.cloned().unwrap_or_default());
                }
            }
            if let Some(q) = update_without_id
                .pointer("/callback_query/id")
                .and_then(Value::as_str)
            {
                st.callbacks.push((q.to_string(), None));
            }
            st.push_update(update_without_id)
        };
        self.notify();
        id
    }

    /// Marks the user's private chat as one the bot may write to (the person started the
    /// bot earlier), without an update.
    pub fn register_user(&self, user: &TgUser) {
        self.lock()
            .chats
            .insert(user.id, TgChat::private(user.id).json(user));
    }

    /// Gives a file id content (for `getFile` and downloads) or registers it as a document.
    pub fn add_file(&self, file_id: &str, content: &[u8]) {
        self.add_file_of_kind(file_id, "document", None, Some(content));
        self.shared.changed.notify_waiters();
    }

    /// Makes a photo's file id known, as if someone had sent that photo earlier.
    pub fn add_photo(&self, file_id: &str) {
        self.add_file_of_kind(file_id, "photo", None, None);
    }

    /// Registers a file (keeping what is known) and returns its size.
    fn add_file_of_kind(
        &self,
        file_id: &str,
        kind: &'static str,
        name: Option<&str>,
        content: Option<&[u8]>,
    ) -> usize {
        let mut st = self.lock();
        let n = st.next_id();
        let entry = st
            .files
            .entry(file_id.to_string())
            .or_insert_with(|| FileEntry {
                kind,
                name: None,
                content: Vec::new(),
                path: file_path(kind, n, name),
            });
        if let Some(name) = name {
            entry.kind = kind;
            entry.name = Some(name.to_string());
            entry.path = file_path(kind, n, Some(name));
        }
        if let Some(content) = content {
            entry.content = content.to_vec();
        }
        entry.content.len()
    }

    /// The bytes of a file: one the bot uploaded (see [`SentMessage::file_id`]) or one given
    /// with [`FakeTelegram::add_file`].
    pub fn file_content(&self, file_id: &str) -> Option<Vec<u8>> {
        self.lock().files.get(file_id).map(|f| f.content.clone())
    }

    /// Every call the bot made, in order (long polls included).
    /// Every photo or document the bot sent that Telegram accepted, in order.
    pub fn file_sends(&self) -> Vec<FileSend> {
        self.lock().file_sends.clone()
    }

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// The calls of one method (case-insensitive).
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        let st = self.lock();
        st.calls
            .iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    /// The messages the bot sent to a chat and has not deleted, in order, edits applied.
    pub fn messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        let st = self.lock();
        st.sent
            .iter()
            .filter(|m| m.chat_id == chat_id && !m.deleted)
            .cloned()
            .collect()
    }

    /// How many messages the bot has sent so far, into every chat: a mark for
    /// [`sent_from`](Self::sent_from).
    pub fn sent_count(&self) -> usize {
        self.lock().sent.len()
    }

    /// The messages the bot sent after the first `mark`, into every chat, in the order they
    /// were accepted, as they stand now: for a test that follows hundreds of chats at once
    /// without reading every chat again each time.
    pub fn sent_from(&self, mark: usize) -> Vec<SentMessage> {
        let st = self.lock();
        st.sent.iter().skip(mark).cloned().collect()
    }

    pub fn last_message_to(&self, chat_id: i64) -> Option<SentMessage> {
        self.messages_to(chat_id).pop()
    }

    /// How many times the bot has sent or edited a message in this chat so far: a mark to
    /// read what arrived after it with [`arrived_since`](Self::arrived_since).
    pub fn events_in(&self, chat_id: i64) -> usize {
        let st = self.lock();
        st.events.iter().filter(|(c, _)| *c == chat_id).count()
    }

    /// The messages of this chat sent or edited after `mark` events, as they stand now, in
    /// the order of their latest change.
    pub fn arrived_since(&self, chat_id: i64, mark: usize) -> Vec<SentMessage> {
        let st = self.lock();
        let mut ids: Vec<i64> = Vec::new();
        for (_, id) in st.events.iter().filter(|(c, _)| *c == chat_id).skip(mark) {
            ids.retain(|i| i != id);
            ids.push(*id);
        }
        ids.iter()
            .filter_map(|id| st.find_sent(chat_id, *id).map(|i| st.sent[i].clone()))
            .collect()
    }

    /// The message most recently sent or edited in this chat.
    pub fn last_changed_in(&self, chat_id: i64) -> Option<SentMessage> {
        let st = self.lock();
        st.events
            .iter()
            .rev()
            .filter(|(c, _)| *c == chat_id)
            .find_map(|(c, id)| st.find_sent(*c, *id).map(|i| st.sent[i].clone()))
    }

    /// The update that carried a person's message.
    pub fn update_of_message(&self, chat_id: i64, message_id: i64) -> Option<i64> {
        self.lock()
            .message_updates
            .get(&(chat_id, message_id))
            .copied()
    }

    /// The update that carried a button press.
    pub fn update_of_callback(&self, callback_id: &str) -> Option<i64> {
        self.lock().callback_updates.get(callback_id).copied()
    }

    /// Where in the call log the answer to a press is, and the first message sent into
    /// `chat_id` after the press arrived: to check the spinner stopped before anything
    /// else of its handler went out.
    pub fn answer_and_first_message_after(
        &self,
        callback_id: &str,
        chat_id: i64,
        from_call: usize,
    ) -> (Option<usize>, Option<usize>) {
        let st = self.lock();
        let answered = st
            .calls
            .iter()
            .enumerate()
            .skip(from_call)
            .find_map(|(i, c)| {
                (c.method.eq_ignore_ascii_case("answerCallbackQuery")
                    && c.params.get("callback_query_id").and_then(Value::as_str)
                        == Some(callback_id))
                .then_some(i)
            });
        let first = st
            .calls
            .iter()
            .enumerate()
            .skip(from_call)
            .find_map(|(i, c)| {
                let sends = [
                    "sendmessage",
                    "sendphoto",
                    "senddocument",
                    "sendmediagroup",
                    "editmessagetext",
                    "editmessagereplymarkup",
                    "copymessage",
                ];
                let to_chat = c
                    .params
                    .get("chat_id")
                    .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
                    == Some(chat_id);
                (sends.contains(&c.method.to_ascii_lowercase().as_str()) && to_chat).then_some(i)
            });
        (answered, first)
    }

    /// How many calls the bot has made so far.
    pub fn call_count(&self) -> usize {
        self.lock().calls.len()
    }

    /// Calls the fake refused, except the refusals queued with `fail_next`.
    pub fn errors(&self) -> Vec<Call> {
        let st = self.lock();
        st.calls
            .iter()
            .filter(|c| c.outcome.is_err() && !c.injected)
            .cloned()
            .collect()
    }

    /// Fails the test with every call Telegram would have refused.
    pub fn assert_no_errors(&self) {
        let errors = self.errors();
        let lines: Vec<String> = errors.iter().map(Call::line).collect();
        assert!(
            errors.is_empty(),
            "Telegram would have refused {} call(s):\n  {}",
            errors.len(),
            lines.join("\n  ")
        );
    }

    /// Callback query ids not answered yet, in the order they were pushed.
    pub fn unanswered_callbacks(&self) -> Vec<String> {
        let st = self.lock();
        st.callbacks
            .iter()
            .filter(|(_, a)| a.is_none())
            .map(|(id, _)| id.clone())
            .collect()
    }

    pub fn callback_answer(&self, id: &str) -> Option<CallbackAnswer> {
        let st = self.lock();
        st.callbacks
            .iter()
            .find(|(q, _)| q == id)
            .and_then(|(_, a)| a.clone())
    }

    /// The commands set for `scope` (e.g. `{"type":"default"}`) without a language code.
    pub fn commands_for(&self, scope: &Value) -> Option<Vec<(String, String)>> {
        self.commands_for_lang(scope, "")
    }

    pub fn commands_for_lang(&self, scope: &Value, lang: &str) -> Option<Vec<(String, String)>> {
        let st = self.lock();
        st.commands
            .iter()
            .find(|(s, l, _)| s == scope && l == lang)
            .map(|(_, _, c)| c.clone())
    }

    pub fn commands_for_chat(&self, chat_id: i64) -> Option<Vec<(String, String)>> {
        self.commands_for(&json!({"type": "chat", "chat_id": chat_id}))
    }

    /// The next call of `method` fails as given (429 with `retry_after`, 403, 5xx — note
    /// that teloxide sleeps 10 s after any 5xx).
    /// From now on, for `how_long`, every call answers 502 Bad Gateway.
    pub fn go_down_for(&self, how_long: Duration) {
        self.lock().down_until = Some(Instant::now() + how_long);
    }

    /// From now on, for `how_long`, every call waits `delay` before it is answered.
    pub fn go_slow_for(&self, how_long: Duration, delay: Duration) {
        self.lock().slow_until = Some((Instant::now() + how_long, delay));
    }

    pub fn fail_next(
        &self,
        method: &str,
        error_code: u16,
        description: &str,
        retry_after: Option<u32>,
    ) {
        let error = TgError {
            error_code,
            description: description.to_string(),
            retry_after,
        };
        self.lock()
            .injected
            .entry(method.to_ascii_lowercase())
            .or_default()
            .push_back(error);
    }

    /// Makes a private chat known without an update from it (a person who started the bot
    /// long ago), so the bot may write to it.
    pub fn register_chat(&self, chat_id: i64) {
        let chat = json!({"id": chat_id, "type": "private", "first_name": "Pegawai"});
        self.lock().chats.insert(chat_id, chat);
    }

    /// How many sends were refused with 429 for going over ~30 a second.
    pub fn too_many_requests(&self) -> usize {
        self.lock().too_many
    }

    /// From now on every call but getUpdates is answered `base` ± `jitter` (uniform) after
    /// it arrived, as over the network to Telegram: what it does (and the flood control's
    /// count) happens at the arrival, the answer comes later. Updates reach the bot as
    /// before, so a press's spinner measures the bot's own delay.
    pub fn set_latency(&self, base: Duration, jitter: Duration) {
        self.lock().latency = Some((base, jitter.min(base)));
    }

    /// Holds each private chat to Telegram's ~1 message a second with a short burst: more
    /// than [`CHAT_PACE_LIMIT`] messages arriving in one chat within [`CHAT_PACE_WINDOW`]
    /// get 429. Off by default: most tests lift the per-chat pace in the client.
    pub fn pace_chats(&self) {
        self.lock().chat_pace = true;
    }

    /// How many sends were refused with 429 for going over the per-chat pace (also counted
    /// in [`too_many_requests`](Self::too_many_requests)).
    pub fn chat_too_many_requests(&self) -> usize {
        self.lock().chat_too_many
    }

    /// When each accepted message arrived (an album: each of its files), in order: what
    /// Telegram's flood control counts.
    pub fn arrivals(&self) -> Vec<Instant> {
        self.lock().arrivals.clone()
    }

    /// When the answerCallbackQuery of the press `id` arrived (the spinner stops then).
    pub fn press_answered_at(&self, id: &str) -> Option<Instant> {
        self.lock().press_answered_at.get(id).copied()
    }

    /// Button answers and messages into private chats, in the order the fake accepted them
    /// (which is when Telegram counts them, not when their answers went back).
    pub fn arrived_in_order(&self) -> Vec<Arrived> {
        self.lock().arrived_in_order.clone()
    }

    /// Lifts the ~30 messages a second across chats, for benchmarks that measure how fast
    /// the bot itself answers rather than Telegram's ceiling. Everything else stays strict.
    pub fn lift_flood_control(&self) {
        self.lock().no_flood_control = true;
    }

    /// How many sendMessage calls were accepted.
    pub fn delivered(&self) -> usize {
        self.lock().delivered
    }

    /// Holds every sendMessage after the first `n` accepted ones, unanswered, until
    /// [`release_held`](Self::release_held): a send in flight when a process is killed.
    pub fn hold_sends_after(&self, n: usize) {
        let mut st = self.lock();
        st.hold_after = Some(n);
        st.release = None;
    }

    /// How many sends are being held.
    pub fn held(&self) -> usize {
        self.lock().held
    }

    /// Lets held sends go: delivered, or (`deliver == false`) failed as if the connection
    /// had died with the killed process. Later sends are no longer held.
    pub fn release_held(&self, deliver: bool) {
        let mut st = self.lock();
        st.hold_after = None;
        st.release = Some(deliver);
    }

    /// From now on, everything sent to this chat fails with 403 as when a user blocked the bot.
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked.insert(chat_id);
    }

    pub fn unblock_chat(&self, chat_id: i64) {
        self.lock().blocked.remove(&chat_id);
    }

    /// The highest offset the bot confirmed with `getUpdates`.
    pub fn confirmed_offset(&self) -> i64 {
        self.lock().confirmed_offset
    }

    /// `getUpdates` calls refused with 409 Conflict because another one was open at the
    /// same time: two instances polling one bot.
    pub fn poll_conflicts(&self) -> usize {
        self.lock().poll_conflicts
    }

    /// Updates pushed and not yet confirmed.
    pub fn pending_update_count(&self) -> usize {
        self.lock().updates.len()
    }

    /// Waits until `f` holds; on timeout, fails the test naming `what`, with the recent calls.
    pub async fn wait_for<F: Fn(&Self) -> bool>(&self, what: &str, timeout: Duration, f: F) {
        let deadline = Instant::now() + timeout;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if f(self) {
                return;
            }
            let now = Instant::now();
            if now >= deadline {
                panic!(
                    "timed out after {timeout:?} waiting for {what}\n{}",
                    self.report()
                );
            }
            let wake = deadline.min(now + Duration::from_millis(50));
            let _ = tokio::time::timeout_at(wake, changed).await;
        }
    }

    /// The recent calls (long polls left out) and the pending updates, for failure messages.
    pub fn report(&self) -> String {
        let st = self.lock();
        let recent: Vec<String> = st
            .calls
            .iter()
            .filter(|c| !c.method.eq_ignore_ascii_case("getupdates"))
            .map(Call::line)
            .collect();
        let skip = recent.len().saturating_sub(30);
        format!(
            "last {} of {} calls (getUpdates left out):\n  {}\npending updates: {}",
            recent.len() - skip,
            recent.len(),
            recent[skip..].join("\n  "),
            st.updates.len()
        )
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
        self.webhook_courier.abort();
    }
}

impl FakeTelegram {
    /// The webhook the bot registered, if any.
    pub fn webhook(&self) -> Option<Webhook> {
        self.lock().webhook.clone()
    }

    /// Every POST of an update to the webhook so far.
    pub fn webhook_posts(&self) -> Vec<WebhookPost> {
        self.lock().webhook_posts.clone()
    }

    /// How long the fake waits before it tries a refused POST again.
    pub fn set_webhook_backoff(&self, wait: Duration) {
        self.lock().webhook_backoff = Some(wait);
    }
}

/// Telegram's webhook delivery: while a webhook is set, POSTs the oldest pending update to
/// it with the secret header, one at a time (so each chat's updates arrive in order), and
/// keeps it pending until the bot answers 2xx: a refusal or a dead connection is tried
/// again after a short wait. Only ever to 127.0.0.1 or localhost; a webhook elsewhere (a
/// real domain a test registers) keeps the updates pending.
async fn deliver_to_webhook(shared: Arc<Shared>) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("an HTTP client");
    loop {
        let next = {
            let st = shared.lock();
            st.webhook
                .clone()
                .filter(|w| local_url(&w.url))
                .and_then(|w| st.updates.front().cloned().map(|u| (w, u)))
        };
        let Some((webhook, (update_id, update))) = next else {
            let pushed = shared.pushed.notified();
            let _ = tokio::time::timeout(Duration::from_millis(50), pushed).await;
            continue;
        };
        let mut request = client.post(&webhook.url).json(&update);
        if let Some(secret) = &webhook.secret_token {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        let status = request.send().await.ok().map(|r| r.status().as_u16());
        let delivered = status.is_some_and(|s| (200..300).contains(&s));
        let backoff = {
            let mut st = shared.lock();
            st.webhook_posts.push(WebhookPost { update_id, status });
            if delivered {
                st.updates.retain(|(id, _)| *id != update_id);
                st.confirmed_offset = st.confirmed_offset.max(update_id + 1);
            }
            st.webhook_backoff.unwrap_or(WEBHOOK_BACKOFF)
        };
        shared.changed.notify_waiters();
        if !delivered {
            tokio::time::sleep(backoff).await;
        }
    }
}

/// Whether a webhook URL points at this machine (the only place the fake delivers to).
fn local_url(url: &str) -> bool {
    url::Url::parse(url)
        .ok()
        .is_some_and(|u| matches!(u.host_str(), Some("127.0.0.1" | "localhost")))
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(1)
}

fn unique_id(file_id: &str) -> String {
    format!("u-{file_id}")
}

fn file_path(kind: &str, n: u64, name: Option<&str>) -> String {
    let ext = name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e)
        .unwrap_or("jpg");
    format!("{kind}s/file_{n}.{ext}")
}

fn mime_type(file_name: &str) -> &'static str {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "csv" => "text/csv",
        "txt" => "text/plain",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xls" => "application/vnd.ms-excel",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn bot_user() -> Value {
    json!({"id": FakeTelegram::BOT_ID, "is_bot": true, "first_name": "Kinerja",
        "username": FakeTelegram::BOT_USERNAME})
}

/// The parameters of one request, from a JSON body or a multipart form.
#[derive(Default)]
struct Req {
    params: Map<String, Value>,
    /// Multipart parts with a file name: part name -> (file name, bytes).
    files: HashMap<String, (String, Vec<u8>)>,
}

impl Req {
    fn get(&self, key: &str) -> Option<&Value> {
        self.params.get(key).filter(|v| !v.is_null())
    }

    fn str(&self, key: &str) -> Option<&str> {
        self.get(key)?.as_str()
    }

    fn int(&self, key: &str) -> Option<i64> {
        match self.get(key)? {
            Value::Number(n) => n.as_i64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    fn flag(&self, key: &str) -> bool {
        match self.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s == "true",
            _ => false,
        }
    }

    /// A JSON-valued parameter; multipart sends it as a JSON string.
    fn json(&self, key: &str) -> Result<Option<Value>, TgError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => serde_json::from_str(s)
                .map(Some)
                .map_err(|_| bad(format!("can't parse {key} JSON object"))),
            Some(v) => Ok(Some(v.clone())),
        }
    }

    fn chat_id(&self, key: &str) -> Result<i64, TgError> {
        match self.get(key) {
            None => Err(bad(format!("{key} is empty"))),
            Some(v) => v
                .as_i64()
                .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
                .ok_or_else(|| bad("chat not found")),
        }
    }
}

fn parse_body(headers: &HeaderMap, body: &[u8]) -> Result<Req, TgError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if body.is_empty() {
        Ok(Req::default())
    } else if content_type.starts_with("application/json") {
        match serde_json::from_slice(body) {
            Ok(Value::Object(params)) => Ok(Req {
                params,
                files: HashMap::new(),
            }),
            _ => Err(bad("can't parse JSON object")),
        }
    } else if content_type.starts_with("multipart/form-data") {
        parse_multipart(content_type, body).ok_or_else(|| bad("can't parse multipart/form-data"))
    } else {
        Err(bad(
            "the fake accepts application/json and multipart/form-data only",
        ))
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A multipart/form-data body: text fields become strings, file parts are kept as bytes.
fn parse_multipart(content_type: &str, body: &[u8]) -> Option<Req> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))?
        .trim_matches('"');
    let delimiter = format!("\r\n--{boundary}").into_bytes();
    let mut req = Req::default();
    let mut rest = &body[find(body, &delimiter[2..])? + delimiter.len() - 2..];
    loop {
        if rest.starts_with(b"--") {
            return Some(req);
        }
        rest = rest.strip_prefix(b"\r\n")?;
        let head_end = find(rest, b"\r\n\r\n")?;
        let head = std::str::from_utf8(&rest[..head_end]).ok()?;
        rest = &rest[head_end + 4..];
        let end = find(rest, &delimiter)?;
        let content = &rest[..end];
        rest = &rest[end + delimiter.len()..];
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
        let param = |key: &str| {
            disposition.split(';').skip(1).find_map(|p| {
                let (k, v) = p.trim().split_once('=')?;
                (k == key).then(|| v.trim_matches('"').to_string())
            })
        };
        let name = param("name")?;
        match param("filename") {
            Some(file_name) => {
                req.params.insert(
                    name.clone(),
                    json!({"file_name": file_name, "size": content.len()}),
                );
                req.files.insert(name, (file_name, content.to_vec()));
            }
            None => {
                req.params.insert(
                    name,
                    Value::String(String::from_utf8_lossy(content).into_owned()),
                );
            }
        }
    }
}

async fn handle(
    AxumState(shared): AxumState<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let segments: Vec<String> = uri
        .path()
        .trim_start_matches('/')
        .split('/')
        .map(|s| s.replace("%3A", ":").replace("%2F", "/"))
        .collect();
    let token_ok = |s: &str| s == format!("bot{}", FakeTelegram::TOKEN);
    if segments.first().map(String::as_str) == Some("file") {
        return download(&shared, &segments[1..], token_ok);
    }
    let (method, outcome, params, injected) = match segments.as_slice() {
        [bot, method] if !token_ok(bot) => (
            method.clone(),
            Err(TgError::new(401, "Unauthorized")),
            Map::new(),
            false,
        ),
        [_, method] if !method.is_empty() => match parse_body(&headers, &body) {
            Err(e) => (method.clone(), Err(e), Map::new(), false),
            Ok(req) => {
                let lower = method.to_ascii_lowercase();
                let arrived = Instant::now();
                let (down, slow) = {
                    let state = shared.lock();
                    let now = Instant::now();
                    (
                        state.down_until.is_some_and(|t| now < t),
                        state.slow_until.filter(|(t, _)| now < *t).map(|(_, d)| d),
                    )
                };
                let latency = shared.lock().latency.filter(|_| lower != "getupdates");
                if let Some(delay) = slow {
                    tokio::time::sleep(delay).await;
                }
                if down {
                    let outcome = Err(TgError::new(502, "Bad Gateway"));
                    shared.lock().calls.push(Call {
                        method: method.clone(),
                        params: Value::Object(req.params),
                        outcome: outcome.clone().map_err(|e| (e.error_code, e.description)),
                        injected: true,
                    });
                    shared.changed.notify_waiters();
                    return reply(outcome);
                }
                if lower == "sendmessage" && !hold(&shared).await {
                    return reply(Err(TgError::new(
                        500,
                        "Internal Server Error: connection lost",
                    )));
                }
                let injected = shared
                    .lock()
                    .injected
                    .get_mut(&lower)
                    .and_then(VecDeque::pop_front);
                let outcome = match injected.clone() {
                    Some(e) => Err(e),
                    None if lower == "getupdates" => get_updates(&shared, &req).await,
                    None => shared.lock().paced_call(&lower, &req, arrived),
                };
                if let Some((base, jitter)) = latency {
                    let spread = jitter.as_secs_f64() * (2.0 * rand::random::<f64>() - 1.0);
                    let delay = (base.as_secs_f64() + spread).max(0.0);
                    tokio::time::sleep_until(arrived + Duration::from_secs_f64(delay)).await;
                }
                (method.clone(), outcome, req.params, injected.is_some())
            }
        },
        _ => (
            uri.path().to_string(),
            Err(TgError::new(404, "Not Found")),
            Map::new(),
            false,
        ),
    };
    shared.lock().calls.push(Call {
        method,
        params: Value::Object(params),
        outcome: outcome.clone().map_err(|e| (e.error_code, e.description)),
        injected,
    });
    shared.changed.notify_waiters();
    reply(outcome)
}

/// Holds a send while `hold_sends_after` says so; false when it is to fail as a dead
/// connection.
async fn hold(shared: &Shared) -> bool {
    let mut holding = false;
    loop {
        {
            let mut st = shared.lock();
            if !holding && st.hold_after.is_some_and(|n| st.delivered >= n) {
                holding = true;
                st.held += 1;
            }
            if !holding {
                return true;
            }
            if let Some(deliver) = st.release {
                st.held -= 1;
                return deliver;
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn reply(outcome: Result<Value, TgError>) -> Response {
    match outcome {
        Ok(result) => axum::Json(json!({"ok": true, "result": result})).into_response(),
        Err(e) => {
            let mut body =
                json!({"ok": false, "error_code": e.error_code, "description": e.description});
            if let Some(r) = e.retry_after {
                body["parameters"] = json!({"retry_after": r});
            }
            let status = StatusCode::from_u16(e.error_code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, axum::Json(body)).into_response()
        }
    }
}

/// `GET /file/bot<token>/<file_path>`: the bytes of a known file.
fn download(shared: &Shared, segments: &[String], token_ok: impl Fn(&str) -> bool) -> Response {
    let Some((bot, path)) = segments.split_first() else {
        return reply(Err(TgError::new(404, "Not Found")));
    };
    if !token_ok(bot) {
        return reply(Err(TgError::new(401, "Unauthorized")));
    }
    let path = path.join("/");
    let st = shared.lock();
    match st.files.values().find(|f| f.path == path) {
        Some(f) => (StatusCode::OK, f.content.clone()).into_response(),
        None => reply(Err(TgError::new(404, "Not Found"))),
    }
}

/// Long polling: confirms what lies below `offset`, then answers as soon as an update is
/// there or `timeout` seconds have passed.
async fn get_updates(shared: &Shared, req: &Req) -> Result<Value, TgError> {
    if shared.lock().webhook.is_some() {
        return Err(TgError::new(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        ));
    }
    // One long poll at a time per bot, as Telegram: the second is refused with 409 (counted).
    struct OpenPoll<'a>(&'a Shared);
    impl Drop for OpenPoll<'_> {
        fn drop(&mut self) {
            self.0.lock().polls_open -= 1;
        }
    }
    {
        let mut st = shared.lock();
        if st.polls_open > 0 {
            st.poll_conflicts += 1;
            return Err(TgError::new(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
            ));
        }
        st.polls_open += 1;
    }
    let _open = OpenPoll(shared);
    let offset = req.int("offset").unwrap_or(0);
    let limit = req.int("limit").unwrap_or(100).clamp(1, 100) as usize;
    let timeout = req.int("timeout").unwrap_or(0).clamp(0, 50) as u64;
    let deadline = Instant::now() + Duration::from_secs(timeout);
    shared.lock().confirm(offset);
    loop {
        let pushed = shared.pushed.notified();
        tokio::pin!(pushed);
        pushed.as_mut().enable();
        let batch: Vec<Value> = shared
            .lock()
            .updates
            .iter()
            .take(limit)
            .map(|(_, u)| u.clone())
            .collect();
        if !batch.is_empty() || Instant::now() >= deadline {
            return Ok(Value::Array(batch));
        }
        let _ = tokio::time::timeout_at(deadline, pushed).await;
    }
}

impl State {
    fn message_id(&mut self) -> i64 {
        self.next_message_id += 1;
        self.next_message_id - 1
    }

    fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn push_update(&mut self, mut update: Value) -> i64 {
        assert!(update.is_object(), "an update is a JSON object: {update}");
        let id = self.next_update_id;
        self.next_update_id += 1;
        update["update_id"] = json!(id);
        self.updates.push_back((id, update));
        id
    }

    /// Telegram's confirmation: every update below a positive offset is gone for good; a
    /// negative offset keeps only that many of the newest.
    fn confirm(&mut self, offset: i64) {
        if offset > 0 {
            self.updates.retain(|(id, _)| *id >= offset);
            self.confirmed_offset = self.confirmed_offset.max(offset);
        } else if offset < 0 {
            let keep = offset.unsigned_abs() as usize;
            while self.updates.len() > keep {
                if let Some((id, _)) = self.updates.pop_front() {
                    self.confirmed_offset = self.confirmed_offset.max(id + 1);
                }
            }
        }
    }

    fn call(&mut self, method: &str, r: &Req) -> Result<Value, TgError> {
        match method {
            "getme" => Ok(json!({"id": FakeTelegram::BOT_ID, "is_bot": true,
                "first_name": "Kinerja", "username": FakeTelegram::BOT_USERNAME,
                "can_join_groups": true, "can_read_all_group_messages": false,
                "supports_inline_queries": false, "can_connect_to_business": false,
                "has_main_web_app": false})),
            "setwebhook" => self.set_webhook(r),
            "deletewebhook" => {
                self.webhook = None;
                if r.flag("drop_pending_updates") {
                    let last = self.updates.back().map(|(id, _)| *id);
                    self.updates.clear();
                    if let Some(last) = last {
                        self.confirmed_offset = self.confirmed_offset.max(last + 1);
                    }
                }
                Ok(json!(true))
            }
            "close"
            | "logout"
            | "setmydescription"
            | "setmyshortdescription"
            | "setmyname"
            | "setchatmenubutton" => Ok(json!(true)),
            "getwebhookinfo" => Ok(json!({
                "url": self.webhook.as_ref().map(|w| w.url.as_str()).unwrap_or(""),
                "has_custom_certificate": false,
                "pending_update_count": self.updates.len()})),
            "sendmessage" => self.send_message(r),
            "sendphoto" => self.send_file(r, "photo"),
            "sendmediagroup" => self.send_media_group(r),
            "senddocument" => self.send_file(r, "document"),
            "copymessage" => self.copy_message(r, false),
            "forwardmessage" => self.copy_message(r, true),
            "editmessagetext" | "editmessagecaption" | "editmessagereplymarkup" => {
                self.edit(r, method)
            }
            "deletemessage" => self.delete_message(r),
            "sendchataction" => self.target_chat(r).map(|_| json!(true)),
            "answercallbackquery" => self.answer_callback(r),
            "setmycommands" => self.set_commands(r),
            "getmycommands" | "deletemycommands" => {
                let (scope, lang) = self.scope(r)?;
                let position = self
                    .commands
                    .iter()
                    .position(|(s, l, _)| *s == scope && *l == lang);
                if method == "deletemycommands" {
                    if let Some(i) = position {
                        self.commands.remove(i);
                    }
                    return Ok(json!(true));
                }
                let list = position
                    .map(|i| self.commands[i].2.clone())
                    .unwrap_or_default();
                let list: Vec<Value> = list
                    .iter()
                    .map(|(c, d)| json!({"command": c, "description": d}))
                    .collect();
                Ok(Value::Array(list))
            }
            "getfile" => {
                let id = r.str("file_id").unwrap_or("");
                let file = self.files.get(id).ok_or_else(|| bad("invalid file_id"))?;
                // Bots are given files up to 20 MB only.
                if file.content.len() > MAX_GET_FILE {
                    return Err(bad("file is too big"));
                }
                Ok(json!({"file_id": id, "file_unique_id": unique_id(id),
                    "file_size": file.content.len(), "file_path": file.path}))
            }
            "getchat" => {
                let id = r.chat_id("chat_id")?;
                let mut chat = self
                    .chats
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| bad("chat not found"))?;
                chat["accepted_gift_types"] = json!({"unlimited_gifts": false,
                    "limited_gifts": false, "unique_gifts": false, "premium_subscription": false});
                chat["max_reaction_count"] = json!(11);
                Ok(chat)
            }
            _ => Err(TgError::new(404, "Not Found: method not found")),
        }
    }

    /// The `chat_id` of a call that writes: a chat someone wrote from, and not blocked.
    /// `setWebhook`, refused as Telegram refuses it: an URL that is not HTTPS on port 443,
    /// 80, 88 or 8443 (the fake also takes plain HTTP to 127.0.0.1 or localhost, where the
    /// tests' bot listens), a secret token that is not 1–256 of `A-Z a-z 0-9 _ -`. An empty
    /// URL removes the webhook.
    fn set_webhook(&mut self, r: &Req) -> Result<Value, TgError> {
        let raw = r.str("url").unwrap_or_default();
        if raw.is_empty() {
            self.webhook = None;
            return Ok(json!(true));
        }
        let url = url::Url::parse(raw).map_err(|_| bad("bad webhook: invalid URL"))?;
        let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost"));
        match url.scheme() {
            "https" => {
                let port = url.port_or_known_default().unwrap_or(443);
                if ![443, 80, 88, 8443].contains(&port) {
                    return Err(bad(
                        "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443",
                    ));
                }
            }
            "http" if local => {}
            _ => {
                return Err(bad(
                    "bad webhook: An HTTPS URL must be provided for webhook",
                ));
            }
        }
        let secret = r.str("secret_token").map(str::to_string);
        if let Some(secret) = &secret {
            if secret.is_empty() || secret.len() > 256 {
                return Err(bad("secret token must be 1-256 characters long"));
            }
            if !secret
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(bad("secret token contains unallowed characters"));
            }
        }
        if r.flag("drop_pending_updates") {
            self.updates.clear();
        }
        self.webhook = Some(Webhook {
            url: raw.to_string(),
            secret_token: secret,
            allowed_updates: r.json("allowed_updates")?,
        });
        Ok(json!(true))
    }

    fn target_chat(&self, r: &Req) -> Result<i64, TgError> {
        let chat_id = r.chat_id("chat_id")?;
        if !self.chats.contains_key(&chat_id) {
            return Err(bad("chat not found"));
        }
        if self.blocked.contains(&chat_id) {
            return Err(TgError::new(403, "Forbidden: bot was blocked by the user"));
        }
        Ok(chat_id)
    }

    /// Telegram's flood control across chats: more than 30 messages in a second get 429.
    fn flood_check(&mut self) -> Result<(), TgError> {
        self.flood_check_n(1)
    }

    /// As [`flood_check`](Self::flood_check) for a send that puts `n` messages into a chat
    /// (an album counts each of its files).
    fn flood_check_n(&mut self, n: usize) -> Result<(), TgError> {
        if self.no_flood_control {
            return Ok(());
        }
        let now = Instant::now();
        while self
            .recent_sends
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
        {
            self.recent_sends.pop_front();
        }
        if self.recent_sends.len() + n > 30 {
            self.too_many += 1;
            let mut e = TgError::new(429, "Too Many Requests: retry after 1");
            e.retry_after = Some(1);
            return Err(e);
        }
        // Held over five seconds too: ~30 a second is a rate, not a burst to repeat.
        while self
            .recent_sends_5s
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(5))
        {
            self.recent_sends_5s.pop_front();
        }
        if self.recent_sends_5s.len() + n > 150 {
            self.too_many += 1;
            let mut e = TgError::new(429, "Too Many Requests: retry after 1");
            e.retry_after = Some(1);
            return Err(e);
        }
        for _ in 0..n {
            self.recent_sends.push_back(now);
            self.recent_sends_5s.push_back(now);
            self.arrivals.push(now);
        }
        Ok(())
    }

    /// A call as it arrives: the per-chat pace (when on) first, then the call itself; an
    /// answered press records when its answer arrived.
    fn paced_call(&mut self, method: &str, r: &Req, arrived: Instant) -> Result<Value, TgError> {
        let message = matches!(
            method,
            "sendmessage"
                | "sendphoto"
                | "senddocument"
                | "sendmediagroup"
                | "copymessage"
                | "forwardmessage"
        );
        let chat = r.chat_id("chat_id").ok().filter(|c| *c > 0);
        let paced = self.chat_pace && message;
        if let (true, Some(chat)) = (paced, chat) {
            let recent = self.chat_arrivals.entry(chat).or_default();
            while recent
                .front()
                .is_some_and(|t| arrived.duration_since(*t) >= CHAT_PACE_WINDOW)
            {
                recent.pop_front();
            }
            if recent.len() >= CHAT_PACE_LIMIT {
                self.too_many += 1;
                self.chat_too_many += 1;
                let mut e = TgError::new(429, "Too Many Requests: retry after 1");
                e.retry_after = Some(1);
                return Err(e);
            }
        }
        let outcome = self.call(method, r);
        if outcome.is_ok() {
            if let (true, Some(chat)) = (paced, chat) {
                self.chat_arrivals
                    .entry(chat)
                    .or_default()
                    .push_back(arrived);
            }
            if method == "answercallbackquery" {
                let id = r.str("callback_query_id").unwrap_or("").to_string();
                self.press_answered_at.insert(id.clone(), arrived);
                self.arrived_in_order.push(Arrived::Answer(id));
            }
            if let (true, Some(chat), Ok(result)) = (message, chat, &outcome) {
                let text = |m: &Value| {
                    ["text", "caption"]
                        .iter()
                        .find_map(|k| m.get(*k).and_then(Value::as_str))
                        .unwrap_or_default()
                        .to_string()
                };
                let texts: Vec<String> = match result.as_array() {
                    Some(album) => album.iter().map(text).collect(),
                    None => vec![text(result)],
                };
                for text in texts {
                    self.arrived_in_order.push(Arrived::Message { chat, text });
                }
            }
        }
        outcome
    }

    fn find_sent(&self, chat_id: i64, message_id: i64) -> Option<usize> {
        self.sent
            .iter()
            .position(|m| m.chat_id == chat_id && m.message_id == message_id && !m.deleted)
    }

    fn check_reply_to(&self, r: &Req, chat_id: i64) -> Result<(), TgError> {
        let params = r.json("reply_parameters")?;
        let target = params
            .as_ref()
            .and_then(|p| p.get("message_id"))
            .and_then(Value::as_i64);
        let allow = params
            .as_ref()
            .and_then(|p| p.get("allow_sending_without_reply"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        match target.or(r.int("reply_to_message_id")) {
            Some(id)
                if !allow
                    && self.find_sent(chat_id, id).is_none()
                    && !self.incoming.contains_key(&(chat_id, id)) =>
            {
                Err(bad("message to be replied not found"))
            }
            _ => Ok(()),
        }
    }

    /// A new message of the bot, its content still to fill in.
    fn draft(
        &mut self,
        chat_id: i64,
        kind: &str,
        r: &Req,
        raw_key: &str,
        f: Formatted,
    ) -> SentMessage {
        SentMessage {
            message_id: self.message_id(),
            chat_id,
            text: f.text,
            raw: r.str(raw_key).unwrap_or("").to_string(),
            parse_mode: r.str("parse_mode").map(String::from),
            entities: f.entities,
            reply_markup: None,
            kind: kind.to_string(),
            file_id: None,
            media: json!({}),
            date: now(),
            edits: 0,
            edit_date: None,
            deleted: false,
        }
    }

    fn keep(&mut self, message: SentMessage) -> Value {
        let json = self.message_json(&message);
        self.events.push((message.chat_id, message.message_id));
        self.sent.push(message);
        json
    }

    /// A message of the bot as Telegram returns it.
    fn message_json(&self, m: &SentMessage) -> Value {
        let chat = self
            .chats
            .get(&m.chat_id)
            .cloned()
            .unwrap_or_else(|| json!({"id": m.chat_id}));
        let mut v =
            json!({"message_id": m.message_id, "from": bot_user(), "chat": chat, "date": m.date});
        let media = m.media.as_object().filter(|o| !o.is_empty());
        for (key, value) in media.into_iter().flatten() {
            v[key] = value.clone();
        }
        let (text_key, entities_key) = if media.is_some() {
            ("caption", "caption_entities")
        } else {
            ("text", "entities")
        };
        if !m.text.is_empty() {
            v[text_key] = json!(m.text);
        }
        if !m.entities.is_empty() {
            v[entities_key] = json!(m.entities);
        }
        if let Some(date) = m.edit_date {
            v["edit_date"] = json!(date);
        }
        if let Some(markup) = inline_keyboard(&m.reply_markup) {
            v["reply_markup"] = markup.clone();
        }
        v
    }

    fn send_message(&mut self, r: &Req) -> Result<Value, TgError> {
        let chat_id = self.target_chat(r)?;
        let f = format(r, "text", "entities")?;
        if f.text.is_empty() {
            return Err(bad("message text is empty"));
        }
        if telegram_len(&f.text) > 4096 {
            return Err(bad("message is too long"));
        }
        let markup = check_markup(r, chat_id, false)?;
        self.check_reply_to(r, chat_id)?;
        self.flood_check()?;
        self.delivered += 1;
        let mut m = self.draft(chat_id, "text", r, "text", f);
        m.reply_markup = markup;
        Ok(self.keep(m))
    }

    fn send_file(&mut self, r: &Req, kind: &'static str) -> Result<Value, TgError> {
        let chat_id = self.target_chat(r)?;
        let (file_id, uploaded) = self.input_file(r, kind)?;
        let f = format(r, "caption", "caption_entities")?;
        if telegram_len(&f.text) > 1024 {
            return Err(bad("message caption is too long"));
        }
        let markup = check_markup(r, chat_id, false)?;
        self.check_reply_to(r, chat_id)?;
        self.flood_check()?;
        let mut m = self.draft(chat_id, kind, r, "caption", f);
        m.reply_markup = markup;
        m.media = self.media_json(kind, &file_id);
        m.file_id = Some(file_id.clone());
        self.file_sends.push(FileSend {
            chat_id,
            kind,
            file_id,
            uploaded,
        });
        Ok(self.keep(m))
    }

    /// An album: 2–10 photos (or videos), or 2–10 documents, never mixed; each item's
    /// caption at most 1024 characters. Every item becomes a message of the album.
    fn send_media_group(&mut self, r: &Req) -> Result<Value, TgError> {
        let chat_id = self.target_chat(r)?;
        let media = r
            .json("media")?
            .ok_or_else(|| bad("parameter \"media\" is required"))?;
        let items = media
            .as_array()
            .ok_or_else(|| bad("expected an Array of InputMedia"))?
            .clone();
        if !(2..=10).contains(&items.len()) {
            return Err(bad("wrong number of media items: an album holds 2 to 10"));
        }
        if r.get("reply_markup").is_some() {
            return Err(bad("an album can't have a reply markup"));
        }
        let kinds: Vec<&str> = items
            .iter()
            .map(|i| i.get("type").and_then(Value::as_str).unwrap_or(""))
            .collect();
        if let Some(bad_kind) = kinds
            .iter()
            .find(|k| !["photo", "video", "document", "audio"].contains(k))
        {
            return Err(bad(format!("unsupported media type {bad_kind:?}")));
        }
        let documents = kinds.iter().filter(|k| **k == "document").count();
        if documents > 0 && documents < kinds.len() {
            return Err(bad("document can't be mixed with other media types"));
        }
        self.check_reply_to(r, chat_id)?;
        // Every item is checked before anything is kept: Telegram sends all or nothing.
        let mut drafts = Vec::new();
        for (item, kind) in items.iter().zip(&kinds) {
            let kind: &'static str = if *kind == "document" {
                "document"
            } else {
                "photo"
            };
            let mut params = item.as_object().cloned().unwrap_or_default();
            let file = params.remove("media").unwrap_or(Value::Null);
            params.insert(kind.to_string(), file);
            let sub = Req {
                params,
                files: r.files.clone(),
            };
            let f = format(&sub, "caption", "caption_entities")?;
            if telegram_len(&f.text) > 1024 {
                return Err(bad("message caption is too long"));
            }
            drafts.push((sub, kind, f));
        }
        self.flood_check_n(drafts.len())?;
        let group = format!("album-{}", self.next_id());
        let mut sent = Vec::new();
        for (sub, kind, f) in drafts {
            let (file_id, uploaded) = self.input_file(&sub, kind)?;
            let mut m = self.draft(chat_id, kind, &sub, "caption", f);
            m.media = self.media_json(kind, &file_id);
            m.media["media_group_id"] = json!(group);
            m.file_id = Some(file_id.clone());
            self.file_sends.push(FileSend {
                chat_id,
                kind,
                file_id,
                uploaded,
            });
            sent.push(self.keep(m));
        }
        Ok(Value::Array(sent))
    }

    /// The file of `sendPhoto`/`sendDocument`: an upload (`attach://`), a URL, or the id of
    /// a file the fake knows, of the right kind.
    fn input_file(&mut self, r: &Req, kind: &'static str) -> Result<(String, bool), TgError> {
        let value = r.str(kind).filter(|v| !v.is_empty());
        let value = value.ok_or_else(|| bad(format!("there is no {kind} in the request")))?;
        let upload = |name: &str| {
            let text = r.str(name).map(|s| (String::new(), s.as_bytes().to_vec()));
            r.files.get(name).cloned().or(text)
        };
        let (name, content) = if let Some(part) = value.strip_prefix("attach://") {
            let (name, content) =
                upload(part).ok_or_else(|| bad("wrong file identifier/HTTP URL specified"))?;
            // Telegram takes photos up to 10 MB (a larger body is refused before this).
            if kind == "photo" && content.len() > MAX_PHOTO_UPLOAD {
                return Err(bad("file is too big"));
            }
            (name, content)
        } else if value.starts_with("https://") || value.starts_with("http://") {
            (String::new(), Vec::new())
        } else {
            return match self.files.get(value) {
                None => Err(bad("wrong file identifier/HTTP URL specified")),
                Some(f) if f.kind != kind => Err(bad(format!(
                    "can't use file of type {} as {}",
                    title(f.kind),
                    title(kind)
                ))),
                Some(_) => Ok((value.to_string(), false)),
            };
        };
        let n = self.next_id();
        let name = Some(name).filter(|n| !n.is_empty());
        let path = file_path(kind, n, name.as_deref());
        let file_id = format!("fake-{kind}-{n}");
        self.files.insert(
            file_id.clone(),
            FileEntry {
                kind,
                name,
                content,
                path,
            },
        );
        Ok((file_id, true))
    }

    fn media_json(&self, kind: &str, file_id: &str) -> Value {
        let file = self.files.get(file_id);
        let size = file.map(|f| f.content.len()).unwrap_or(0);
        if kind == "photo" {
            return json!({"photo": [{"file_id": file_id, "file_unique_id": unique_id(file_id),
                "file_size": size, "width": 1280, "height": 960}]});
        }
        let mut document =
            json!({"file_id": file_id, "file_unique_id": unique_id(file_id), "file_size": size});
        if let Some(name) = file.and_then(|f| f.name.as_deref()) {
            document["file_name"] = json!(name);
            document["mime_type"] = json!(mime_type(name));
        }
        json!({ "document": document })
    }

    fn copy_message(&mut self, r: &Req, forward: bool) -> Result<Value, TgError> {
        let chat_id = self.target_chat(r)?;
        let from = r.chat_id("from_chat_id")?;
        if !self.chats.contains_key(&from) {
            return Err(bad("chat not found"));
        }
        let id = r
            .int("message_id")
            .ok_or_else(|| bad("message identifier is not specified"))?;
        let what = if forward { "forward" } else { "copy" };
        let (mut f, media) = match (self.find_sent(from, id), self.incoming.get(&(from, id))) {
            (Some(i), _) => {
                let m = &self.sent[i];
                (
                    Formatted {
                        text: m.text.clone(),
                        entities: m.entities.clone(),
                    },
                    m.media.clone(),
                )
            }
            (None, Some(v)) => source_content(v),
            (None, None) => return Err(bad(format!("message to {what} not found"))),
        };
        if !forward && r.get("caption").is_some() {
            f = format(r, "caption", "caption_entities")?;
        }
        let markup = if forward {
            None
        } else {
            check_markup(r, chat_id, false)?
        };
        self.flood_check()?;
        let mut m = self.draft(chat_id, what, r, "caption", f);
        m.file_id = ["photo", "document"].iter().find_map(|k| {
            let file = media.get(k)?;
            let file = file
                .as_array()
                .and_then(|sizes| sizes.last())
                .unwrap_or(file);
            file.get("file_id")?.as_str().map(String::from)
        });
        m.media = media;
        m.reply_markup = markup;
        let message = self.keep(m);
        Ok(if forward {
            message
        } else {
            json!({"message_id": message["message_id"]})
        })
    }

    fn edit(&mut self, r: &Req, method: &str) -> Result<Value, TgError> {
        if r.get("inline_message_id").is_some() {
            return Err(bad("MESSAGE_ID_INVALID")); // the fake has no inline mode
        }
        let chat_id = self.target_chat(r)?;
        let message_id = r
            .int("message_id")
            .ok_or_else(|| bad("message identifier is not specified"))?;
        let markup = check_markup(r, chat_id, true)?;
        let (content, raw_key) = match method {
            "editmessagetext" => {
                let f = format(r, "text", "entities")?;
                if f.text.is_empty() {
                    return Err(bad("message text is empty"));
                }
                if telegram_len(&f.text) > 4096 {
                    return Err(bad("MESSAGE_TOO_LONG"));
                }
                (Some(f), "text")
            }
            "editmessagecaption" => {
                let f = format(r, "caption", "caption_entities")?;
                if telegram_len(&f.text) > 1024 {
                    return Err(bad("message caption is too long"));
                }
                (Some(f), "caption")
            }
            _ => (None, ""),
        };
        let Some(i) = self.find_sent(chat_id, message_id) else {
            return Err(if self.incoming.contains_key(&(chat_id, message_id)) {
                bad("message can't be edited")
            } else {
                bad("message to edit not found")
            });
        };
        let m = &mut self.sent[i];
        let has_media = m.media.as_object().is_some_and(|o| !o.is_empty());
        if method == "editmessagetext" && has_media {
            return Err(bad("there is no text in the message to edit"));
        }
        if method == "editmessagecaption" && !has_media {
            return Err(bad("there is no caption in the message to edit"));
        }
        let same_content = content
            .as_ref()
            .is_none_or(|f| f.text == m.text && f.entities == m.entities);
        if same_content && inline_keyboard(&markup) == inline_keyboard(&m.reply_markup) {
            return Err(bad(NOT_MODIFIED));
        }
        if let Some(f) = content {
            m.text = f.text;
            m.entities = f.entities;
            m.raw = r.str(raw_key).unwrap_or("").to_string();
            m.parse_mode = r.str("parse_mode").map(String::from);
        }
        m.reply_markup = markup;
        m.edits += 1;
        m.edit_date = Some(now());
        let m = self.sent[i].clone();
        self.events.push((m.chat_id, m.message_id));
        Ok(self.message_json(&m))
    }

    fn delete_message(&mut self, r: &Req) -> Result<Value, TgError> {
        let chat_id = self.target_chat(r)?;
        let id = r
            .int("message_id")
            .ok_or_else(|| bad("message identifier is not specified"))?;
        if let Some(i) = self.find_sent(chat_id, id) {
            self.sent[i].deleted = true;
        } else if self.incoming.remove(&(chat_id, id)).is_none() {
            return Err(bad("message to delete not found"));
        }
        Ok(json!(true))
    }

    fn answer_callback(&mut self, r: &Req) -> Result<Value, TgError> {
        let id = r.str("callback_query_id").unwrap_or("");
        let text = r.str("text").map(String::from);
        if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
            return Err(bad("MESSAGE_TOO_LONG"));
        }
        let answer = CallbackAnswer {
            text,
            show_alert: r.flag("show_alert"),
            url: r.str("url").map(String::from),
        };
        match self.callbacks.iter_mut().find(|(q, _)| q == id) {
            Some((_, slot @ None)) => {
                *slot = Some(answer);
                Ok(json!(true))
            }
            _ => Err(bad(QUERY_INVALID)),
        }
    }

    /// The command scope (default if absent, chat ids as numbers) and the language code.
    fn scope(&self, r: &Req) -> Result<(Value, String), TgError> {
        let mut scope = r
            .json("scope")?
            .unwrap_or_else(|| json!({"type": "default"}));
        let kind = scope
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match kind.as_str() {
            "default" | "all_private_chats" | "all_group_chats" | "all_chat_administrators" => {}
            "chat" | "chat_administrators" | "chat_member" => {
                let id = scope.get("chat_id").and_then(|c| {
                    c.as_i64()
                        .or_else(|| c.as_str().and_then(|s| s.parse().ok()))
                });
                match id {
                    Some(id) if self.chats.contains_key(&id) => scope["chat_id"] = json!(id),
                    _ => return Err(bad("chat not found")),
                }
                if kind == "chat_member" && scope.get("user_id").and_then(Value::as_i64).is_none() {
                    return Err(bad("user not found"));
                }
            }
            _ => return Err(bad("can't parse BotCommandScope JSON object")),
        }
        Ok((scope, r.str("language_code").unwrap_or("").to_string()))
    }

    fn set_commands(&mut self, r: &Req) -> Result<Value, TgError> {
        let commands = r.json("commands")?.unwrap_or(Value::Null);
        let commands = commands
            .as_array()
            .ok_or_else(|| bad("can't parse commands JSON array"))?;
        if commands.len() > 100 {
            return Err(bad("BOT_COMMANDS_TOO_MUCH"));
        }
        let mut list = Vec::new();
        for c in commands {
            let name = c.get("command").and_then(Value::as_str).unwrap_or("");
            let description = c.get("description").and_then(Value::as_str).unwrap_or("");
            let name_ok = (1..=32).contains(&name.len())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !name_ok {
                return Err(bad("BOT_COMMAND_INVALID"));
            }
            if !(1..=256).contains(&description.chars().count()) {
                return Err(bad("BOT_COMMAND_DESCRIPTION_INVALID"));
            }
            list.push((name.to_string(), description.to_string()));
        }
        let (scope, lang) = self.scope(r)?;
        self.commands
            .retain(|(s, l, _)| !(*s == scope && *l == lang));
        if !list.is_empty() {
            self.commands.push((scope, lang, list));
        }
        Ok(json!(true))
    }
}

fn title(kind: &str) -> String {
    let mut chars = kind.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The text and media of a message a person sent, for `copyMessage`/`forwardMessage`.
fn source_content(v: &Value) -> (Formatted, Value) {
    let text = v
        .get("text")
        .or_else(|| v.get("caption"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let entities = v.get("entities").or_else(|| v.get("caption_entities"));
    let entities = entities
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let envelope = [
        "message_id",
        "from",
        "chat",
        "date",
        "text",
        "entities",
        "caption",
        "caption_entities",
        "reply_markup",
        "edit_date",
        "reply_to_message",
        "message_thread_id",
    ];
    let mut media = v.as_object().cloned().unwrap_or_default();
    media.retain(|k, _| !envelope.contains(&k.as_str()));
    (
        Formatted {
            text: text.to_string(),
            entities,
        },
        Value::Object(media),
    )
}

/// The inline keyboard of a markup, if it has any button (Telegram drops an empty one).
fn inline_keyboard(markup: &Option<Value>) -> Option<&Value> {
    let markup = markup.as_ref()?;
    let rows = markup.get("inline_keyboard")?.as_array()?;
    rows.iter()
        .any(|r| r.as_array().is_some_and(|r| !r.is_empty()))
        .then_some(markup)
}

/// Validates `reply_markup`: inline keyboards always, reply keyboards and the rest only
/// when sending (`inline_only` for edits).
fn check_markup(r: &Req, chat_id: i64, inline_only: bool) -> Result<Option<Value>, TgError> {
    let Some(markup) = r.json("reply_markup")? else {
        return Ok(None);
    };
    if let Some(rows) = markup.get("inline_keyboard") {
        let not_array = || {
            bad(
                "can't parse inline keyboard markup JSON object: Field \"inline_keyboard\" must be of type Array",
            )
        };
        let mut count = 0;
        for row in rows.as_array().ok_or_else(not_array)? {
            for button in row.as_array().ok_or_else(not_array)? {
                count += 1;
                check_inline_button(button)?;
            }
        }
        if count > 100 {
            return Err(bad("reply markup is too long"));
        }
        return Ok(Some(markup));
    }
    if inline_only {
        return Err(bad(
            "can't parse inline keyboard markup JSON object: Field \"inline_keyboard\" must be of type Array",
        ));
    }
    if let Some(rows) = markup.get("keyboard") {
        let buttons: Vec<&Value> = rows
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().into_iter().flatten())
            .collect();
        let rows_ok = rows
            .as_array()
            .is_some_and(|rows| rows.iter().all(Value::is_array));
        if !rows_ok || buttons.is_empty() {
            return Err(bad("can't parse reply keyboard markup JSON object"));
        }
        for b in buttons {
            let text = b.as_str().or_else(|| b.get("text").and_then(Value::as_str));
            if text.is_none_or(|t| t.trim().is_empty()) {
                return Err(bad("keyboard button text is empty"));
            }
            if chat_id < 0 && b.get("request_contact").and_then(Value::as_bool) == Some(true) {
                return Err(bad("phone number can be requested in private chats only"));
            }
        }
    } else if markup.get("remove_keyboard") != Some(&json!(true))
        && markup.get("force_reply") != Some(&json!(true))
    {
        return Err(bad("can't parse reply keyboard markup JSON object"));
    }
    Ok(Some(markup))
}

fn check_inline_button(button: &Value) -> Result<(), TgError> {
    const ACTIONS: [&str; 10] = [
        "callback_data",
        "url",
        "login_url",
        "web_app",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    ];
    let text = button.get("text").and_then(Value::as_str);
    let text = text.ok_or_else(|| {
        bad("can't parse inline keyboard button: Field \"text\" must be of type String")
    })?;
    if text.trim().is_empty() {
        return Err(bad("BUTTON_TEXT_INVALID"));
    }
    match ACTIONS.iter().filter(|a| button.get(**a).is_some()).count() {
        0 => {
            return Err(bad(
                "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
            ));
        }
        1 => {}
        _ => return Err(bad("BUTTON_TYPE_INVALID")),
    }
    if let Some(data) = button.get("callback_data")
        && !data.as_str().is_some_and(|d| (1..=64).contains(&d.len()))
    {
        return Err(bad("BUTTON_DATA_INVALID"));
    }
    if let Some(url) = button.get("url") {
        let ok = url.as_str().is_some_and(|u| {
            ["http://", "https://", "tg://"]
                .iter()
                .any(|s| u.starts_with(s))
                && !u.contains(char::is_whitespace)
        });
        if !ok {
            return Err(bad("BUTTON_URL_INVALID"));
        }
    }
    Ok(())
}

/// Visible text and entities (UTF-16 offsets) of a text or caption.
#[derive(Debug, Clone, PartialEq)]
struct Formatted {
    text: String,
    entities: Vec<Value>,
}

impl Formatted {
    /// Telegram strips leading and trailing whitespace; entities follow the text.
    fn trimmed(self) -> Formatted {
        let start = self.text.len() - self.text.trim_start().len();
        let kept = self.text.trim();
        let lead = self.text[..start].encode_utf16().count();
        let len = kept.encode_utf16().count();
        let entities = self
            .entities
            .into_iter()
            .filter_map(|mut e| {
                let offset = e.get("offset")?.as_u64()? as usize;
                let from = offset.max(lead);
                let to = (offset + e.get("length")?.as_u64()? as usize).min(lead + len);
                (to > from).then(|| {
                    e["offset"] = json!(from - lead);
                    e["length"] = json!(to - from);
                    e
                })
            })
            .collect();
        Formatted {
            text: kept.to_string(),
            entities,
        }
    }
}

/// The text (or caption) of a call after its `parse_mode` or explicit entities.
fn format(r: &Req, text_key: &str, entities_key: &str) -> Result<Formatted, TgError> {
    let raw = r.str(text_key).unwrap_or("");
    let parsed = if let Some(entities) = r.json(entities_key)? {
        let entities = entities.as_array().cloned();
        let entities =
            entities.ok_or_else(|| bad(format!("can't parse {entities_key} JSON array")))?;
        Formatted {
            text: raw.to_string(),
            entities,
        }
    } else {
        let parsed = match r.str("parse_mode").map(str::to_ascii_lowercase).as_deref() {
            None | Some("") => Ok(Formatted {
                text: raw.to_string(),
                entities: Vec::new(),
            }),
            Some("html") => parse_html(raw),
            Some("markdownv2") => parse_markdown_v2(raw),
            Some("markdown") => {
                Err("the fake supports HTML and MarkdownV2, not legacy Markdown".to_string())
            }
            Some(_) => return Err(bad("unsupported parse_mode")),
        };
        parsed.map_err(|e| bad(format!("can't parse entities: {e}")))?
    };
    Ok(parsed.trimmed())
}

/// The visible text of Telegram-HTML, or why Telegram would refuse it.
pub fn html_text(src: &str) -> Result<String, String> {
    parse_html(src).map(|f| f.text)
}

/// Visible text being built, with its length in UTF-16 code units (entity offsets).
#[derive(Default)]
struct Out {
    text: String,
    pos: usize,
}

impl Out {
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.pos += c.len_utf16();
    }

    /// Closes an entity opened at `start`; empty ones are dropped, as Telegram does.
    fn entity(&self, entities: &mut Vec<Value>, mut entity: Value, start: usize) {
        if self.pos > start {
            entity["offset"] = json!(start);
            entity["length"] = json!(self.pos - start);
            entities.push(entity);
        }
    }

    fn finish(self, mut entities: Vec<Value>) -> Formatted {
        entities.sort_by_key(|e| {
            (
                e["offset"].as_u64(),
                std::cmp::Reverse(e["length"].as_u64()),
            )
        });
        Formatted {
            text: self.text,
            entities,
        }
    }
}

struct Open {
    tag: String,
    start: usize,
    entity: Option<Value>,
}

/// Telegram's HTML subset, strictly: only its tags, properly nested, and only `&lt;`,
/// `&gt;`, `&amp;`, `&quot;` and numeric entities.
fn parse_html(src: &str) -> Result<Formatted, String> {
    let (mut out, mut i) = (Out::default(), 0usize);
    let mut stack: Vec<Open> = Vec::new();
    let mut entities: Vec<Value> = Vec::new();
    while let Some(c) = src[i..].chars().next() {
        match c {
            '<' => {
                let end = tag_end(src, i)
                    .ok_or_else(|| format!("Unclosed start tag at byte offset {i}"))?;
                let inner = &src[i + 1..end];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    let open = stack
                        .pop()
                        .ok_or_else(|| format!("Unexpected end tag at byte offset {i}"))?;
                    if open.tag != name {
                        return Err(format!(
                            "Unmatched end tag at byte offset {i}, expected \"</{}>\", found \"</{name}>\"",
                            open.tag
                        ));
                    }
                    if let Some(e) = open.entity {
                        out.entity(&mut entities, e, open.start);
                    }
                } else {
                    let open = start_tag(inner, i, &mut stack, out.pos)?;
                    stack.push(open);
                }
                i = end + 1;
            }
            '&' => {
                let (ch, len) = decode_entity(&src[i..]).ok_or_else(|| {
                    format!("Unsupported HTML entity at byte offset {i}: write '&' as &amp;")
                })?;
                out.push(ch);
                i += len;
            }
            c => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.tag
        ));
    }
    Ok(out.finish(entities))
}

/// The byte offset of the `>` closing the tag opened at `start` (quotes respected).
fn tag_end(src: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (j, c) in src[start + 1..].char_indices() {
        match (quote, c) {
            (None, '>') => return Some(start + 1 + j),
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    None
}

fn start_tag(inner: &str, at: usize, stack: &mut [Open], pos: usize) -> Result<Open, String> {
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(inner.len());
    let name = inner[..name_len].to_ascii_lowercase();
    let attrs = parse_attrs(&inner[name_len..])
        .ok_or_else(|| format!("Invalid attributes of tag \"{name}\" at byte offset {at}"))?;
    let attr = |key: &str| {
        attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let kind = match name.as_str() {
        "b" | "strong" => "bold",
        "i" | "em" => "italic",
        "u" | "ins" => "underline",
        "s" | "strike" | "del" => "strikethrough",
        "tg-spoiler" => "spoiler",
        "span" if attr("class") == Some("tg-spoiler") => "spoiler",
        "span" => {
            return Err(format!(
                "Tag \"span\" must have class \"tg-spoiler\" at byte offset {at}"
            ));
        }
        "a" => "text_link",
        "code" => "code",
        "pre" => "pre",
        "blockquote" if attr("expandable").is_some() => "expandable_blockquote",
        "blockquote" => "blockquote",
        "tg-emoji" => "custom_emoji",
        _ => {
            return Err(format!(
                "Unsupported start tag \"{name}\" at byte offset {at}"
            ));
        }
    };
    let mut entity = json!({ "type": kind });
    match kind {
        "text_link" => {
            let href = attr("href")
                .map(str::trim)
                .filter(|h| !h.is_empty() && !h.contains(char::is_whitespace));
            let href = href
                .ok_or_else(|| format!("Tag \"a\" needs a valid \"href\" at byte offset {at}"))?;
            let has_scheme =
                href.contains("://") || href.starts_with("tg:") || href.starts_with("mailto:");
            entity["url"] = json!(if has_scheme {
                href.to_string()
            } else {
                format!("http://{href}")
            });
        }
        "custom_emoji" => {
            let id = attr("emoji-id")
                .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
            entity["custom_emoji_id"] = json!(id.ok_or_else(|| format!(
                "Tag \"tg-emoji\" needs \"emoji-id\" at byte offset {at}"
            ))?);
        }
        "code" => {
            if let Some(pre) = stack
                .last_mut()
                .filter(|o| o.tag == "pre" && o.start == pos)
            {
                if let (Some(e), Some(lang)) = (
                    &mut pre.entity,
                    attr("class").and_then(|c| c.strip_prefix("language-")),
                ) {
                    e["language"] = json!(lang);
                }
                return Ok(Open {
                    tag: name,
                    start: pos,
                    entity: None,
                });
            }
        }
        _ => {}
    }
    Ok(Open {
        tag: name,
        start: pos,
        entity: Some(entity),
    })
}

/// `name="value" name='value' name=value name` — values with entities decoded.
fn parse_attrs(mut s: &str) -> Option<Vec<(String, String)>> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Some(attrs);
        }
        let n = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(s.len());
        if n == 0 {
            return None;
        }
        let name = s[..n].to_ascii_lowercase();
        s = s[n..].trim_start();
        let mut value = String::new();
        if let Some(rest) = s.strip_prefix('=') {
            let rest = rest.trim_start();
            let (raw, after) = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = rest[1..].find(q)? + 1;
                    (&rest[1..close], &rest[close + 1..])
                }
                _ => rest.split_at(rest.find(char::is_whitespace).unwrap_or(rest.len())),
            };
            let mut j = 0;
            while let Some(c) = raw[j..].chars().next() {
                let (ch, len) = if c == '&' {
                    decode_entity(&raw[j..])?
                } else {
                    (c, c.len_utf8())
                };
                value.push(ch);
                j += len;
            }
            s = after;
        }
        attrs.push((name, value));
    }
}

/// `&lt;` `&gt;` `&amp;` `&quot;` `&#NN;` `&#xNN;` at the start of `s`: the character and
/// the length of the entity.
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.char_indices().take(12).find(|(_, c)| *c == ';')?.0;
    let ch = match &s[1..end] {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        other => {
            let number = other.strip_prefix('#')?;
            let (digits, radix) = match number.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (number, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            char::from_u32(u32::from_str_radix(digits, radix).ok()?)?
        }
    };
    Some((ch, end + 1))
}

/// MarkdownV2, kept simple: every reserved character must be escaped (formatting markers
/// are refused too — the bot writes HTML).
fn parse_markdown_v2(src: &str) -> Result<Formatted, String> {
    let mut out = Out::default();
    let mut chars = src.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, e)) if (1..=126).contains(&(e as u32)) => out.push(e),
                _ => {
                    return Err(format!(
                        "Character '\\' at byte offset {i} must escape a character"
                    ));
                }
            },
            c if "_*[]()~`>#+-=|{}.!".contains(c) => {
                return Err(format!(
                    "Character '{c}' is reserved and must be escaped with the preceding '\\'"
                ));
            }
            c => out.push(c),
        }
    }
    Ok(out.finish(Vec::new()))
}
