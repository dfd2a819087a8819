//! `/tim` → **Matriks peran**: the supervisor's *Matriks Pembagian Peran dan Hasil* for the
//! year: each RHK of their plan, who carries which part of it with what target, and who
//! has not answered yet; also as a workbook or CSV (the sheet is an official form, in
//! Indonesian whatever the reader's language).

pub mod action;
pub mod views;

use action::Action;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, InputFile};

use super::paging::{PAGE_BUDGET, pages};
use super::widgets::{button, nav_row, page_footer};
use super::{Answer, TgBot, show};
use crate::domain::access::{Duty, check};
use crate::domain::roles::MatrixRow;
use crate::domain::time::current_year_wib;
use crate::export::{Cell, Table};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::telegram::Out;

/// The button under `/tim` that opens the matrix.
pub fn open_button(lang: crate::domain::lang::Lang) -> teloxide::types::InlineKeyboardButton {
    button(i18n::matrix_button_open(lang), Action::Page(0))
}

/// Every `mx:` button: only someone with a team sees a matrix, and only their own.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    if let Err(denied) = check(&member.person, Duty::SeeTeam) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    let year = current_year_wib();
    let rows = store.matrix_of(&member.person.nip, year).await?;
    let chat = ChatId(member.chat_id);
    match action {
        Action::Page(page) => {
            let here = super::pressed_in(q, chat).filter(|_| page > 0);
            show_page(bot, member, year, &rows, page as usize, here).await?;
            Ok(Answer::silent())
        }
        Action::Xlsx | Action::Csv => {
            let table = sheet(&member.person.nama, &rows);
            let stem = format!("Matriks-Peran-{year}-{}", member.person.nip);
            let (bytes, name) = match action {
                Action::Xlsx => (crate::export::xlsx_bytes(&[table])?, format!("{stem}.xlsx")),
                _ => (crate::export::csv_bytes(&table)?, format!("{stem}.csv")),
            };
            bot.post(
                chat,
                Out::Document {
                    file: InputFile::memory(bytes).file_name(name),
                    caption: Some(i18n::matrix_file_caption(lang, &year.to_string())),
                    keyboard: None,
                },
            );
            Ok(Answer::toast(i18n::forms_on_its_way(lang)))
        }
    }
}

async fn show_page(
    bot: &TgBot,
    member: &Member,
    year: i64,
    rows: &[MatrixRow],
    page: usize,
    here: Option<(ChatId, teloxide::types::MessageId)>,
) -> anyhow::Result<()> {
    let lang = member.lang;
    let waiting: usize = rows.iter().map(MatrixRow::waiting).sum();
    let mut text = i18n::matrix_header(
        lang,
        &year.to_string(),
        &super::messages::esc(&member.person.nama),
        &waiting.to_string(),
    );
    if rows.is_empty() {
        text.push_str("\n\n");
        text.push_str(&i18n::matrix_empty(lang));
    }
    let lines = views::matrix_lines(lang, rows);
    let split = pages(&lines, PAGE_BUDGET);
    let page = page.min(split.len() - 1);
    text.push('\n');
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }
    let mut keyboard: Vec<Vec<_>> = nav_row(lang, page, split.len(), Action::Page)
        .into_iter()
        .collect();
    if !rows.is_empty() {
        keyboard.push(vec![
            button(i18n::matrix_button_xlsx(lang), Action::Xlsx),
            button(i18n::matrix_button_csv(lang), Action::Csv),
        ]);
    }
    let chat = ChatId(member.chat_id);
    show(bot, chat, here, text, InlineKeyboardMarkup::new(keyboard)).await
}

/// The matrix as one table: a row per person and part, under each RHK of the supervisor.
pub fn sheet(supervisor: &str, rows: &[MatrixRow]) -> Table {
    let mut table = Table::new(
        "Matriks Peran",
        &[
            "No",
            "RHK Pimpinan",
            "Pimpinan",
            "Nama",
            "NIP",
            "Peran (RHK)",
            "Kaskade",
            "Indikator",
            "Target",
            "Satuan",
            "Status",
            "Catatan",
        ],
    );
    for (n, row) in rows.iter().enumerate() {
        let lead = |table: &mut Table, rest: Vec<Cell>| {
            let mut cells = vec![
                Cell::Int(n as i64 + 1),
                Cell::text(row.parent_text.clone()),
                Cell::text(supervisor),
            ];
            cells.extend(rest);
            table.push(cells);
        };
        if row.entries.is_empty() {
            lead(&mut table, vec![Cell::Empty; 9]);
        }
        for e in &row.entries {
            let note = match &e.carrying {
                crate::domain::roles::Carrying::Declined(note) => note.clone(),
                _ => String::new(),
            };
            lead(
                &mut table,
                vec![
                    Cell::text(e.nama.clone()),
                    Cell::text(e.nip.clone()),
                    Cell::text(e.role.clone()),
                    Cell::text(views::kind_cell(e.kind)),
                    Cell::text(e.indicator.clone().unwrap_or_default()),
                    e.target
                        .as_ref()
                        .map_or(Cell::Empty, |t| Cell::Number(t.value)),
                    Cell::text(
                        e.target
                            .as_ref()
                            .map(|t| t.unit.clone())
                            .unwrap_or_default(),
                    ),
                    Cell::text(views::status_cell(&e.carrying)),
                    Cell::text(note),
                ],
            );
        }
    }
    table
}
