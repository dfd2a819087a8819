//! HR's reports in the chat (`/laporan`): a period's short summary with the chart as a
//! photo, and the same report as a workbook or as CSV files sent as documents. Every press
//! re-checks that the presser is an HR admin now.

use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile};

use super::callback::CallbackAction;
use super::messages;
use super::{Answer, TgBot, say_with};
use crate::domain::evaluation::{Period, PeriodKind};
use crate::domain::time::{current_year_wib, today_wib};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::telegram::{AlbumItem, MediaKind, Out, albums};

/// The period buttons under `/laporan`: this year's quarters and the annual evaluation.
pub async fn offer(bot: &TgBot, chat: ChatId) -> anyhow::Result<()> {
    let year = current_year_wib();
    let buttons: Vec<InlineKeyboardButton> = PeriodKind::ALL
        .into_iter()
        .map(|kind| {
            let period = Period { year, kind };
            InlineKeyboardButton::callback(
                messages::period_button(period),
                CallbackAction::ReportSummary(period).encode(),
            )
        })
        .collect();
    say_with(
        bot,
        chat,
        messages::report_offer(year),
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
    action: CallbackAction,
) -> anyhow::Result<Answer> {
    if !member.person.is_admin {
        tracing::warn!(
            user = member.telegram_user_id,
            "report button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(messages::only_admins()));
    }
    let chat = ChatId(member.chat_id);
    let (period, what) = match action {
        CallbackAction::ReportSummary(p) => (p, 's'),
        CallbackAction::ReportXlsx(p) => (p, 'x'),
        CallbackAction::ReportCsv(p) => (p, 'c'),
        _ => return Ok(Answer::alert(messages::stale_button())),
    };
    // Building the city's report takes a while (a second for 5,000 people): the press is
    // answered first, and the files follow.
    bot.answer_press(Answer::toast(crate::i18n::forms_report_being_built(
        member.lang,
    )))
    .await?;
    let report = crate::report::build(store, period, today_wib()).await?;
    let stem = format!("laporan-kinerja-{}", period.key());
    match what {
        's' => {
            let png = crate::chart::render(&report)?;
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                InlineKeyboardButton::callback(
                    messages::REPORT_XLSX,
                    CallbackAction::ReportXlsx(period).encode(),
                ),
                InlineKeyboardButton::callback(
                    messages::REPORT_CSV,
                    CallbackAction::ReportCsv(period).encode(),
                ),
            ]]);
            let photo = InputFile::memory(png).file_name(format!("{stem}.png"));
            bot.post(
                chat,
                Out::Photo {
                    file: photo,
                    caption: Some(messages::report_caption(period)),
                    keyboard: None,
                },
            );
            say_with(bot, chat, messages::report_summary(&report), keyboard).await?;
        }
        'x' => {
            let bytes = crate::export::xlsx_bytes(&report.tables())?;
            let file = InputFile::memory(bytes).file_name(format!("{stem}.xlsx"));
            bot.post(
                chat,
                Out::Document {
                    file,
                    caption: Some(messages::report_file_caption(period)),
                    keyboard: None,
                },
            );
        }
        _ => {
            let mut files = Vec::new();
            for table in report.tables() {
                let bytes = crate::export::csv_bytes(&table)?;
                files.push(AlbumItem {
                    kind: MediaKind::Document,
                    file: InputFile::memory(bytes).file_name(format!("{}.csv", table.file_stem())),
                    caption: None,
                });
            }
            // The last file of each album says what the files are.
            let mut outs = albums(files);
            for out in &mut outs {
                if let Out::Album(items) = out
                    && let Some(last) = items.last_mut()
                {
                    last.caption = Some(messages::report_file_caption(period));
                }
            }
            for out in outs {
                bot.post(chat, out);
            }
        }
    }
    Ok(Answer::silent())
}
