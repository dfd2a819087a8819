//! The weekly digest's buttons. The digest itself is queued by `crate::runtime::digest`
//! (a supervisor's team, a unit head's unit, HR's city per unit); here its buttons open
//! the lists behind it, a unit's digest from HR's, and turn their pages. Every press reads
//! the lists fresh and checks again who pressed: a team's lists only for its supervisor,
//! a unit's only for its head or HR, the city only for HR.

pub mod action;
pub mod views;

use action::{Action, Target};
use teloxide::prelude::*;
use teloxide::types::ChatId;

use super::{Answer, TgBot, pressed_in, render_notice, show};
use crate::bot::messages::esc;
use crate::domain::digest::{Scope, unit_tag, units_behind};
use crate::i18n;
use crate::store::Store;
use crate::store::bindings::Member;

/// Whose lists a press may open, with the heading's name for them; or why not.
enum Allowed {
    Yes(Scope, String),
    No(String),
}

async fn allowed(store: &Store, member: &Member, target: Target) -> anyhow::Result<Allowed> {
    let lang = member.lang;
    let person = &member.person;
    Ok(match target {
        Target::Team if person.bawahan > 0 => Allowed::Yes(
            Scope::Team(person.nip.clone()),
            i18n::digest_scope_team(lang),
        ),
        Target::Team => Allowed::No(i18n::digest_not_yours(lang)),
        Target::Unit(tag) => {
            let unit = store
                .unit_names()
                .await?
                .into_iter()
                .find(|u| unit_tag(u) == tag);
            match unit {
                Some(unit) if person.is_admin || store.heads_unit(&person.nip, &unit).await? => {
                    let who = esc(&unit);
                    Allowed::Yes(Scope::Unit(unit), who)
                }
                None if person.is_admin => Allowed::No(i18n::digest_unit_gone(lang)),
                _ => Allowed::No(i18n::digest_not_yours(lang)),
            }
        }
    })
}

/// Every `dg:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let chat = ChatId(member.chat_id);
    match action {
        Action::List {
            target,
            day,
            list,
            page,
            turn,
        } => {
            let (scope, who) = match allowed(store, member, target).await? {
                Allowed::Yes(scope, who) => (scope, who),
                Allowed::No(why) => return Ok(Answer::alert(why)),
            };
            let ctx = store.digest_context(day).await?;
            let people = store.digest_list(list, &scope, &ctx).await?;
            let (text, keyboard) =
                views::list_page(lang, &who, target, &ctx, list, &people, page as usize);
            let here = if turn { pressed_in(q, chat) } else { None };
            show(bot, chat, here, text, keyboard).await?;
        }
        Action::Unit { tag, day } => {
            let scope = match allowed(store, member, Target::Unit(tag)).await? {
                Allowed::Yes(scope, _) => scope,
                Allowed::No(why) => return Ok(Answer::alert(why)),
            };
            let Scope::Unit(unit) = &scope else {
                return Ok(Answer::alert(i18n::digest_not_yours(lang)));
            };
            let ctx = store.digest_context(day).await?;
            let lists = store.digest_lists(&scope, &ctx).await?;
            let (text, keyboard) = render_notice(&views::unit_digest(unit, &ctx, &lists), lang);
            show(bot, chat, None, text, keyboard.unwrap_or_default()).await?;
        }
        Action::City { day, page } => {
            if !member.person.is_admin {
                return Ok(Answer::alert(i18n::digest_not_yours(lang)));
            }
            let ctx = store.digest_context(day).await?;
            let city = store.digest_lists(&Scope::City, &ctx).await?;
            let notice = views::city_digest(&ctx, &units_behind(&city), page as usize);
            let (text, keyboard) = render_notice(&notice, lang);
            let here = pressed_in(q, chat);
            show(bot, chat, here, text, keyboard.unwrap_or_default()).await?;
        }
    }
    Ok(Answer::silent())
}
