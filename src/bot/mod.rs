//! The Telegram side: the dptree handler tree, the dialogues and how the bot runs.
//!
//! Handlers are thin: read what the person sent, call the store or the domain once, render
//! a text from [`messages`]. They never write SQL and never decide a rule. One module per
//! conversation (`registration`, `menu`, `wrong_data`); [`schema`] wires them and ends in
//! catch-alls that answer anything unexpected.

pub mod announce;
pub mod approval;
pub mod assessment;
pub mod callback;
pub mod commands;
pub mod daily;
pub mod dialogue;
pub mod digest;
mod forms;
pub mod inbox;
pub mod leave;
pub mod matrix;
pub mod menu;
pub mod messages;
pub mod my_evaluations;
pub mod paging;
pub mod plan;
pub mod realisation;
mod registration;
pub mod reports;
pub mod roles;
pub mod rules;
pub mod templates;
pub mod training;
mod widgets;
pub mod wrong_data;

use std::sync::Arc;

use anyhow::Context;

use teloxide::dispatching::{DefaultKey, Dispatcher, UpdateHandler};
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::types::{BotCommandScope, ChatId, InlineKeyboardMarkup, Recipient};

use crate::config::Config;
use crate::domain::evidence::LinkSigner;
use crate::domain::lang::Lang;
use crate::domain::text::{Button, Msg, Notice};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::dialogues::DialogueStorage;
use callback::CallbackAction;
use dialogue::{ChatDialogue, State};

use crate::telegram::Out;
pub use crate::telegram::{Answer, TgBot};

/// What every handler returns; errors are logged by the dispatcher's error handler.
pub type HandlerResult = anyhow::Result<()>;

/// The dialogue storage as the handlers receive it.
pub type DialogueStore = Arc<DialogueStorage<State>>;

/// How the exports made in the chat (Unduh bulan ini, the report's files) give evidence
/// files: as signed links when a public URL is configured, else by name. A dependency of
/// the handlers.
#[derive(Debug, Clone, Default)]
pub struct EvidenceLinks(pub Option<LinkSigner>);

impl EvidenceLinks {
    pub fn signer(&self) -> Option<&LinkSigner> {
        self.0.as_ref()
    }
}

/// Telegram's Bot API unless another is configured.
pub const TELEGRAM_API: &str = "https://api.telegram.org";

/// Builds the Telegram client for `config`.
pub fn make_bot(config: &Config) -> TgBot {
    let mut bot = Bot::new(config.token.expose());
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    TgBot::new(bot, config.limits)
}

/// The whole handler tree.
pub fn schema() -> UpdateHandler<anyhow::Error> {
    let private = Update::filter_message()
        .filter(|msg: Message| msg.chat.is_private())
        .enter_dialogue::<Message, DialogueStorage<State>, State>()
        .branch(registration::schema())
        .branch(menu::schema())
        .branch(wrong_data::schema())
        .branch(plan::schema())
        .branch(approval::schema())
        .branch(realisation::schema())
        .branch(my_evaluations::schema())
        .branch(daily::schema())
        .branch(assessment::schema())
        .branch(announce::schema())
        .branch(rules::schema())
        .branch(roles::schema())
        .branch(leave::schema())
        .endpoint(not_understood);
    let groups = Update::filter_message().endpoint(group_message);
    let callbacks = Update::filter_callback_query().endpoint(on_callback);
    dptree::entry().chain(inbox::mark_handled()).chain(
        dptree::entry()
            .branch(private)
            .branch(groups)
            .branch(callbacks),
    )
}

/// How long a stopping bot waits for the replies still queued: a chat takes about one
/// message a second, and a handler sends a handful at most.
pub const DRAIN_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

/// The dispatcher over the real handler tree, as `kinerja run` and the tests use it. It
/// polls with teloxide's `Bot`; handlers receive the paced [`TgBot`] as a dependency.
pub fn dispatcher(
    bot: TgBot,
    store: Store,
    links: EvidenceLinks,
) -> Dispatcher<Bot, anyhow::Error, DefaultKey> {
    let storage: DialogueStore = DialogueStorage::new(store.clone());
    let stamps = crate::store::inbox::Stamps::start(store.clone());
    let bot_for_errors = bot.clone();
    let store_for_errors = store.clone();
    Dispatcher::builder(bot.api().clone(), schema())
        .dependencies(dptree::deps![store, storage, bot, stamps, links])
        .default_handler(|update| async move {
            tracing::debug!(
                update_id = update.id.0,
                "update of a kind the bot does not handle"
            );
        })
        .error_handler(apologising_error_handler(bot_for_errors, store_for_errors))
        .build()
}

/// The bot's @username, asked from the Bot API with `TELOXIDE_TOKEN` (and
/// `TELOXIDE_API_URL` when set); for `kinerja invite` without `--bot-username`.
pub async fn username_from_telegram() -> anyhow::Result<String> {
    let token = std::env::var("TELOXIDE_TOKEN")
        .map_err(|_| anyhow::anyhow!("TELOXIDE_TOKEN is not set"))?;
    let mut bot = Bot::new(token);
    if let Ok(url) = std::env::var("TELOXIDE_API_URL") {
        bot = bot.set_api_url(url.parse()?);
    }
    Ok(bot.get_me().await?.username().to_string())
}

/// The command list everyone sees in private chats before registering: Indonesian, and
/// English for those whose Telegram is in English.
pub async fn register_default_commands(bot: &TgBot) -> anyhow::Result<()> {
    bot.call(
        bot.api()
            .set_my_commands(commands::for_unregistered(Lang::Id))
            .scope(BotCommandScope::AllPrivateChats),
    )
    .await?;
    bot.call(
        bot.api()
            .set_my_commands(commands::for_unregistered(Lang::En))
            .scope(BotCommandScope::AllPrivateChats)
            .language_code(Lang::En.code()),
    )
    .await?;
    Ok(())
}

/// Registers this member's command list for their chat when their roles changed since it
/// was last registered (a roster import or `kinerja admin grant` in between).
pub(crate) async fn sync_commands(bot: &TgBot, store: &Store, member: &Member) -> HandlerResult {
    let roles = member.person.roles();
    let key = commands::list_key(roles, member.lang);
    if member.commands_key.as_deref() == Some(key.as_str()) {
        return Ok(());
    }
    bot.call(
        bot.api()
            .set_my_commands(commands::for_roles(roles, member.lang))
            .scope(BotCommandScope::Chat {
                chat_id: Recipient::Id(ChatId(member.chat_id)),
            }),
    )
    .await?;
    store
        .set_commands_key(member.telegram_user_id, &key)
        .await?;
    Ok(())
}

/// A notice to queue: its text and, when given, its keyboard of callback buttons, whose
/// labels may be keyed too ([`crate::i18n::msg`]).
pub(crate) fn notice<A: Into<CallbackAction>>(
    text: impl Into<Msg>,
    buttons: Vec<Vec<(Msg, A)>>,
) -> Notice {
    let mut notice = Notice::new(text);
    for row in buttons {
        notice = notice.with_row(
            row.into_iter()
                .map(|(label, action)| Button {
                    label,
                    data: action.into().encode(),
                })
                .collect(),
        );
    }
    notice
}

/// A queued notice as it is sent to a person reading `lang`.
pub fn render_notice(notice: &Notice, lang: Lang) -> (String, Option<InlineKeyboardMarkup>) {
    let keyboard = (!notice.buttons.is_empty()).then(|| {
        InlineKeyboardMarkup::new(notice.buttons.iter().map(|row| {
            row.iter()
                .map(|b| {
                    teloxide::types::InlineKeyboardButton::callback(
                        b.label.render(lang),
                        b.data.clone(),
                    )
                })
                .collect::<Vec<_>>()
        }))
    });
    (notice.text.render(lang), keyboard)
}

/// Marks a handler's error with the chat it happened in and who wrote there, so that the
/// error handler can apologise there, in their language, instead of leaving the person
/// without an answer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct InChat {
    chat: ChatId,
    /// The sender's Telegram user id and `language_code`, for the language of the apology.
    user: Option<(i64, Lang)>,
}

impl InChat {
    /// The chat of `msg`, and its sender.
    pub(crate) fn of(msg: &Message) -> InChat {
        InChat {
            chat: msg.chat.id,
            user: msg.from.as_ref().map(|u| {
                (
                    u.id.0 as i64,
                    Lang::from_telegram(u.language_code.as_deref()),
                )
            }),
        }
    }
}

impl std::fmt::Display for InChat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "while answering chat {}", self.chat)
    }
}

/// The language to answer a Telegram user in: a member's own, otherwise what their
/// Telegram is set to (also when the database cannot say: an apology for a database
/// failure must still go out).
pub(crate) async fn lang_of(store: &Store, user: &teloxide::types::User) -> Lang {
    lang_of_id(
        store,
        user.id.0 as i64,
        Lang::from_telegram(user.language_code.as_deref()),
    )
    .await
}

async fn lang_of_id(store: &Store, user_id: i64, telegram: Lang) -> Lang {
    match store.member(user_id).await {
        Ok(Some(member)) => member.lang,
        Ok(None) => telegram,
        Err(e) => {
            tracing::warn!(user = user_id, error = %e, "cannot read a member's language");
            telegram
        }
    }
}

/// The language to answer a message in ([`lang_of`] its sender; Indonesian without one).
pub(crate) async fn lang_of_sender(store: &Store, msg: &Message) -> Lang {
    match &msg.from {
        Some(user) => lang_of(store, user).await,
        None => Lang::Id,
    }
}

/// Logs every handler error; where the chat is known, the person gets a short apology
/// (never the error itself).
fn apologising_error_handler(
    bot: TgBot,
    store: Store,
) -> Arc<dyn ErrorHandler<anyhow::Error> + Send + Sync> {
    Arc::new(move |error: anyhow::Error| {
        let bot = bot.clone();
        let store = store.clone();
        async move {
            tracing::error!(error = format!("{error:#}"), "handler failed");
            if let Some(at) = error.downcast_ref::<InChat>().copied() {
                let lang = match at.user {
                    Some((user, telegram)) => lang_of_id(&store, user, telegram).await,
                    None => Lang::Id,
                };
                if let Err(e) = say(&bot, at.chat, crate::i18n::internal_error(lang)).await {
                    tracing::warn!(error = %e, "could not apologise to the chat either");
                }
            }
        }
    })
}

/// Sends an HTML message (after the handler is done, in order: see [`crate::telegram::courier`]).
pub(crate) async fn say(bot: &TgBot, chat: ChatId, text: String) -> anyhow::Result<()> {
    bot.post(chat, Out::text(text));
    Ok(())
}

/// Sends an HTML message with inline buttons.
pub(crate) async fn say_with(
    bot: &TgBot,
    chat: ChatId,
    text: String,
    keyboard: InlineKeyboardMarkup,
) -> anyhow::Result<()> {
    bot.post(chat, Out::with_buttons(text, keyboard));
    Ok(())
}

/// Where a handler answers, and for whom: the person (as the database has them now), their
/// own chat and their language.
pub(crate) struct Ctx<'a> {
    pub bot: &'a TgBot,
    pub store: &'a Store,
    pub member: &'a Member,
    pub chat: ChatId,
    pub lang: Lang,
}

impl<'a> Ctx<'a> {
    /// For a message or a button from `member`, answered in their own chat.
    pub fn of(bot: &'a TgBot, store: &'a Store, member: &'a Member) -> Ctx<'a> {
        Ctx {
            bot,
            store,
            member,
            chat: ChatId(member.chat_id),
            lang: member.lang,
        }
    }

    /// Their NIP.
    pub fn nip(&self) -> &str {
        &self.member.person.nip
    }

    /// The audit log's name for them.
    pub fn actor(&self) -> String {
        format!("nip:{}", self.member.person.nip)
    }
}

/// The message a button sits on, when it is in the presser's own chat: a view is edited
/// there in place; a button elsewhere gets its answer sent anew.
pub(crate) fn pressed_in(
    q: &CallbackQuery,
    chat: ChatId,
) -> Option<(ChatId, teloxide::types::MessageId)> {
    q.message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()))
}

/// Shows a view: edits the message it was paged from, or sends it anew.
pub(crate) async fn show(
    bot: &TgBot,
    chat: ChatId,
    edit: Option<(ChatId, teloxide::types::MessageId)>,
    text: String,
    keyboard: InlineKeyboardMarkup,
) -> anyhow::Result<()> {
    match edit {
        Some((chat, message)) => bot.post(
            chat,
            Out::Edit {
                message,
                text,
                keyboard,
            },
        ),
        None => bot.post(chat, Out::with_buttons(text, keyboard)),
    }
    Ok(())
}

/// The branch of one dialogue: a private message arriving while the chat's state is one
/// that `accepts` takes goes to `body` with that state and the sender as a member, through
/// [`in_dialogue`]. Every dialogue module's `schema` is one call of this.
pub(crate) fn dialogue_branch<F, Fut>(
    accepts: fn(&State) -> bool,
    body: F,
) -> UpdateHandler<anyhow::Error>
where
    F: Fn(TgBot, Store, Message, ChatDialogue, State, Member) -> Fut
        + Clone
        + Send
        + Sync
        + 'static,
    Fut: std::future::Future<Output = HandlerResult> + Send + 'static,
{
    dptree::filter(move |state: State| accepts(&state)).endpoint(
        move |bot: TgBot, store: Store, msg: Message, dialogue: ChatDialogue, state: State| {
            let body = body.clone();
            in_dialogue(
                bot,
                store,
                msg,
                dialogue,
                move |bot, store, msg, dialogue, member| {
                    body(bot, store, msg, dialogue, state, member)
                },
            )
        },
    )
}

/// The common entry of a dialogue's messages: the sender must still be a registered member
/// (otherwise they are told how to register and the dialogue ends), and an error is tagged
/// with the chat so that the person gets an apology rather than silence.
pub(crate) async fn in_dialogue<F, Fut>(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    body: F,
) -> HandlerResult
where
    F: FnOnce(TgBot, Store, Message, ChatDialogue, Member) -> Fut,
    Fut: std::future::Future<Output = HandlerResult>,
{
    let in_chat = InChat::of(&msg);
    let run = async {
        let Some(member) = member_or_explain(&bot, &store, &msg).await? else {
            dialogue.exit().await?;
            return Ok(());
        };
        body(bot, store, msg, dialogue, member).await
    };
    run.await.context(in_chat)
}

/// The registered person behind a message, or a reply saying how to register.
pub(crate) async fn member_or_explain(
    bot: &TgBot,
    store: &Store,
    msg: &Message,
) -> anyhow::Result<Option<Member>> {
    let Some(user) = &msg.from else {
        return Ok(None);
    };
    let member = store.member(user.id.0 as i64).await?;
    if member.is_none() {
        let lang = Lang::from_telegram(user.language_code.as_deref());
        say(bot, msg.chat.id, crate::i18n::not_registered(lang)).await?;
    }
    Ok(member)
}

async fn not_understood(bot: TgBot, store: Store, msg: Message) -> HandlerResult {
    let in_chat = InChat::of(&msg);
    answer_not_understood(bot, store, msg)
        .await
        .context(in_chat)
}

async fn answer_not_understood(bot: TgBot, store: Store, msg: Message) -> HandlerResult {
    let lang = lang_of_sender(&store, &msg).await;
    let text = if msg.text().is_some_and(|t| t.starts_with('/')) {
        crate::i18n::unknown_command(lang)
    } else {
        crate::i18n::not_understood(lang)
    };
    say(&bot, msg.chat.id, text).await?;
    Ok(())
}

/// In groups the bot only says where it works, and only when addressed with a command, so
/// that it never chatters in a busy group.
async fn group_message(bot: TgBot, store: Store, msg: Message) -> HandlerResult {
    if msg.text().is_some_and(|t| t.starts_with('/')) {
        let lang = lang_of_sender(&store, &msg).await;
        say(&bot, msg.chat.id, crate::i18n::private_chats_only(lang)).await?;
    }
    Ok(())
}

/// Every button press ends here. The data is decoded, the presser is looked up in the
/// database now, and the press is answered exactly once whatever happens.
///
/// The answer goes before any message the handler sent ([`TgBot::begin_press`]): those wait
/// in the update's scope until the handler is done, and then in the chat's queue until the
/// answer is through, so the spinner stops as soon as the decision is taken, however slowly
/// the chat's messages then go out. The handler does not wait for the answer's round trip:
/// the chat's next press is handled meanwhile.
async fn on_callback(
    bot: TgBot,
    store: Store,
    storage: DialogueStore,
    links: EvidenceLinks,
    q: CallbackQuery,
) -> HandlerResult {
    bot.begin_press(q.id.clone());
    let result = route_callback(&bot, &store, storage, &links, &q).await;
    let answer = match &result {
        Ok(answer) => answer.clone(),
        Err(_) => Answer::alert(crate::i18n::internal_error(lang_of(&store, &q.from).await)),
    };
    bot.answer_press(answer);
    result.map(|_| ())
}

async fn route_callback(
    bot: &TgBot,
    store: &Store,
    storage: DialogueStore,
    links: &EvidenceLinks,
    q: &CallbackQuery,
) -> anyhow::Result<Answer> {
    let Ok(action) = CallbackAction::decode(q.data.as_deref().unwrap_or_default()) else {
        tracing::warn!(user = q.from.id.0, data = ?q.data, "unknown callback data");
        return Ok(Answer::alert(crate::i18n::stale_button(
            lang_of(store, &q.from).await,
        )));
    };
    let Some(member) = store.member(q.from.id.0 as i64).await? else {
        let lang = Lang::from_telegram(q.from.language_code.as_deref());
        return Ok(Answer::alert(crate::i18n::not_registered(lang)));
    };
    // Buttons act in the presser's own private chat, whatever message they sit on.
    let chat = ChatId(member.chat_id);
    let dialogue = ChatDialogue::new(storage, chat);
    let member = &member;
    match action {
        CallbackAction::Menu(action) => {
            menu::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::WrongData(action) => {
            wrong_data::on_action(bot, store, member, q, action).await
        }
        CallbackAction::Plan(action) => {
            plan::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Approval(action) => {
            approval::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Realisation(action) => {
            realisation::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Daily(action) => {
            daily::on_action(bot, store, member, dialogue, q, action, links).await
        }
        CallbackAction::MyEvaluations(action) => {
            my_evaluations::on_action(bot, store, member, dialogue, action).await
        }
        CallbackAction::Assessment(action) => {
            assessment::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Announce(action) => {
            announce::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Training(action) => {
            training::on_action(bot, store, member, q, action).await
        }
        CallbackAction::Rules(action) => {
            rules::on_action(bot, store, member, dialogue, action).await
        }
        CallbackAction::Reports(action) => {
            reports::on_action(bot, store, member, action, links).await
        }
        CallbackAction::Matrix(action) => matrix::on_action(bot, store, member, q, action).await,
        CallbackAction::Templates(action) => {
            templates::on_action(bot, store, member, q, action).await
        }
        CallbackAction::Roles(action) => {
            roles::on_action(bot, store, member, dialogue, q, action).await
        }
        CallbackAction::Digest(action) => digest::on_action(bot, store, member, q, action).await,
        CallbackAction::Leave(action) => {
            leave::on_action(bot, store, member, dialogue, action).await
        }
    }
}

/// Leaves any dialogue; shared by `/batal` and the other modules.
pub(crate) async fn reset_dialogue(dialogue: &ChatDialogue) -> anyhow::Result<bool> {
    let was_active = !matches!(dialogue.get().await?, None | Some(State::Idle));
    if was_active {
        dialogue.exit().await?;
    }
    Ok(was_active)
}
