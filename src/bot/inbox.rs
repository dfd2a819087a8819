//! The handlers' side of the inbox ([`crate::store::inbox`]; the listener that writes
//! updates there is `crate::runtime::inbox`): [`mark_handled`] records when the handlers take
//! an update up and when they are done with it.

use std::collections::{BTreeMap, BTreeSet};

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::Update;

use super::TgBot;
use crate::store::inbox::{Stage, Stamps};

/// The first link of the handler tree: marks the update taken up in the inbox, runs the
/// rest with a client scoped to this update ([`TgBot::scoped`]: its messages wait until the
/// handlers are done and its button press is answered), then hands those messages to the
/// chats' queues and marks the update handled once they and the press's answer went out
/// (whatever the outcome: a failure was logged and apologised for). The chat's next update
/// waits for none of it.
/// The stamps of all the updates in hand are written together ([`Stamps`]).
pub fn mark_handled() -> UpdateHandler<anyhow::Error> {
    let location = std::panic::Location::caller();
    dptree::from_fn(
        |mut deps: DependencyMap, cont| async move {
            let update: std::sync::Arc<Update> = deps.get();
            let stamps: std::sync::Arc<Stamps> = deps.get();
            let bot: std::sync::Arc<TgBot> = deps.get();
            let id = i64::from(update.id.0);
            stamps.stamp(id, Stage::Started).await;
            let scoped = bot.scoped();
            deps.insert(scoped.clone());
            let flow = cont(deps).await;
            let mut delivered = scoped.finish();
            let metrics = bot.metrics().clone();
            tokio::spawn(async move {
                delivered.wait().await;
                let stamped = stamps.stamp(id, Stage::Handled).await;
                metrics.update_handled(id);
                if !stamped {
                    tracing::warn!(
                        update_id = id,
                        "an update is not marked handled; after a restart its sender is asked to check"
                    );
                }
                drop(delivered);
            });
            flow
        },
        dptree::HandlerSignature::Other {
            obligations: BTreeMap::from([
                (dptree::Type::of::<Update>(), location),
                (dptree::Type::of::<Stamps>(), location),
                (dptree::Type::of::<TgBot>(), location),
            ]),
            guaranteed_outcomes: BTreeSet::new(),
            conditional_outcomes: BTreeSet::new(),
            continues: true,
        },
    )
}
