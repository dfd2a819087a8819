//! What every journey test stands on: a fresh database (a temporary SQLite file, or a
//! uniquely named PostgreSQL database when `KINERJA_TEST_DATABASE_URL` points at a server),
//! the fake Bot API server, and the real dispatcher talking to it over HTTP. People-shaped
//! helpers (`staff.says("/menu")`, `boss.taps("Tim saya")`) drive it like a phone would.
#![allow(dead_code)]

pub mod fake_telegram;
pub mod office;
#[allow(dead_code)]
pub mod seed;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use kinerja::bot;
use kinerja::config::{Config, Limits};
use kinerja::domain::roster;
use kinerja::store::Store;
use kinerja::store::employees::{ImportError, ImportSummary};
use sqlx::Connection;
use teloxide::dispatching::ShutdownToken;

pub use fake_telegram::{FakeTelegram, SentMessage, TgChat, TgUser};

/// How long a test waits for the bot before it fails.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// The environment variable that moves the suite onto PostgreSQL.
pub const TEST_DB_ENV: &str = "KINERJA_TEST_DATABASE_URL";

/// A database of one's own for one test, removed when the test ends.
pub struct TestDb {
    pub url: String,
    /// For PostgreSQL: the server URL (maintenance database) and this test's database name.
    postgres: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl TestDb {
    pub async fn create() -> TestDb {
        match std::env::var(TEST_DB_ENV) {
            Ok(server) if !server.trim().is_empty() => {
                let name = format!(
                    "kinerja_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    rand_suffix()
                );
                let mut admin = sqlx::PgConnection::connect(&server)
                    .await
                    .unwrap_or_else(|e| panic!("{TEST_DB_ENV}={server}: {e}"));
                sqlx::query(&format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .await
                    .expect("create the test database");
                admin.close().await.ok();
                let mut url = url::Url::parse(&server).expect("a postgres:// URL");
                url.set_path(&name);
                TestDb {
                    url: url.to_string(),
                    postgres: Some((server, name)),
                    _dir: None,
                }
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("kinerja.db").display());
                TestDb {
                    url,
                    postgres: None,
                    _dir: Some(dir),
                }
            }
        }
    }
}

fn rand_suffix() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.load(Ordering::SeqCst));
    (h.finish() & 0xffff_ffff) as u32
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some((server, name)) = self.postgres.take() else {
            return;
        };
        // Drop runs outside any runtime guarantee: use a small one of its own.
        let done = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&server).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                }
            });
        });
        let _ = done.join();
    }
}

/// The bot, running against the fake Telegram and a fresh database.
pub struct TestApp {
    pub tg: Arc<FakeTelegram>,
    pub store: Store,
    running: Option<(ShutdownToken, tokio::task::JoinHandle<()>)>,
    sender: Option<(
        tokio::sync::watch::Sender<bool>,
        tokio::task::JoinHandle<anyhow::Result<()>>,
    )>,
    pub db: TestDb,
    limits: Limits,
    /// `--public-url`: the chat's exports give evidence files as signed links under it.
    public_url: Option<url::Url>,
}

impl TestApp {
    /// The bot with Telegram's limit across chats (the strict fake refuses more) but none
    /// per chat, so that a test's quick steps in one chat do not wait.
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with_limits(Limits {
            messages_per_sec_overall: Limits::default().messages_per_sec_overall,
            messages_per_sec_chat: 1000,
            messages_per_min_chat: 60_000,
        })
        .await
    }

    /// The bot keeping to the given flood limits (Telegram's own: `Limits::default()`).
    pub async fn spawn_with_limits(limits: Limits) -> TestApp {
        TestApp::spawn_with(limits, None).await
    }

    /// The bot of [`TestApp::spawn`] with `--public-url`: the chat's exports give evidence
    /// files as signed links (serve them with [`TestApp::evidence_route`]).
    pub async fn spawn_with_public_url(url: &str) -> TestApp {
        let limits = Limits {
            messages_per_sec_overall: Limits::default().messages_per_sec_overall,
            messages_per_sec_chat: 1000,
            messages_per_min_chat: 60_000,
        };
        TestApp::spawn_with(limits, Some(url.parse().expect("a public URL"))).await
    }

    async fn spawn_with(limits: Limits, public_url: Option<url::Url>) -> TestApp {
        // The bot's logs, shown for a failing test only (RUST_LOG to change the level).
        let _ = tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| "kinerja=warn".into()),
            )
            .with_test_writer()
            .try_init();
        let db = TestDb::create().await;
        let store = Store::connect(&db.url).await.expect("connect and migrate");
        let tg = Arc::new(FakeTelegram::start().await);
        let mut app = TestApp {
            tg,
            store,
            running: None,
            sender: None,
            db,
            limits,
            public_url,
        };
        app.start_dispatcher().await;
        app
    }

    /// Registers the command list of unregistered chats, as `kinerja run` does at start.
    pub async fn registers_default_commands(&self) {
        bot::register_default_commands(&bot::make_bot(&self.config()))
            .await
            .expect("the default command lists");
    }

    /// The configuration `kinerja run` would have.
    pub fn config(&self) -> Config {
        Config {
            token: FakeTelegram::TOKEN.parse().expect("token"),
            database_url: self.db.url.clone(),
            api_url: Some(self.tg.api_url().parse().expect("api url")),
            limits: self.limits,
            reminders: Default::default(),
            webhook_url: None,
            listen: None,
            public_url: self.public_url.clone(),
            evidence_link_days: kinerja::domain::evidence::DEFAULT_LIFETIME_DAYS,
        }
    }

    /// The `/bukti/` route as `kinerja run --listen --public-url` serves it: with the key
    /// in the database and a client of its own on the fake.
    pub async fn evidence_route(&self) -> kinerja::runtime::evidence::EvidenceRoute {
        let links = kinerja::runtime::evidence_links(&self.config(), &self.store)
            .await
            .expect("the evidence links");
        kinerja::runtime::evidence::EvidenceRoute {
            store: self.store.clone(),
            signer: links.0.expect("a public URL"),
            bot: bot::make_bot(&self.config()),
        }
    }

    async fn start_dispatcher(&mut self) {
        // One client for replies and the sender, as `kinerja run` has: they share the
        // flood limits.
        let config = self.config();
        let bot = bot::make_bot(&config);
        let links = kinerja::runtime::evidence_links(&config, &self.store)
            .await
            .expect("the evidence links");
        let mut dispatcher = bot::dispatcher(bot.clone(), self.store.clone(), links);
        let token = dispatcher.shutdown_token();
        let (polling_bot, store) = (bot.clone(), self.store.clone());
        let handle = tokio::spawn(async move {
            kinerja::runtime::serve(&mut dispatcher, &polling_bot, &store)
                .await
                .expect("dispatch");
        });
        self.running = Some((token, handle));
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let sender = tokio::spawn(kinerja::runtime::sender::run(
            bot,
            self.store.clone(),
            test_sender_config(),
            stopped,
        ));
        self.sender = Some((stop, sender));
    }

    /// Stops the dispatcher the way SIGTERM does (finishing what it took) and starts a new
    /// one on the same database and the same Telegram: a restart of the program.
    pub async fn restart(&mut self) {
        self.stop().await;
        self.store = Store::connect(&self.db.url).await.expect("reconnect");
        self.start_dispatcher().await;
    }

    pub async fn stop(&mut self) {
        if let Some((stop, sender)) = self.sender.take() {
            let _ = stop.send(true);
            tokio::time::timeout(PATIENCE, sender)
                .await
                .expect("sender stops")
                .expect("sender task")
                .expect("sender ends cleanly");
        }
        if let Some((token, handle)) = self.running.take() {
            // The dispatcher may not have started polling yet; wait until it has.
            loop {
                match token.shutdown() {
                    Ok(done) => {
                        done.await;
                        break;
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                }
            }
            tokio::time::timeout(PATIENCE, handle)
                .await
                .expect("dispatcher stops")
                .expect("dispatcher task");
        }
    }

    /// Imports a CSV roster the way `kinerja roster import` does.
    pub async fn import_csv(&self, csv: &str) -> Result<ImportSummary, Vec<String>> {
        let raw = roster::read_csv(csv.as_bytes()).map_err(|e| vec![e.to_string()])?;
        let (rows, errors) = roster::parse_rows(raw);
        if !errors.is_empty() {
            return Err(errors.iter().map(ToString::to_string).collect());
        }
        match self
            .store
            .import_roster(
                &rows,
                &[],
                false,
                false,
                "test",
                kinerja::bot::approval::moved_notices,
            )
            .await
        {
            Ok(summary) => Ok(summary),
            Err(ImportError::Rows(errors)) => Err(errors.iter().map(ToString::to_string).collect()),
            Err(ImportError::Store(e)) => panic!("store error during import: {e}"),
        }
    }

    /// Someone with a Telegram account (not necessarily registered).
    pub fn user(&self, id: i64, first_name: &str) -> Person {
        Person::new(
            self.tg.clone(),
            self.store.clone(),
            TgUser {
                id,
                first_name: first_name.to_string(),
                last_name: None,
                username: None,
                language_code: None,
            },
        )
    }

    /// Someone whose Telegram is set to `language_code` (`en`, `id`, …).
    pub fn user_speaking(&self, id: i64, first_name: &str, language_code: &str) -> Person {
        Person::new(
            self.tg.clone(),
            self.store.clone(),
            TgUser {
                language_code: Some(language_code.to_string()),
                ..TgUser::new(id, first_name)
            },
        )
    }

    /// Fails the test if the bot made any call that Telegram would have refused.
    pub fn assert_telegram_accepted_everything(&self) {
        self.tg.assert_no_errors();
        assert!(
            self.tg.unanswered_callbacks().is_empty(),
            "unanswered callback queries: {:?}",
            self.tg.unanswered_callbacks()
        );
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some((_, handle)) = self.running.take() {
            handle.abort();
        }
        if let Some((_, sender)) = self.sender.take() {
            sender.abort();
        }
    }
}

/// A person at a phone, in their private chat with the bot. Every action (a text, a file,
/// a tap) waits until the bot has handled it and its answers arrived; what the person
/// reads then is what arrived *after* the action ([`sees`](Self::sees),
/// [`arrived`](Self::arrived)), not anything older in the chat.
#[derive(Clone)]
pub struct Person {
    pub tg: Arc<FakeTelegram>,
    pub user: TgUser,
    store: Store,
    /// How many messages of the chat had been sent or edited before the last action.
    mark: Arc<AtomicUsize>,
}

impl Person {
    pub fn new(tg: Arc<FakeTelegram>, store: Store, user: TgUser) -> Person {
        Person {
            tg,
            user,
            store,
            mark: Arc::new(AtomicUsize::new(0)),
        }
    }

    pub fn chat_id(&self) -> i64 {
        self.user.id
    }

    fn chat(&self) -> TgChat {
        TgChat::private(self.user.id)
    }

    /// Starts an action: what arrives from now on is its answer.
    fn act(&self) {
        self.mark
            .store(self.tg.events_in(self.chat_id()), Ordering::SeqCst);
    }

    /// Waits until the bot has handled `update` and sent what it answered.
    pub async fn waits_until_handled(&self, update: Option<i64>, what: &str) {
        let update = update.unwrap_or_else(|| panic!("the fake knows no update for {what}"));
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            if self
                .store
                .is_update_handled(update)
                .await
                .expect("read the inbox")
            {
                return;
            }
            if tokio::time::Instant::now() >= deadline {
                panic!(
                    "timed out after {PATIENCE:?} waiting for the bot to handle {what:?}\n{}",
                    self.tg.report()
                );
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Sends a message (built by `push`) and returns the first message that arrived for it.
    async fn sends(&self, what: &str, push: impl FnOnce(&FakeTelegram) -> i64) -> SentMessage {
        self.act();
        let message_id = push(&self.tg);
        self.waits_until_handled(self.tg.update_of_message(self.chat_id(), message_id), what)
            .await;
        self.arrived().into_iter().next().unwrap_or_else(|| {
            panic!(
                "the bot answered nothing to {what:?} in chat {}\n{}",
                self.chat_id(),
                self.tg.report()
            )
        })
    }

    /// Sends a text and returns the first message the bot answered with.
    pub async fn says(&self, text: &str) -> SentMessage {
        let (user, chat) = (self.user.clone(), self.chat());
        self.sends(text, |tg| tg.push_text(&user, &chat, text))
            .await
    }

    /// Shares a contact card and waits for the answer. `owner` is the contact's Telegram
    /// user id: one's own id through the contact button, another's when forwarding.
    pub async fn shares_contact(&self, phone: &str, owner: Option<i64>) -> SentMessage {
        let user = self.user.clone();
        self.sends("contact", |tg| {
            tg.push_contact(&user, phone, owner, &user.first_name)
        })
        .await
    }

    /// Shares one's own contact through the contact-request button.
    pub async fn shares_own_contact(&self, phone: &str) -> SentMessage {
        self.shares_contact(phone, Some(self.user.id)).await
    }

    /// Registers by sharing one's own contact; the menu has arrived when this returns.
    pub async fn registers(&self, phone: &str) {
        let reply = self.shares_own_contact(phone).await;
        assert!(
            reply.text.contains("Terima kasih"),
            "registration failed: {}",
            reply.text
        );
        self.sees("Menu untuk").await;
    }

    /// Waits until a message containing `text` arrived after the last action (a new one, or
    /// one edited since), and returns the newest such. Something another person's action
    /// sends meanwhile counts too.
    pub async fn sees(&self, text: &str) -> SentMessage {
        let chat = self.chat_id();
        let mark = self.mark.load(Ordering::SeqCst);
        self.tg
            .wait_for(
                &format!("a message with {text:?} in chat {chat} after the last action"),
                PATIENCE,
                |tg| {
                    tg.arrived_since(chat, mark)
                        .iter()
                        .any(|m| m.text.contains(text))
                },
            )
            .await;
        self.arrived()
            .into_iter()
            .rev()
            .find(|m| m.text.contains(text))
            .expect("just seen")
    }

    /// Waits until a message containing `text` is anywhere in this chat (something
    /// delivered earlier, such as a broadcast), and returns the newest such.
    pub async fn received(&self, text: &str) -> SentMessage {
        let chat = self.chat_id();
        self.tg
            .wait_for(
                &format!("a message with {text:?} in chat {chat}"),
                PATIENCE,
                |tg| tg.messages_to(chat).iter().any(|m| m.text.contains(text)),
            )
            .await;
        self.messages()
            .into_iter()
            .rev()
            .find(|m| m.text.contains(text))
            .expect("just seen")
    }

    /// What arrived after the last action: messages sent or edited since, as they stand.
    pub fn arrived(&self) -> Vec<SentMessage> {
        self.tg
            .arrived_since(self.chat_id(), self.mark.load(Ordering::SeqCst))
    }

    pub async fn sends_photo(&self, caption: Option<&str>) -> SentMessage {
        self.sends_photo_id("AgACAgQAAxkBAAIBQ2photo", caption)
            .await
    }

    pub async fn sends_photo_id(&self, file_id: &str, caption: Option<&str>) -> SentMessage {
        let user = self.user.clone();
        self.sends("photo", |tg| tg.push_photo(&user, file_id, caption))
            .await
    }

    pub async fn sends_document(
        &self,
        file_id: &str,
        name: &str,
        caption: Option<&str>,
    ) -> SentMessage {
        let user = self.user.clone();
        self.sends("document", |tg| {
            tg.push_document(&user, file_id, name, caption)
        })
        .await
    }

    /// Taps the newest button whose label contains `part`.
    pub async fn taps_containing(&self, part: &str) -> Option<String> {
        let label = self
            .messages()
            .iter()
            .rev()
            .flat_map(|m| Person::buttons_of(m).into_iter().rev())
            .find(|b| b.contains(part))
            .unwrap_or_else(|| panic!("no button containing {part:?} in chat {}", self.chat_id()));
        self.taps(&label).await
    }

    pub async fn sends_sticker(&self) -> SentMessage {
        let user = self.user.clone();
        self.sends("sticker", |tg| tg.push_sticker(&user)).await
    }

    /// Every message the bot has sent into this chat, edits applied.
    pub fn messages(&self) -> Vec<SentMessage> {
        self.tg.messages_to(self.chat_id())
    }

    /// The message the bot most recently sent or changed in this chat.
    pub fn last_message(&self) -> SentMessage {
        self.tg
            .last_changed_in(self.chat_id())
            .expect("the bot has sent nothing to this chat")
    }

    /// Taps the newest button labelled `label` in this chat and waits until the press is
    /// answered and handled. Returns the answer's text (the toast or alert), if any.
    pub async fn taps(&self, label: &str) -> Option<String> {
        let (message_id, data) = self
            .find_button(label)
            .unwrap_or_else(|| panic!("no button {label:?} in chat {}", self.chat_id()));
        self.taps_data(message_id, &data).await
    }

    /// Presses a button and returns at once with the press's id, as a quick thumb does;
    /// [`answered`](Self::answered) waits for its answer.
    pub fn presses(&self, message_id: i64, data: &str) -> String {
        self.act();
        self.tg.push_callback(&self.user, message_id, data)
    }

    /// Waits until the press with this id is answered (the spinner stops).
    pub async fn answered(&self, press: &str) {
        let waited = press.to_string();
        self.tg
            .wait_for(
                &format!("the press {press} to be answered"),
                PATIENCE,
                move |tg| tg.callback_answer(&waited).is_some(),
            )
            .await;
    }

    /// Presses a button with arbitrary `callback_data` on a message: how a forged or stale
    /// button arrives. Waits until the press is answered and handled.
    pub async fn taps_data(&self, message_id: i64, data: &str) -> Option<String> {
        let id = self.presses(message_id, data);
        self.answered(&id).await;
        self.waits_until_handled(self.tg.update_of_callback(&id), data)
            .await;
        self.tg.callback_answer(&id).and_then(|a| a.text)
    }

    /// The newest message in this chat that has an inline button labelled `label`, and that
    /// button's `callback_data`.
    pub fn find_button(&self, label: &str) -> Option<(i64, String)> {
        self.messages().iter().rev().find_map(|m| {
            let rows = m
                .reply_markup
                .as_ref()?
                .get("inline_keyboard")?
                .as_array()?
                .clone();
            rows.iter()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .find(|b| b.get("text").and_then(|t| t.as_str()) == Some(label))
                .and_then(|b| {
                    b.get("callback_data")?
                        .as_str()
                        .map(|d| (m.message_id, d.to_string()))
                })
        })
    }

    /// The labels of the inline buttons on a message.
    pub fn buttons_of(message: &SentMessage) -> Vec<String> {
        message
            .reply_markup
            .as_ref()
            .and_then(|m| m.get("inline_keyboard"))
            .and_then(|k| k.as_array())
            .map(|rows| {
                rows.iter()
                    .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                    .filter_map(|b| b.get("text").and_then(|t| t.as_str()).map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The sender as `kinerja run` has it, but without quiet hours: a test that waits for a
/// reminder must not depend on the hour it runs at (quiet hours have tests of their own).
/// Nor is there a weekly digest by the clock: every roster has someone behind, and a test
/// run on a Monday morning would find one among its messages (tests/digest.rs queues it
/// with a clock of its own).
pub fn test_sender_config() -> kinerja::runtime::sender::SenderConfig {
    kinerja::runtime::sender::SenderConfig {
        reminders: kinerja::domain::reminder::ReminderConfig {
            quiet_from: 0,
            quiet_until: 0,
            weekly_digest: false,
            ..Default::default()
        },
        ..Default::default()
    }
}

/// What one run of the `kinerja` command line printed.
pub struct Run {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails the test with the command's stderr unless it succeeded; returns its stdout.
    pub fn expect_ok(self) -> String {
        assert!(self.ok, "{}", self.stderr);
        self.stdout
    }
}

/// The real `kinerja run` on the database at `db_url` against the fake Bot API, quiet
/// (`RUST_LOG=warn`, stdout discarded): the caller adds what differs and spawns it.
pub fn kinerja_run(db_url: &str, tg: &FakeTelegram) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"));
    command
        .arg("run")
        .env("TELOXIDE_TOKEN", FakeTelegram::TOKEN)
        .env("TELOXIDE_API_URL", tg.api_url())
        .env("DATABASE_URL", db_url)
        // No digest by the clock in a test (see `test_sender_config`).
        .env("KINERJA_WEEKLY_DIGEST", "off")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null());
    command
}

/// A size from the environment (the benches' `KINERJA_BENCH_…`), or `default`.
pub fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs the real `kinerja` command line on the database at `db_url`, as HR does. Awaited
/// without blocking the runtime: a bot running in the test keeps going meanwhile (a frozen
/// bot could hold SQLite's write lock until the command gives up).
pub async fn cli(db_url: &str, args: &[&str]) -> Run {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args(args)
        .env("DATABASE_URL", db_url)
        // No digest by the clock in a test (see `test_sender_config`).
        .env("KINERJA_WEEKLY_DIGEST", "off")
        .env("RUST_LOG", "warn")
        .output()
        .await
        .expect("run kinerja");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A small roster of Dinas Kesehatan: a head, two staff under them, and an HR admin.
pub mod roster_fixture {
    pub const KEPALA: &str = "196608011988031001";
    pub const STAF_SITI: &str = "198505152010012002";
    pub const STAF_BUDI: &str = "200012312024211001";
    pub const ADMIN: &str = "197703032005011003";

    pub const KEPALA_PHONE: &str = "0812-1111-2222";
    pub const SITI_PHONE: &str = "0813-3333-4444";
    pub const ADMIN_PHONE: &str = "+62 811 5555 6666";

    pub fn csv() -> String {
        format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
             {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,{KEPALA_PHONE},\n\
             {STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{KEPALA},{SITI_PHONE},pegawai\n\
             {STAF_BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,{KEPALA},,\n\
             {ADMIN},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,{ADMIN_PHONE},admin\n"
        )
    }
}

/// The text of a PDF the bot sent, with `pdftotext` (None when poppler is missing and not
/// required).
pub fn pdf_text(app: &TestApp, message: &SentMessage) -> Option<String> {
    let bytes = app
        .tg
        .file_content(message.file_id.as_deref().expect("a file"))
        .expect("the uploaded bytes");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    let present = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    if !present {
        assert!(
            std::env::var_os("KINERJA_REQUIRE_PDFTOOLS").is_none(),
            "pdftotext is missing: install poppler-utils"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("form.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The verification code in a form's caption.
pub fn code_in(caption: &str) -> String {
    let after = caption.split("Kode verifikasi ").nth(1).expect("a code");
    after.split(':').next().unwrap().trim().to_string()
}
