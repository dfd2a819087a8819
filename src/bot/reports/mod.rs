//! HR's reports in the chat (`/laporan`): a period's short summary with the chart as a
//! photo, and the same report as a workbook or as CSV files sent as documents. Every press
//! re-checks that the presser is an HR admin now. Everything is in HR's language but the
//! e-Kinerja sheet, an official form.

pub mod action;
pub mod views;

use action::Action;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile};

use super::{Answer, TgBot, say_with};
use crate::domain::evaluation::{Period, PeriodKind};
use crate::domain::lang::Lang;
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Label};
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
) -> anyhow::Result<Answer> {
    if !member.person.is_admin {
        tracing::warn!(
            user = member.telegram_user_id,
            "report button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(i18n::only_admins(member.lang)));
    }
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let (period, what) = match action {
        Action::Summary(p) => (p, 's'),
        Action::Xlsx(p) => (p, 'x'),
        Action::Csv(p) => (p, 'c'),
    };
    // Building the city's report takes a while (a second for 5,000 people): the press is
    // answered first, and the files follow.
    bot.answer_press(Answer::toast(i18n::sheets_report_building(lang)))
        .await?;
    let report = crate::report::build(store, period, today_wib()).await?;
    let stem = format!("laporan-kinerja-{}", period.key());
    match what {
        's' => {
            let png = crate::chart::render(&report)?;
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
            let photo = InputFile::memory(png).file_name(format!("{stem}.png"));
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
            say_with(
                bot,
                chat,
                crate::bot::reports::views::report_summary(lang, &report),
                keyboard,
            )
            .await?;
        }
        'x' => {
            let bytes = crate::export::xlsx_bytes(&report.tables(lang))?;
            let file = InputFile::memory(bytes).file_name(format!("{stem}.xlsx"));
            bot.post(
                chat,
                Out::Document {
                    file,
                    caption: Some(file_caption(lang, period)),
                    keyboard: None,
                },
            );
        }
        _ => {
            let mut files = Vec::new();
            for table in report.tables(lang) {
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
                    last.caption = Some(file_caption(lang, period));
                }
            }
            for out in outs {
                bot.post(chat, out);
            }
        }
    }
    Ok(Answer::silent())
}

/// What the files of a report are.
fn file_caption(lang: Lang, period: Period) -> String {
    i18n::sheets_report_file_caption(lang, &period.label_in(lang))
}
