//! HR's reports in the chat (`/laporan`): a period's short summary with the chart as a
//! photo, and the same report as a workbook or as CSV files sent as documents. Every press
//! re-checks that the presser is an HR admin now. Everything is in HR's language but the
//! e-Kinerja sheet, an official form.

pub mod action;
pub mod views;

use action::Action;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile};

use super::{Answer, HandlerResult, TgBot, say_with};
use crate::domain::access::{Duty, check};
use crate::domain::evaluation::{Period, PeriodKind};
use crate::domain::lang::Lang;
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Label, Localize};
use crate::report::Report;
use crate::store::Store;
use crate::store::bindings::Member;
use crate::telegram::{AlbumItem, MediaKind, Out, albums};

/// The period buttons under `/laporan`: this year's quarters and the annual evaluation.
pub async fn offer(bot: &TgBot, chat: ChatId, lang: Lang) -> anyhow::Result<()> {
    let year = current_year_wib();
    let buttons: Vec<InlineKeyboardButton> = PeriodKind::ALL
        .into_iter()
        .map(|kind| {
            let period = Period { year, kind };
            InlineKeyboardButton::callback(
                crate::bot::reports::views::period_button(lang, period),
                Action::Summary(period).encode(),
            )
        })
        .collect();
    say_with(
        bot,
        chat,
        i18n::sheets_report_offer(lang, &year.to_string()),
        InlineKeyboardMarkup::new(buttons.chunks(3).map(<[_]>::to_vec).collect::<Vec<_>>()),
    )
    .await?;
    Ok(())
}

/// Every `lp:` button.
pub(crate) async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    action: Action,
    links: &super::EvidenceLinks,
) -> anyhow::Result<Answer> {
    if let Err(denied) = check(&member.person, Duty::CityReports) {
        tracing::warn!(
            user = member.telegram_user_id,
            "report button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(denied.localize(member.lang)));
    }
    let to = (ChatId(member.chat_id), member.lang);
    let (Action::Summary(period) | Action::Xlsx(period) | Action::Csv(period)) = action;
    // Building the city's report takes a while (a second for 5,000 people): the press is
    // answered first, and the files follow.
    bot.answer_press(Answer::toast(i18n::sheets_report_building(to.1)));
    let report = crate::report::build(store, period, today_wib()).await?;
    match action {
        Action::Summary(_) => send_summary(bot, to, &report).await?,
        Action::Xlsx(_) => send_xlsx(bot, to, &report.tables(to.1, links.signer()), period)?,
        Action::Csv(_) => send_csv(bot, to, report.tables(to.1, links.signer()), period)?,
    }
    Ok(Answer::silent())
}

/// The file name of a report's files, before the extension.
fn file_stem(period: Period) -> String {
    format!("laporan-kinerja-{}", period.key())
}

/// The chart as a photo, then the summary with the buttons for the files.
async fn send_summary(bot: &TgBot, (chat, lang): (ChatId, Lang), report: &Report) -> HandlerResult {
    let period = report.period;
    let png = crate::chart::render(report)?;
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(
            i18n::sheets_report_download_xlsx(lang),
            Action::Xlsx(period).encode(),
        ),
        InlineKeyboardButton::callback(
            i18n::sheets_report_download_csv(lang),
            Action::Csv(period).encode(),
        ),
    ]]);
    let photo = InputFile::memory(png).file_name(format!("{}.png", file_stem(period)));
    bot.post(
        chat,
        Out::Photo {
            file: photo,
            caption: Some(i18n::sheets_report_chart_caption(
                lang,
                &period.label_in(lang),
            )),
            keyboard: None,
        },
    );
    let summary = crate::bot::reports::views::report_summary(lang, report);
    say_with(bot, chat, summary, keyboard).await
}

/// The report's tables as one workbook.
fn send_xlsx(
    bot: &TgBot,
    (chat, lang): (ChatId, Lang),
    tables: &[crate::export::Table],
    period: Period,
) -> HandlerResult {
    let bytes = crate::export::xlsx_bytes(tables)?;
    let name = format!("{}.xlsx", file_stem(period));
    bot.post(
        chat,
        Out::Document {
            file: InputFile::memory(bytes).file_name(name),
            caption: Some(file_caption(lang, period)),
            keyboard: None,
        },
    );
    Ok(())
}

/// The report's tables as CSV files, in albums; the last file of each says what the files
/// are.
fn send_csv(
    bot: &TgBot,
    (chat, lang): (ChatId, Lang),
    tables: Vec<crate::export::Table>,
    period: Period,
) -> HandlerResult {
    let mut files = Vec::new();
    for table in tables {
        let bytes = crate::export::csv_bytes(&table)?;
        files.push(AlbumItem {
            kind: MediaKind::Document,
            file: InputFile::memory(bytes).file_name(format!("{}.csv", table.file_stem())),
            caption: None,
        });
    }
    let mut outs = albums(files);
    for out in &mut outs {
        if let Out::Album(items) = out
            && let Some(last) = items.last_mut()
        {
            last.caption = Some(file_caption(lang, period));
        }
    }
    for out in outs {
        bot.post(chat, out);
    }
    Ok(())
}

/// What the files of a report are.
fn file_caption(lang: Lang, period: Period) -> String {
    i18n::sheets_report_file_caption(lang, &period.label_in(lang))
}
