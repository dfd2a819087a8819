//! `/menu` and the views it leads to: my data, my team (supervisors), registration status
//! (HR), help, and `/batal`. Each view re-reads the person's roles from the database, so a
//! button from an old menu never shows more than the person may see now.

pub mod action;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::{CallbackAction, MenuItem};
use super::commands::Command;
use super::dialogue::{ChatDialogue, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages};
use crate::domain::reminder::ReminderKind;
use anyhow::Context;

use super::{
    Answer, HandlerResult, InChat, TgBot, member_or_explain, reset_dialogue, say, say_with,
    sync_commands,
};
use crate::domain::access::{Denied, Duty, check};
use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::telegram::Out;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .filter_command::<Command>()
        .endpoint(on_command)
}

async fn on_command(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    cmd: Command,
) -> HandlerResult {
    let in_chat = InChat::of(&msg);
    command(bot, store, msg, dialogue, cmd)
        .await
        .context(in_chat)
}

async fn command(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    cmd: Command,
) -> HandlerResult {
    match cmd {
        // Handled by the registration branch before this one.
        Command::Start(_) => Ok(()),
        Command::Batal => cancel(&bot, &store, &msg, &dialogue).await,
        Command::Bantuan => help(&bot, &store, &msg).await,
        Command::Verifikasi(code) => {
            let Some(member) = member_or_explain(&bot, &store, &msg).await? else {
                return Ok(());
            };
            super::forms::verify(&bot, &store, &member, &code).await
        }
        Command::Menu
        | Command::Datasaya
        | Command::Tim
        | Command::Laporan
        | Command::Rencana
        | Command::Persetujuan
        | Command::Realisasi
        | Command::Harian
        | Command::Nilai
        | Command::Penilaian
        | Command::Pengumuman
        | Command::Pelatihan
        | Command::Cuti => open(&bot, &store, &msg, dialogue, &cmd).await,
    }
}

/// `/batal`: leaves whatever dialogue the chat is in.
async fn cancel(
    bot: &TgBot,
    store: &Store,
    msg: &Message,
    dialogue: &ChatDialogue,
) -> HandlerResult {
    let lang = super::lang_of_sender(store, msg).await;
    let text = if reset_dialogue(dialogue).await? {
        i18n::dialogue_cancelled(lang)
    } else {
        i18n::dialogue_nothing_to_cancel(lang)
    };
    say(bot, msg.chat.id, text).await
}

/// `/bantuan`: the commands this person's roles allow (before registering, everyone's).
async fn help(bot: &TgBot, store: &Store, msg: &Message) -> HandlerResult {
    let member = match &msg.from {
        Some(user) => store.member(user.id.0 as i64).await?,
        None => None,
    };
    let lang = match &member {
        Some(m) => m.lang,
        None => Lang::from_telegram(msg.from.as_ref().and_then(|u| u.language_code.as_deref())),
    };
    let roles = member.map(|m| m.person.roles());
    say(bot, msg.chat.id, messages::help(roles, lang)).await
}

/// A command that opens the menu or one of its entries.
async fn open(
    bot: &TgBot,
    store: &Store,
    msg: &Message,
    dialogue: ChatDialogue,
    cmd: &Command,
) -> HandlerResult {
    let chat = msg.chat.id;
    let Some(member) = member_or_explain(bot, store, msg).await? else {
        return Ok(());
    };
    sync_commands(bot, store, &member).await?;
    let Some(item) = menu_item(cmd) else {
        return send_menu(bot, chat, &member).await;
    };
    let answer = on_menu_item(bot, store, &member, dialogue, item).await?;
    // A command has no button to answer: a refusal becomes a message.
    if let Some(text) = answer.text {
        say(bot, chat, messages::esc(&text)).await?;
    }
    Ok(())
}

/// The menu entry a command opens; `None` for `/menu` itself.
fn menu_item(cmd: &Command) -> Option<MenuItem> {
    Some(match cmd {
        Command::Datasaya => MenuItem::MyData,
        Command::Tim => MenuItem::Team,
        Command::Laporan => MenuItem::Registration,
        Command::Rencana => MenuItem::Plan,
        Command::Persetujuan => MenuItem::Approvals,
        Command::Realisasi => MenuItem::Realisation,
        Command::Harian => MenuItem::Daily,
        Command::Nilai => MenuItem::MyEvaluations,
        Command::Penilaian => MenuItem::Assessment,
        Command::Pengumuman => MenuItem::Announcements,
        Command::Pelatihan => MenuItem::Trainings,
        Command::Cuti => MenuItem::Leave,
        _ => return None,
    })
}

/// The duty a menu entry needs, for those that not everyone may open.
fn duty_of(item: MenuItem) -> Option<Duty> {
    match item {
        MenuItem::Team => Some(Duty::SeeTeam),
        MenuItem::Registration => Some(Duty::CityReports),
        MenuItem::Approvals => Some(Duty::Approve),
        MenuItem::Assessment => Some(Duty::Assess),
        _ => None,
    }
}

/// Whether `person` may open `item` now.
fn may_open(person: &Person, item: MenuItem) -> Result<(), Denied> {
    duty_of(item).map_or(Ok(()), |duty| check(person, duty))
}

/// The menu: exactly the buttons this person's roles allow, in their language.
pub async fn send_menu(bot: &TgBot, chat: ChatId, member: &Member) -> HandlerResult {
    let (person, lang) = (&member.person, member.lang);
    let item = |label: String, item: MenuItem| menu_button(&label, item);
    let may = |item: MenuItem| may_open(person, item).is_ok();
    let mut rows = vec![
        vec![
            item(i18n::menu_my_plan(lang), MenuItem::Plan),
            item(i18n::menu_realisation(lang), MenuItem::Realisation),
        ],
        vec![
            item(i18n::menu_daily(lang), MenuItem::Daily),
            item(i18n::menu_my_evaluations(lang), MenuItem::MyEvaluations),
        ],
        vec![
            item(i18n::menu_my_data(lang), MenuItem::MyData),
            item(
                i18n::menu_report_wrong_data(lang),
                MenuItem::ReportWrongData,
            ),
        ],
    ];
    if may(MenuItem::Approvals) {
        rows.push(vec![item(i18n::menu_approvals(lang), MenuItem::Approvals)]);
    }
    if may(MenuItem::Team) {
        rows.push(vec![item(i18n::menu_team(lang), MenuItem::Team)]);
    }
    if may(MenuItem::Registration) {
        rows.push(vec![item(
            i18n::menu_registration(lang),
            MenuItem::Registration,
        )]);
    }
    rows.push(vec![
        item(i18n::menu_announcements(lang), MenuItem::Announcements),
        item(i18n::menu_trainings(lang), MenuItem::Trainings),
    ]);
    rows.push(vec![item(i18n::leave_menu(lang), MenuItem::Leave)]);
    rows.push(vec![
        item(i18n::menu_reminders(lang), MenuItem::Reminders),
        item(i18n::menu_help(lang), MenuItem::Help),
    ]);
    rows.push(vec![item(i18n::menu_language(lang), MenuItem::Language)]);
    say_with(
        bot,
        chat,
        i18n::menu_title(lang, &messages::esc(&person.nama)),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

/// `/menu` → Bahasa: the two languages to choose from.
async fn offer_languages(bot: &TgBot, member: &Member) -> HandlerResult {
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(
            i18n::language_indonesian(member.lang),
            Action::SetLanguage(Lang::Id).encode(),
        ),
        InlineKeyboardButton::callback(
            i18n::language_english(member.lang),
            Action::SetLanguage(Lang::En).encode(),
        ),
    ]]);
    say_with(
        bot,
        ChatId(member.chat_id),
        i18n::language_choose(member.lang),
        keyboard,
    )
    .await
}

/// Every `m:`, `bh:`, `tim:` and `rm:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    match action {
        Action::Open(item) => on_menu_item(bot, store, member, dialogue, item).await,
        Action::SetLanguage(lang) => on_language(bot, store, member, lang).await,
        Action::TeamPage(page) => on_team_page(bot, store, member, q, page).await,
        Action::ReminderToggle(kind) => on_reminder_toggle(bot, store, member, q, kind).await,
    }
}

/// A language chosen: stored, the command list registered in it, the menu shown in it.
pub async fn on_language(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    lang: Lang,
) -> anyhow::Result<Answer> {
    store.set_language(member.telegram_user_id, lang).await?;
    // As stored now: the new language, and no command list registered in it yet.
    let member = Member {
        lang,
        commands_key: None,
        ..member.clone()
    };
    super::sync_commands(bot, store, &member).await?;
    say(bot, ChatId(member.chat_id), i18n::language_set(lang)).await?;
    send_menu(bot, ChatId(member.chat_id), &member).await?;
    Ok(Answer::silent())
}

pub(super) fn menu_button(label: &str, item: MenuItem) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, Action::Open(item).encode())
}

/// One menu entry, from a button or its command. Roles are checked here, now.
pub async fn on_menu_item(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    item: MenuItem,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let (person, lang) = (&member.person, member.lang);
    if let Err(denied) = may_open(person, item) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    match item {
        MenuItem::MyData => {
            let keyboard = InlineKeyboardMarkup::new(vec![vec![menu_button(
                &i18n::menu_report_wrong_data(lang),
                MenuItem::ReportWrongData,
            )]]);
            say_with(bot, chat, messages::my_data(lang, person), keyboard).await?;
        }
        MenuItem::ReportWrongData => {
            dialogue
                .update(State::WrongData(
                    crate::bot::wrong_data::state::State::ReportingWrongData,
                ))
                .await?;
            say(bot, chat, messages::ask_wrong_data(lang, person)).await?;
        }
        MenuItem::Team => {
            let (text, keyboard) = team_page(store, member, 0).await?;
            say_with(bot, chat, text, keyboard).await?;
        }
        MenuItem::Registration => show_registration(bot, store, member).await?,
        MenuItem::Plan => super::plan::show_plan(bot, store, member, 0, None).await?,
        MenuItem::Approvals => super::approval::show_waiting(bot, store, member, 0, None).await?,
        MenuItem::Realisation => super::realisation::start(bot, store, member).await?,
        MenuItem::Daily => super::daily::start(bot, store, member, &dialogue).await?,
        MenuItem::MyEvaluations => {
            super::my_evaluations::show_evaluations(bot, store, member).await?;
        }
        MenuItem::Assessment => super::assessment::start(bot, store, member).await?,
        MenuItem::Announcements => super::announce::show(bot, store, member).await?,
        MenuItem::Trainings => super::training::show(bot, store, member).await?,
        MenuItem::Leave => super::leave::start(bot, store, member).await?,
        MenuItem::Language => offer_languages(bot, member).await?,
        MenuItem::Reminders => {
            let (text, keyboard) = reminder_settings(store, &person.nip, lang).await?;
            say_with(bot, chat, text, keyboard).await?;
        }
        MenuItem::Help => {
            say(bot, chat, messages::help(Some(person.roles()), lang)).await?;
        }
    }
    Ok(Answer::silent())
}

/// HR's registration status: each unit's line, a button to the open reports of wrong data,
/// and the report files.
async fn show_registration(bot: &TgBot, store: &Store, member: &Member) -> HandlerResult {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let units = store.registration_by_unit().await?;
    let open = store.open_data_reports().await?;
    let lines: Vec<String> = units.iter().map(messages::registration_line).collect();
    // Units are few (dozens); one page, split only if the city ever outgrows it.
    for (i, page) in pages(&lines, PAGE_BUDGET).iter().enumerate() {
        let mut text = if i == 0 {
            messages::registration_header(lang, &units, open)
        } else {
            String::new()
        };
        text.push_str(&page.join("\n"));
        if open > 0 {
            let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                i18n::wrong_data_open_button(lang),
                CallbackAction::WrongData(crate::bot::wrong_data::action::Action::NextReport)
                    .encode(),
            )]]);
            say_with(bot, chat, text, keyboard).await?;
        } else {
            say(bot, chat, text).await?;
        }
    }
    super::reports::offer(bot, chat, lang).await
}

/// The reminder settings: the deadline reminders that always go, and a toggle for each
/// optional one.
async fn reminder_settings(
    store: &Store,
    nip: &str,
    lang: Lang,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let silenced = store.reminders_off(nip).await?;
    let rows = ReminderKind::ALL
        .into_iter()
        .filter(|k| k.optional())
        .map(|k| {
            vec![InlineKeyboardButton::callback(
                crate::bot::menu::views::reminder_toggle_label(lang, k, silenced.contains(&k)),
                Action::ReminderToggle(k).encode(),
            )]
        })
        .collect::<Vec<_>>();
    Ok((
        crate::bot::menu::views::reminder_settings(lang, &silenced),
        InlineKeyboardMarkup::new(rows),
    ))
}

/// A reminder toggle: flips the person's own setting (a deadline reminder is refused) and
/// redraws the settings in place.
pub async fn on_reminder_toggle(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    kind: ReminderKind,
) -> anyhow::Result<Answer> {
    let nip = &member.person.nip;
    let silenced = store.reminders_off(nip).await?.contains(&kind);
    if !store.set_reminder_silenced(nip, kind, !silenced).await? {
        return Ok(Answer::alert(i18n::reminders_not_optional(member.lang)));
    }
    let (text, keyboard) = reminder_settings(store, nip, member.lang).await?;
    let target = super::pressed_in(q, ChatId(member.chat_id));
    super::show(bot, ChatId(member.chat_id), target, text, keyboard).await?;
    Ok(Answer::toast(crate::bot::menu::views::reminder_toggled(
        member.lang,
        kind,
        !silenced,
    )))
}

/// Another page of the team list, edited in place.
pub async fn on_team_page(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    page: u32,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    if let Err(denied) = check(&member.person, Duty::SeeTeam) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    let Some(message) = &q.message else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    if message.chat().id.0 != member.chat_id {
        return Ok(Answer::alert(Denied::NotYours.localize(lang)));
    }
    let (text, keyboard) = team_page(store, member, page as usize).await?;
    edit(bot, message.chat().id, message.id(), text, keyboard).await?;
    Ok(Answer::silent())
}

async fn team_page(
    store: &Store,
    member: &Member,
    page: usize,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let (person, lang) = (&member.person, member.lang);
    let team = store.team(&person.nip).await?;
    let registered = team.iter().filter(|m| m.registered).count();
    let today = crate::domain::time::today_wib();
    let period = Period::quarter_of(today);
    let window = store.period_window(period).await?;
    // Who is away today and this week comes first, paged with the rest.
    let mut lines = super::leave::team_lines(store, lang, &team).await?;
    for m in &team {
        let plan = store.plan_of(&m.nip, period.year).await?.map(|p| p.status);
        let status = super::assessment::status_of(store, &m.nip, period).await?;
        lines.push(messages::team_line(
            lang,
            m,
            &messages::plan_status_short(lang, plan),
            &crate::bot::assessment::views::period_status(lang, status),
            status.late(today, &window),
        ));
    }
    let split = pages(&lines, PAGE_BUDGET);
    let page = page.min(split.len() - 1);
    let mut text = messages::team_header(lang, team.len(), registered, period);
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        text.push('\n');
        text.push_str(&i18n::page_footer(
            lang,
            &(page + 1).to_string(),
            &split.len().to_string(),
        ));
    }
    let mut rows: Vec<Vec<_>> = super::widgets::nav_row(lang, page, split.len(), Action::TeamPage)
        .into_iter()
        .collect();
    rows.push(vec![super::matrix::open_button(lang)]);
    Ok((text, InlineKeyboardMarkup::new(rows)))
}

/// Edits a message in place; "message is not modified" (a second tap on the same page) is
/// harmless and ignored.
pub(crate) async fn edit(
    bot: &TgBot,
    chat: ChatId,
    message: MessageId,
    text: String,
    keyboard: InlineKeyboardMarkup,
) -> anyhow::Result<()> {
    bot.post(
        chat,
        Out::Edit {
            message,
            text,
            keyboard,
        },
    );
    Ok(())
}
