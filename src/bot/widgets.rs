//! Pieces every conversation's views share: a callback button, the paging row and footer,
//! the choice of a period.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::bot::callback::CallbackAction;
use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::i18n::{self, Label};

/// A button that sends `action`.
pub(crate) fn button(
    label: impl Into<String>,
    action: impl Into<CallbackAction>,
) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, action.into().encode())
}

/// "Halaman 2 dari 3" under a paged view (`page` counts from 0).
pub(crate) fn page_footer(lang: Lang, page: usize, pages: usize) -> String {
    format!(
        "\n{}",
        i18n::page_footer(lang, &(page + 1).to_string(), &pages.to_string())
    )
}

/// Lanjut / Kembali for a paged view; none on a single page (no empty row is sent).
pub(crate) fn nav_row<A: Into<CallbackAction>>(
    lang: Lang,
    page: usize,
    pages: usize,
    action: impl Fn(u32) -> A,
) -> Option<Vec<InlineKeyboardButton>> {
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(button(i18n::nav_back(lang), action(page as u32 - 1)));
    }
    if page + 1 < pages {
        nav.push(button(i18n::nav_next(lang), action(page as u32 + 1)));
    }
    (!nav.is_empty()).then_some(nav)
}

/// One button per period, for choosing among the open ones.
pub(crate) fn period_choice<A: Into<CallbackAction>>(
    lang: Lang,
    periods: &[Period],
    action: impl Fn(Period) -> A,
) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        periods
            .iter()
            .map(|p| {
                vec![InlineKeyboardButton::callback(
                    p.label_in(lang),
                    action(*p).into().encode(),
                )]
            })
            .collect::<Vec<_>>(),
    )
}
