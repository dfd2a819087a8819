//! A fake Telegram Bot API server for the journey tests: the real teloxide client talks to
//! it over HTTP exactly as it would to api.telegram.org. It is strict where Telegram is
//! strict — text length, `callback_data` bytes, HTML that does not parse, unknown chats,
//! callback queries answered twice, invalid command lists — and records every call, so
//! tests can assert on what people saw. It must never accept something Telegram refuses:
//! a lenient fake hides the bugs it exists to find.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// A Telegram user as the fake sends it in updates.
#[derive(Debug, Clone)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    pub last_name: Option<String>,
    pub username: Option<String>,
}

impl TgUser {
    fn json(&self) -> Value {
        let mut v = json!({"id": self.id, "is_bot": false, "first_name": self.first_name, "language_code": "id"});
        if let Some(l) = &self.last_name {
            v["last_name"] = json!(l);
        }
        if let Some(u) = &self.username {
            v["username"] = json!(u);
        }
        v
    }
}

/// A chat: a person's private chat with the bot, or a group.
#[derive(Debug, Clone)]
pub struct TgChat {
    pub id: i64,
    pub title: Option<String>,
}

impl TgChat {
    pub fn private(user_id: i64) -> TgChat {
        TgChat {
            id: user_id,
            title: None,
        }
    }

    pub fn group(id: i64, title: &str) -> TgChat {
        TgChat {
            id,
            title: Some(title.to_string()),
        }
    }

    fn json(&self, user: Option<&TgUser>) -> Value {
        match &self.title {
            Some(title) => json!({"id": self.id, "type": "supergroup", "title": title}),
            None => json!({
                "id": self.id,
                "type": "private",
                "first_name": user.map(|u| u.first_name.clone()).unwrap_or_else(|| "Pengguna".into()),
            }),
        }
    }
}

/// One call the bot made, and how the fake answered it.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// `Err((code, description))` when the fake refused it.
    pub outcome: Result<Value, (u16, String)>,
}

/// A message the bot sent, with later edits applied.
#[derive(Debug, Clone)]
pub struct SentMessage {
    pub message_id: i64,
    pub chat_id: i64,
    /// What the person sees: the text (or caption) after HTML parsing.
    pub text: String,
    /// The text as the bot sent it.
    pub raw: String,
    pub parse_mode: Option<String>,
    pub reply_markup: Option<Value>,
    /// `text`, `photo` or `document`.
    pub kind: String,
}

/// How the bot answered a callback query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackAnswer {
    pub text: Option<String>,
    pub show_alert: bool,
}

#[derive(Debug, Clone)]
struct Injected {
    code: u16,
    description: String,
    retry_after: Option<u32>,
}

#[derive(Default)]
struct State {
    next_update_id: i64,
    next_message_id: i64,
    next_callback_id: i64,
    updates: VecDeque<(i64, Value)>,
    confirmed_offset: i64,
    /// Chats the bot may write to (someone wrote from them), with their JSON.
    chats: HashMap<i64, Value>,
    blocked: HashSet<i64>,
    messages: Vec<SentMessage>,
    calls: Vec<Call>,
    /// Callback query id -> its answer, once answered.
    callbacks: HashMap<String, Option<CallbackAnswer>>,
    commands: Vec<(Value, Vec<(String, String)>)>,
    injected: HashMap<String, VecDeque<Injected>>,
    /// When messages were accepted, for Telegram's ~30 a second across chats.
    recent_sends: VecDeque<Instant>,
    /// How many sends were refused with 429.
    too_many: usize,
    /// After this many accepted sendMessage calls, further ones are held (kill tests).
    hold_after: Option<usize>,
    held: usize,
    /// Set to release held sends; `Some(false)` fails them instead of delivering.
    release: Option<bool>,
    delivered: usize,
}

/// The fake server. Cheap to share behind an `Arc`.
pub struct FakeTelegram {
    state: Arc<Mutex<State>>,
    addr: SocketAddr,
    server: tokio::task::JoinHandle<()>,
}

/// How the fake refuses a call: error code, description, `retry_after`.
type Refusal = (u16, String, Option<u32>);
type ApiResult = Result<Value, Refusal>;

fn bad(description: &str) -> Refusal {
    (400, format!("Bad Request: {description}"), None)
}

impl FakeTelegram {
    /// The only token the fake accepts.
    pub const TOKEN: &'static str = "123456:TEST-TOKEN";
    pub const BOT_ID: i64 = 123456;
    pub const BOT_USERNAME: &'static str = "kinerja_test_bot";

    pub async fn start() -> FakeTelegram {
        let state = Arc::new(Mutex::new(State {
            next_update_id: 1,
            next_message_id: 1,
            next_callback_id: 1,
            ..State::default()
        }));
        let app = Router::new().fallback(handle).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let server = tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("fake telegram serves");
        });
        FakeTelegram {
            state,
            addr,
            server,
        }
    }

    /// The base URL for `Bot::set_api_url`.
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap()
    }

    fn bot_user() -> Value {
        json!({"id": Self::BOT_ID, "is_bot": true, "first_name": "Kinerja", "username": Self::BOT_USERNAME})
    }

    fn push_message(&self, user: &TgUser, chat: &TgChat, fill: impl FnOnce(&mut Value)) -> i64 {
        let mut st = self.lock();
        let message_id = st.next_message_id;
        st.next_message_id += 1;
        let chat_json = chat.json(Some(user));
        st.chats.insert(chat.id, chat_json.clone());
        let mut message = json!({
            "message_id": message_id,
            "date": now(),
            "chat": chat_json,
            "from": user.json(),
        });
        fill(&mut message);
        push_update(&mut st, json!({ "message": message }));
        message_id
    }

    /// A text message; a leading `/command` gets its `bot_command` entity.
    pub fn push_text(&self, user: &TgUser, chat: &TgChat, text: &str) -> i64 {
        self.push_message(user, chat, |m| {
            m["text"] = json!(text);
            if text.starts_with('/') {
                let len: usize = text
                    .split_whitespace()
                    .next()
                    .unwrap_or(text)
                    .encode_utf16()
                    .count();
                m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
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
            let mut contact = json!({"phone_number": phone_number, "first_name": first_name});
            if let Some(id) = contact_user_id {
                contact["user_id"] = json!(id);
            }
            m["contact"] = contact;
        })
    }

    pub fn push_photo(&self, user: &TgUser, file_id: &str, caption: Option<&str>) -> i64 {
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["photo"] = json!([
                {"file_id": format!("{file_id}-s"), "file_unique_id": "s1", "file_size": 1200, "width": 90, "height": 67},
                {"file_id": file_id, "file_unique_id": "b1", "file_size": 54000, "width": 1280, "height": 960}
            ]);
            if let Some(c) = caption {
                m["caption"] = json!(c);
            }
        })
    }

    pub fn push_document(
        &self,
        user: &TgUser,
        file_id: &str,
        file_name: &str,
        caption: Option<&str>,
    ) -> i64 {
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["document"] = json!({"file_id": file_id, "file_unique_id": "d1", "file_name": file_name, "mime_type": "application/pdf", "file_size": 20000});
            if let Some(c) = caption {
                m["caption"] = json!(c);
            }
        })
    }

    pub fn push_sticker(&self, user: &TgUser) -> i64 {
        self.push_message(user, &TgChat::private(user.id), |m| {
            m["sticker"] = json!({
                "file_id": "CAACAgIAAxkBAAEstckr", "file_unique_id": "st1", "file_size": 3000,
                "width": 512, "height": 512, "type": "regular",
                "is_animated": false, "is_video": false, "emoji": "👍"
            });
        })
    }

    /// A tap on a button of `message_id` (a message the bot sent into the user's private
    /// chat) with `data` — genuine or forged. Returns the callback query id.
    pub fn push_callback(&self, user: &TgUser, message_id: i64, data: &str) -> String {
        let mut st = self.lock();
        let id = format!("cbq-{}", st.next_callback_id);
        st.next_callback_id += 1;
        st.callbacks.insert(id.clone(), None);
        let chat_json = TgChat::private(user.id).json(Some(user));
        st.chats.insert(user.id, chat_json.clone());
        let mut query = json!({
            "id": id,
            "from": user.json(),
            "chat_instance": format!("ci-{}", user.id),
            "data": data,
        });
        if let Some(m) = st
            .messages
            .iter()
            .find(|m| m.message_id == message_id && m.chat_id == user.id)
        {
            let mut message = json!({
                "message_id": m.message_id,
                "date": now(),
                "chat": chat_json,
                "from": Self::bot_user(),
                "text": m.text,
            });
            if let Some(markup) = &m.reply_markup
                && markup.get("inline_keyboard").is_some()
            {
                message["reply_markup"] = markup.clone();
            }
            query["message"] = message;
        }
        push_update(&mut st, json!({ "callback_query": query }));
        id
    }

    /// Any update; the fake assigns its `update_id`.
    pub fn push_raw_update(&self, update_without_id: Value) -> i64 {
        push_update(&mut self.lock(), update_without_id)
    }

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.lock()
            .calls
            .iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    pub fn messages_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.lock()
            .messages
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .cloned()
            .collect()
    }

    pub fn last_message_to(&self, chat_id: i64) -> Option<SentMessage> {
        self.messages_to(chat_id).pop()
    }

    /// Calls the fake refused.
    pub fn errors(&self) -> Vec<Call> {
        self.lock()
            .calls
            .iter()
            .filter(|c| c.outcome.is_err())
            .cloned()
            .collect()
    }

    pub fn assert_no_errors(&self) {
        let errors = self.errors();
        assert!(
            errors.is_empty(),
            "Telegram would have refused these calls: {errors:#?}"
        );
    }

    pub fn unanswered_callbacks(&self) -> Vec<String> {
        self.lock()
            .callbacks
            .iter()
            .filter(|(_, a)| a.is_none())
            .map(|(id, _)| id.clone())
            .collect()
    }

    pub fn callback_answer(&self, id: &str) -> Option<CallbackAnswer> {
        self.lock().callbacks.get(id).cloned().flatten()
    }

    /// The commands last set for `scope` (as JSON, e.g. `{"type":"default"}`).
    pub fn commands_for(&self, scope: &Value) -> Option<Vec<(String, String)>> {
        self.lock()
            .commands
            .iter()
            .rev()
            .find(|(s, _)| s == scope)
            .map(|(_, c)| c.clone())
    }

    pub fn commands_for_chat(&self, chat_id: i64) -> Option<Vec<(String, String)>> {
        self.commands_for(&json!({"type": "chat", "chat_id": chat_id}))
    }

    /// The next call of `method` fails as given (for 429, 403 and 5xx tests).
    pub fn fail_next(
        &self,
        method: &str,
        error_code: u16,
        description: &str,
        retry_after: Option<u32>,
    ) {
        self.lock()
            .injected
            .entry(method.to_ascii_lowercase())
            .or_default()
            .push_back(Injected {
                code: error_code,
                description: description.to_string(),
                retry_after,
            });
    }

    /// Makes a private chat known without an update from it (a person who started the bot
    /// long ago), so the bot may write to it.
    pub fn register_chat(&self, chat_id: i64) {
        self.lock().chats.insert(
            chat_id,
            json!({"id": chat_id, "type": "private", "first_name": "Pegawai"}),
        );
    }

    /// How many sends were refused with 429 for going over ~30 a second.
    pub fn too_many_requests(&self) -> usize {
        self.lock().too_many
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

    /// From now on, sends to this chat fail with 403 as when a user blocked the bot.
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked.insert(chat_id);
    }

    pub fn confirmed_offset(&self) -> i64 {
        self.lock().confirmed_offset
    }

    pub fn pending_update_count(&self) -> usize {
        self.lock().updates.len()
    }

    /// Waits until `f` holds; on timeout, fails the test with the recent calls.
    pub async fn wait_for<F: Fn(&Self) -> bool>(&self, what: &str, timeout: Duration, f: F) {
        let deadline = Instant::now() + timeout;
        loop {
            if f(self) {
                return;
            }
            if Instant::now() >= deadline {
                let calls = self.calls();
                let recent: Vec<_> = calls.iter().rev().take(12).rev().collect();
                panic!("timed out waiting for {what}; recent calls: {recent:#?}");
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn push_update(st: &mut State, mut update: Value) -> i64 {
    let id = st.next_update_id;
    st.next_update_id += 1;
    update["update_id"] = json!(id);
    st.updates.push_back((id, update));
    id
}

/// Reads a multipart/form-data body (how teloxide sends files, including file ids) into
/// the same JSON shape as a JSON request: text fields stay strings, the rest is parsed.
fn parse_multipart(content_type: &str, body: &[u8]) -> Option<Value> {
    let boundary = content_type.split("boundary=").nth(1)?.trim_matches('"');
    let text = String::from_utf8_lossy(body);
    let mut out = serde_json::Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head
            .split("name=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
        else {
            continue;
        };
        let value = value.strip_suffix("\r\n").unwrap_or(value);
        let keep_text = ["caption", "text", "parse_mode", "photo", "document"].contains(&name);
        let parsed = if keep_text {
            Value::String(value.to_string())
        } else {
            serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()))
        };
        out.insert(name.to_string(), parsed);
    }
    Some(Value::Object(out))
}

async fn handle(
    AxumState(state): AxumState<Arc<Mutex<State>>>,
    uri: Uri,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().trim_start_matches('/').replace("%3A", ":");
    let mut parts = path.splitn(2, '/');
    let (Some(bot), Some(method)) = (parts.next(), parts.next()) else {
        return reply(Err((404, "Not Found".into(), None)));
    };
    if bot != format!("bot{}", FakeTelegram::TOKEN) {
        return reply(Err((401, "Unauthorized".into(), None)));
    }
    let method = method.to_ascii_lowercase();
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let params: Value = if body.is_empty() {
        json!({})
    } else if content_type.starts_with("multipart/form-data") {
        match parse_multipart(&content_type, &body) {
            Some(v) => v,
            None => return reply(Err(bad("can't parse multipart body"))),
        }
    } else {
        match serde_json::from_slice(&body) {
            Ok(v) => v,
            Err(_) => return reply(Err(bad("can't parse JSON body"))),
        }
    };
    if method == "sendmessage" {
        // A held send waits unanswered, like one in flight when its sender dies.
        let mut holding = false;
        loop {
            {
                let mut st = state.lock().unwrap();
                let must_hold = st.hold_after.is_some_and(|n| st.delivered >= n);
                if !holding && must_hold {
                    holding = true;
                    st.held += 1;
                }
                if holding {
                    if let Some(deliver) = st.release {
                        st.held -= 1;
                        if !deliver {
                            return reply(Err((
                                500,
                                "Internal Server Error: connection lost".into(),
                                None,
                            )));
                        }
                        break;
                    }
                } else {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let outcome = if method == "getupdates" {
        get_updates(&state, &params).await
    } else {
        let mut st = state.lock().unwrap();
        if let Some(inj) = st.injected.get_mut(&method).and_then(VecDeque::pop_front) {
            Err((inj.code, inj.description, inj.retry_after))
        } else {
            call(&mut st, &method, &params)
        }
    };
    if method != "getupdates" {
        state.lock().unwrap().calls.push(Call {
            method: method.clone(),
            params,
            outcome: outcome.clone().map_err(|(c, d, _)| (c, d)),
        });
    }
    reply(outcome)
}

fn reply(outcome: ApiResult) -> Response {
    match outcome {
        Ok(result) => (
            StatusCode::OK,
            axum::Json(json!({"ok": true, "result": result})),
        )
            .into_response(),
        Err((code, description, retry_after)) => {
            let mut body = json!({"ok": false, "error_code": code, "description": description});
            if let Some(r) = retry_after {
                body["parameters"] = json!({"retry_after": r});
            }
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, axum::Json(body)).into_response()
        }
    }
}

async fn get_updates(state: &Arc<Mutex<State>>, params: &Value) -> ApiResult {
    let offset = params.get("offset").and_then(Value::as_i64);
    let limit = params
        .get("limit")
        .and_then(Value::as_u64)
        .unwrap_or(100)
        .clamp(1, 100) as usize;
    let timeout = params
        .get("timeout")
        .and_then(Value::as_u64)
        .unwrap_or(0)
        .min(10);
    let deadline = Instant::now() + Duration::from_secs(timeout);
    loop {
        {
            let mut st = state.lock().unwrap();
            if let Some(offset) = offset {
                // Telegram's confirmation: everything below the offset is gone for good.
                st.updates.retain(|(id, _)| *id >= offset);
                st.confirmed_offset = st.confirmed_offset.max(offset);
            }
            let batch: Vec<Value> = st
                .updates
                .iter()
                .filter(|(id, _)| offset.is_none_or(|o| *id >= o))
                .take(limit)
                .map(|(_, u)| u.clone())
                .collect();
            if !batch.is_empty() || Instant::now() >= deadline {
                return Ok(Value::Array(batch));
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn call(st: &mut State, method: &str, p: &Value) -> ApiResult {
    match method {
        "getme" => Ok(json!({
            "id": FakeTelegram::BOT_ID, "is_bot": true, "first_name": "Kinerja",
            "username": FakeTelegram::BOT_USERNAME, "can_join_groups": true,
            "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        })),
        "deletewebhook" | "close" | "logout" => Ok(json!(true)),
        "getwebhookinfo" => Ok(
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": st.updates.len()}),
        ),
        "sendmessage" => {
            let chat_id = target_chat(st, p)?;
            flood_check(st)?;
            let raw = p
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let (text, markup) = check_content(p, &raw, 4096, "message is too long")?;
            if text.trim().is_empty() {
                return Err(bad("message text is empty"));
            }
            st.delivered += 1;
            Ok(store_message(st, chat_id, text, raw, p, markup, "text"))
        }
        "sendphoto" | "senddocument" => {
            let chat_id = target_chat(st, p)?;
            flood_check(st)?;
            let raw = p
                .get("caption")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let (text, markup) = check_content(p, &raw, 1024, "message caption is too long")?;
            let kind = if method == "sendphoto" {
                "photo"
            } else {
                "document"
            };
            Ok(store_message(st, chat_id, text, raw, p, markup, kind))
        }
        "editmessagetext" | "editmessagereplymarkup" => edit(st, method, p),
        "answercallbackquery" => {
            let id = p
                .get("callback_query_id")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let text = p.get("text").and_then(Value::as_str).map(String::from);
            if text.as_ref().is_some_and(|t| t.chars().count() > 200) {
                return Err(bad("MESSAGE_TOO_LONG"));
            }
            match st.callbacks.get_mut(id) {
                Some(slot @ None) => {
                    *slot = Some(CallbackAnswer {
                        text,
                        show_alert: p
                            .get("show_alert")
                            .and_then(Value::as_bool)
                            .unwrap_or(false),
                    });
                    Ok(json!(true))
                }
                _ => Err(bad(
                    "query is too old and response timeout expired or query ID is invalid",
                )),
            }
        }
        "setmycommands" => {
            let commands = p
                .get("commands")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if commands.len() > 100 {
                return Err(bad("BOT_COMMANDS_TOO_MUCH"));
            }
            let mut list = Vec::new();
            for c in &commands {
                let name = c.get("command").and_then(Value::as_str).unwrap_or_default();
                let description = c
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
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
            let scope = p
                .get("scope")
                .cloned()
                .unwrap_or_else(|| json!({"type": "default"}));
            if scope
                .get("chat_id")
                .and_then(Value::as_i64)
                .is_some_and(|id| !st.chats.contains_key(&id))
            {
                return Err(bad("chat not found"));
            }
            st.commands.push((scope, list));
            Ok(json!(true))
        }
        "deletemycommands" => Ok(json!(true)),
        "getmycommands" => {
            let scope = p
                .get("scope")
                .cloned()
                .unwrap_or_else(|| json!({"type": "default"}));
            let list = st
                .commands
                .iter()
                .rev()
                .find(|(s, _)| *s == scope)
                .map(|(_, c)| c.clone())
                .unwrap_or_default();
            Ok(json!(
                list.iter()
                    .map(|(c, d)| json!({"command": c, "description": d}))
                    .collect::<Vec<_>>()
            ))
        }
        "getfile" => {
            let file_id = p.get("file_id").and_then(Value::as_str).unwrap_or_default();
            if file_id.is_empty() {
                return Err(bad("file_id is empty"));
            }
            Ok(
                json!({"file_id": file_id, "file_unique_id": "u", "file_size": 1000, "file_path": format!("photos/{file_id}.jpg")}),
            )
        }
        _ => Err((404, "Not Found: method not found".into(), None)),
    }
}

/// Telegram's flood control across chats: more than 30 messages in a second gets a 429.
fn flood_check(st: &mut State) -> Result<(), Refusal> {
    let now = Instant::now();
    while st
        .recent_sends
        .front()
        .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
    {
        st.recent_sends.pop_front();
    }
    if st.recent_sends.len() >= 30 {
        st.too_many += 1;
        return Err((429, "Too Many Requests: retry after 1".into(), Some(1)));
    }
    st.recent_sends.push_back(now);
    Ok(())
}

fn target_chat(st: &State, p: &Value) -> Result<i64, Refusal> {
    let chat_id = p
        .get("chat_id")
        .and_then(|c| {
            c.as_i64()
                .or_else(|| c.as_str().and_then(|s| s.parse().ok()))
        })
        .ok_or_else(|| bad("chat_id is empty"))?;
    if !st.chats.contains_key(&chat_id) {
        return Err(bad("chat not found"));
    }
    if st.blocked.contains(&chat_id) {
        return Err((403, "Forbidden: bot was blocked by the user".into(), None));
    }
    Ok(chat_id)
}

/// Parses the text for its parse mode and validates the keyboard. Returns the visible text
/// and the markup to keep.
fn check_content(
    p: &Value,
    raw: &str,
    max: usize,
    too_long: &str,
) -> Result<(String, Option<Value>), Refusal> {
    let mode = p.get("parse_mode").and_then(Value::as_str);
    let text = match mode {
        Some("HTML") => parse_html(raw).map_err(|e| bad(&format!("can't parse entities: {e}")))?,
        Some("MarkdownV2") => {
            check_markdown_v2(raw).map_err(|e| bad(&format!("can't parse entities: {e}")))?
        }
        Some(other) => return Err(bad(&format!("unsupported parse_mode {other}"))),
        None => raw.to_string(),
    };
    if text.chars().count() > max {
        return Err(bad(too_long));
    }
    let markup = match p.get("reply_markup") {
        None | Some(Value::Null) => None,
        Some(m) => Some(check_markup(m)?),
    };
    Ok((text, markup))
}

fn check_markup(m: &Value) -> Result<Value, Refusal> {
    if let Some(rows) = m.get("inline_keyboard") {
        let rows = rows
            .as_array()
            .ok_or_else(|| bad("field \"inline_keyboard\" must be an Array"))?;
        let mut count = 0;
        for row in rows {
            let row = row
                .as_array()
                .ok_or_else(|| bad("inline keyboard row must be an Array"))?;
            for b in row {
                count += 1;
                if b.get("text")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
                {
                    return Err(bad("inline keyboard button text is empty"));
                }
                let kinds = [
                    "callback_data",
                    "url",
                    "switch_inline_query",
                    "web_app",
                    "login_url",
                    "pay",
                    "copy_text",
                ];
                if kinds.iter().filter(|k| b.get(**k).is_some()).count() != 1 {
                    return Err(bad("BUTTON_TYPE_INVALID"));
                }
                if let Some(data) = b.get("callback_data") {
                    let len = data.as_str().map(str::len).unwrap_or(0);
                    if !(1..=64).contains(&len) {
                        return Err(bad("BUTTON_DATA_INVALID"));
                    }
                }
            }
        }
        if count > 100 {
            return Err(bad("reply markup is too long"));
        }
    } else if let Some(rows) = m.get("keyboard") {
        let ok = rows.as_array().is_some_and(|rows| {
            rows.iter().all(|r| {
                r.as_array().is_some_and(|r| {
                    r.iter().all(|b| {
                        b.get("text")
                            .and_then(Value::as_str)
                            .is_some_and(|t| !t.is_empty())
                    })
                })
            })
        });
        if !ok {
            return Err(bad("keyboard button text is empty"));
        }
    } else if m.get("remove_keyboard").is_none() && m.get("force_reply").is_none() {
        return Err(bad("can't parse reply keyboard markup JSON object"));
    }
    Ok(m.clone())
}

fn store_message(
    st: &mut State,
    chat_id: i64,
    text: String,
    raw: String,
    p: &Value,
    markup: Option<Value>,
    kind: &str,
) -> Value {
    let message_id = st.next_message_id;
    st.next_message_id += 1;
    let chat = st
        .chats
        .get(&chat_id)
        .cloned()
        .unwrap_or(json!({"id": chat_id, "type": "private", "first_name": "?"}));
    let mut message = json!({
        "message_id": message_id,
        "date": now(),
        "chat": chat,
        "from": FakeTelegram::bot_user(),
    });
    match kind {
        "photo" => {
            message["photo"] = json!([{"file_id": "sent-photo", "file_unique_id": "sp", "file_size": 100, "width": 100, "height": 100}]);
            if !text.is_empty() {
                message["caption"] = json!(text);
            }
        }
        "document" => {
            message["document"] =
                json!({"file_id": "sent-doc", "file_unique_id": "sd", "file_size": 100});
            if !text.is_empty() {
                message["caption"] = json!(text);
            }
        }
        _ => message["text"] = json!(text),
    }
    if let Some(m) = &markup
        && m.get("inline_keyboard").is_some()
    {
        message["reply_markup"] = m.clone();
    }
    st.messages.push(SentMessage {
        message_id,
        chat_id,
        text,
        raw,
        parse_mode: p
            .get("parse_mode")
            .and_then(Value::as_str)
            .map(String::from),
        reply_markup: markup,
        kind: kind.to_string(),
    });
    message
}

fn edit(st: &mut State, method: &str, p: &Value) -> ApiResult {
    let chat_id = target_chat(st, p)?;
    let message_id = p
        .get("message_id")
        .and_then(Value::as_i64)
        .ok_or_else(|| bad("message identifier is not specified"))?;
    let (text, raw, markup) = if method == "editmessagetext" {
        let raw = p
            .get("text")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let (text, markup) = check_content(p, &raw, 4096, "MESSAGE_TOO_LONG")?;
        if text.trim().is_empty() {
            return Err(bad("message text is empty"));
        }
        (Some(text), Some(raw), markup)
    } else {
        let markup = match p.get("reply_markup") {
            None | Some(Value::Null) => None,
            Some(m) => Some(check_markup(m)?),
        };
        (None, None, markup)
    };
    let parse_mode = p
        .get("parse_mode")
        .and_then(Value::as_str)
        .map(String::from);
    let Some(stored) = st
        .messages
        .iter_mut()
        .find(|m| m.message_id == message_id && m.chat_id == chat_id)
    else {
        return Err(bad("message to edit not found"));
    };
    let new_text = text.unwrap_or_else(|| stored.text.clone());
    let empty_kb = |m: &Option<Value>| {
        m.as_ref()
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(Value::as_array)
            .is_none_or(|rows| rows.iter().all(|r| r.as_array().is_none_or(Vec::is_empty)))
    };
    let same_markup =
        markup == stored.reply_markup || (empty_kb(&markup) && empty_kb(&stored.reply_markup));
    if new_text == stored.text && same_markup {
        return Err(bad(
            "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        ));
    }
    stored.text = new_text.clone();
    if let Some(raw) = raw {
        stored.raw = raw;
        stored.parse_mode = parse_mode;
    }
    stored.reply_markup = markup.clone();
    let chat = st
        .chats
        .get(&chat_id)
        .cloned()
        .unwrap_or(json!({"id": chat_id, "type": "private", "first_name": "?"}));
    let mut message = json!({
        "message_id": message_id,
        "date": now(),
        "edit_date": now(),
        "chat": chat,
        "from": FakeTelegram::bot_user(),
        "text": new_text,
    });
    if let Some(m) = markup
        && m.get("inline_keyboard").is_some()
    {
        message["reply_markup"] = m;
    }
    Ok(message)
}

/// Telegram's HTML subset: returns the visible text, or why it does not parse.
pub fn parse_html(raw: &str) -> Result<String, String> {
    const TAGS: [&str; 16] = [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    ];
    let mut out = String::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest.find('>').ok_or_else(|| {
                    format!(
                        "unclosed start tag at byte offset {}",
                        raw.len() - rest.len()
                    )
                })?;
                let inner = &rest[1..end];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match stack.pop() {
                        Some(open) if open == name => {}
                        _ => return Err(format!("unmatched end tag </{name}>")),
                    }
                } else {
                    let name: String = inner
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect::<String>()
                        .to_ascii_lowercase();
                    if name.is_empty() || !TAGS.contains(&name.as_str()) {
                        return Err(format!(
                            "unsupported start tag \"{name}\" at byte offset {}",
                            raw.len() - rest.len()
                        ));
                    }
                    let attrs = inner[name.len()..].trim();
                    match name.as_str() {
                        "a" if !attrs.starts_with("href=") => return Err("<a> needs href".into()),
                        "span" if !attrs.contains("tg-spoiler") => {
                            return Err("<span> needs class=\"tg-spoiler\"".into());
                        }
                        "tg-emoji" if !attrs.starts_with("emoji-id=") => {
                            return Err("<tg-emoji> needs emoji-id".into());
                        }
                        _ => {}
                    }
                    if attrs.contains('<') {
                        return Err("unexpected < inside a tag".into());
                    }
                    stack.push(name);
                }
                rest = &rest[end + 1..];
            }
            '&' => {
                let end = rest.find(';').filter(|e| *e <= 10).ok_or_else(|| {
                    format!(
                        "character & at byte offset {} does not start an entity",
                        raw.len() - rest.len()
                    )
                })?;
                let entity = &rest[1..end];
                let ch = match entity {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    e if e.starts_with("#x") || e.starts_with("#X") => {
                        u32::from_str_radix(&e[2..], 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or_else(|| format!("bad entity &{e};"))?
                    }
                    e if e.starts_with('#') => e[1..]
                        .parse::<u32>()
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| format!("bad entity &{e};"))?,
                    e => return Err(format!("unsupported entity &{e};")),
                };
                out.push(ch);
                rest = &rest[end + 1..];
            }
            '>' => {
                // Telegram accepts a bare '>' in text.
                out.push('>');
                rest = &rest[1..];
            }
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!(
            "can't find end tag corresponding to start tag \"{open}\""
        ));
    }
    Ok(out)
}

/// MarkdownV2 is not used by the bot; the fake only refuses unescaped reserved characters.
fn check_markdown_v2(raw: &str) -> Result<String, String> {
    let mut escaped = false;
    for c in raw.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if "_*[]()~`>#+-=|{}.!".contains(c) {
            return Err(format!(
                "character '{c}' is reserved and must be escaped with the preceding '\\'"
            ));
        }
    }
    Ok(raw.replace('\\', ""))
}

#[cfg(test)]
mod tests {
    #[test]
    fn html_is_parsed_like_telegram_does() {
        assert_eq!(
            super::parse_html("<b>Siti</b> &lt;Nur&gt; &amp; Rekan_1").unwrap(),
            "Siti <Nur> & Rekan_1"
        );
        for bad in [
            "Siti <Nur>",
            "A & B",
            "<b>open",
            "<i>x</b>",
            "<script>x</script>",
            "x </b>",
        ] {
            assert!(super::parse_html(bad).is_err(), "{bad}");
        }
    }
}
