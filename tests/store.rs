//! The store on its own, on SQLite or PostgreSQL: the races registration must survive and
//! the dialogue storage's handling of what it finds.

mod support;

use std::sync::Arc;

use kinerja::bot::dialogue::State;
use kinerja::domain::invitation::InviteCode;
use kinerja::domain::phone::Phone;
use kinerja::domain::registration::RegistrationError;
use kinerja::store::Store;
use kinerja::store::bindings::BindError;
use kinerja::store::dialogues::DialogueStorage;
use support::TestDb;
use support::roster_fixture::*;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

async fn store_with_roster(db: &TestDb) -> Store {
    let store = Store::connect(&db.url).await.unwrap();
    support::seed::import(&store, &csv()).await;
    store
}

#[tokio::test]
async fn two_accounts_racing_for_one_nip_leave_exactly_one_binding() {
    let db = TestDb::create().await;
    let store = store_with_roster(&db).await;
    let phone = Phone::parse(KEPALA_PHONE).unwrap();

    let attempts = (0..8).map(|i| {
        let store = store.clone();
        let phone = phone.clone();
        tokio::spawn(async move { store.bind_by_phone(10_000 + i, 10_000 + i, &phone).await })
    });
    let results: Vec<_> = futures::future::join_all(attempts).await;

    let won = results.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
    assert_eq!(won, 1, "{results:?}");
    for r in results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .filter(|r| r.is_err())
    {
        assert!(
            matches!(
                r,
                Err(BindError::Refused(RegistrationError::NipAlreadyBound))
            ),
            "{r:?}"
        );
    }
}

#[tokio::test]
async fn one_code_redeemed_twice_at_once_binds_once() {
    let db = TestDb::create().await;
    let store = store_with_roster(&db).await;
    let code = InviteCode::generate();
    store
        .issue_invitations(&[(STAF_BUDI.to_string(), code.hash())], 30, "test")
        .await
        .unwrap();

    let hash = Arc::new(code.hash());
    let attempts = (0..4).map(|i| {
        let (store, hash) = (store.clone(), hash.clone());
        tokio::spawn(async move { store.bind_by_code(20_000 + i, 20_000 + i, &hash).await })
    });
    let results: Vec<_> = futures::future::join_all(attempts).await;

    let won = results.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
    assert_eq!(won, 1, "{results:?}");
}

#[tokio::test]
async fn a_dialogue_state_survives_a_new_connection_and_a_corrupt_one_reads_as_none() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    let storage = DialogueStorage::<State>::new(store.clone());
    storage
        .clone()
        .update_dialogue(
            ChatId(42),
            State::WrongData(kinerja::bot::wrong_data::state::State::ReportingWrongData),
        )
        .await
        .unwrap();

    let reopened = DialogueStorage::<State>::new(Store::connect(&db.url).await.unwrap());
    assert_eq!(
        reopened.clone().get_dialogue(ChatId(42)).await.unwrap(),
        Some(State::WrongData(
            kinerja::bot::wrong_data::state::State::ReportingWrongData
        ))
    );

    sqlx::query("UPDATE dialogue_states SET state = '\"VariantFromTheFuture\"' WHERE chat_id = 42")
        .execute(store.pool())
        .await
        .unwrap();
    // The next start (a release that dropped the variant) reads the row afresh.
    let restarted = DialogueStorage::<State>::new(Store::connect(&db.url).await.unwrap());
    assert_eq!(
        restarted.clone().get_dialogue(ChatId(42)).await.unwrap(),
        None
    );
    restarted.remove_dialogue(ChatId(42)).await.unwrap();
}

#[tokio::test]
async fn a_dialogue_state_is_read_from_memory_only_after_it_is_in_the_database() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    let storage = DialogueStorage::<State>::new(store.clone());
    let count = || async {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM dialogue_states")
            .fetch_one(store.pool())
            .await
            .unwrap();
        n
    };
    assert_eq!(storage.clone().get_dialogue(ChatId(7)).await.unwrap(), None);
    storage
        .clone()
        .update_dialogue(
            ChatId(7),
            State::Daily(kinerja::bot::daily::state::State::Text),
        )
        .await
        .unwrap();
    assert_eq!(count().await, 1, "written through at once");
    assert_eq!(
        storage.clone().get_dialogue(ChatId(7)).await.unwrap(),
        Some(State::Daily(kinerja::bot::daily::state::State::Text))
    );

    // A write that fails leaves memory asking the database again, never ahead of it.
    sqlx::query("DROP TABLE dialogue_states")
        .execute(store.pool())
        .await
        .unwrap();
    assert!(
        storage
            .clone()
            .update_dialogue(
                ChatId(7),
                State::WrongData(kinerja::bot::wrong_data::state::State::ReportingWrongData)
            )
            .await
            .is_err()
    );
    assert!(
        storage.clone().get_dialogue(ChatId(7)).await.is_err(),
        "read from the database, not from memory"
    );
}

#[tokio::test]
async fn the_inbox_keeps_each_update_once_and_writes_the_stamps_asked_for_at_once() {
    use kinerja::store::inbox::{Stage, Stamps};
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    // More than one write holds, so they go in several statements.
    let ids: Vec<i64> = (1..=1_200).collect();
    let rows: Vec<(i64, String)> = ids.iter().map(|id| (*id, "{}".to_string())).collect();
    let kept = store.keep_updates(&rows).await.unwrap();
    assert_eq!(kept.len(), 1_200, "all new, written in several statements");
    // Telegram sends the last 100 again with 50 new ones: only the new are handed out.
    let again: Vec<(i64, String)> = (1_101..=1_250).map(|id| (id, "{}".to_string())).collect();
    let mut fresh: Vec<i64> = store
        .keep_updates(&again)
        .await
        .unwrap()
        .into_iter()
        .collect();
    fresh.sort();
    assert_eq!(fresh, (1_201..=1_250).collect::<Vec<i64>>());
    sqlx::query("DELETE FROM inbox WHERE update_id > 1200")
        .execute(store.pool())
        .await
        .unwrap();
    let stamps = Stamps::start(store.clone());
    let stamp_all = |ids: Vec<i64>, stage: Stage| {
        let stamps = stamps.clone();
        async move {
            futures::future::join_all(ids.into_iter().map(|id| {
                let stamps = stamps.clone();
                async move { stamps.stamp(id, stage).await }
            }))
            .await
        }
    };

    let started = stamp_all(ids.clone(), Stage::Started).await;
    assert!(started.iter().all(|written| *written));
    assert!(store.unstarted_updates().await.unwrap().is_empty());

    let handled = stamp_all(ids[..700].to_vec(), Stage::Handled).await;
    assert!(handled.iter().all(|written| *written));
    let open: Vec<i64> = store
        .interrupted_updates()
        .await
        .unwrap()
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        open,
        ids[700..].to_vec(),
        "exactly the 500 not handled are open"
    );

    // A stamp that cannot be written says so instead of passing for written.
    sqlx::query("DROP TABLE inbox")
        .execute(store.pool())
        .await
        .unwrap();
    assert!(!stamps.stamp(1, Stage::Handled).await);
}

#[tokio::test]
async fn two_decisions_racing_on_one_plan_leave_exactly_one() {
    use kinerja::domain::plan::{Arah, Aspek};
    use kinerja::domain::quantity::Quantity;
    use kinerja::store::plans::Decision;

    let db = TestDb::create().await;
    let store = store_with_roster(&db).await;
    let plan = store.plan_or_create(STAF_SITI, 2027).await.unwrap();
    let rhk = store.add_rhk(plan.id, "Imunisasi").await.unwrap();
    let target = Quantity::parse("10 orang").unwrap();
    store
        .save_indicator(
            rhk,
            None,
            "Bayi",
            &target,
            Aspek::Kuantitas,
            Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    let version = store.submit_plan(plan.id, "test").await.unwrap();

    let attempts = (0..6).map(|i| {
        let store = store.clone();
        let decision = if i % 2 == 0 {
            Decision::Approve
        } else {
            Decision::Return(format!("catatan {i}"))
        };
        tokio::spawn(async move { store.decide_plan(plan.id, version, KEPALA, &decision).await })
    });
    let results: Vec<_> = futures::future::join_all(attempts).await;

    let won = results.iter().filter(|r| matches!(r, Ok(Ok(_)))).count();
    assert_eq!(won, 1, "{results:?}");
    let decided = store.plan_version(plan.id, version).await.unwrap().unwrap();
    assert!(decided.decision.is_some());
    let audit = store.audit_for(STAF_SITI).await.unwrap();
    let decisions = audit
        .iter()
        .filter(|a| a.action == "plan.approved" || a.action == "plan.returned")
        .count();
    assert_eq!(decisions, 1);
}

#[tokio::test]
async fn a_dozen_people_racing_for_two_seats_and_two_cancelling_at_once_keep_the_queue_exact() {
    use kinerja::domain::broadcast::{Audience, Kind};
    use kinerja::domain::training::TrainingDetails;
    use kinerja::store::broadcast::NewAnnouncement;
    use kinerja::store::trainings::{CancelOutcome, RegisterOutcome};

    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    let nips: Vec<String> = (1..=12).map(|i| format!("198001012005011{i:03}")).collect();
    for (i, nip) in nips.iter().enumerate() {
        csv.push_str(&format!("{nip},Pegawai {i},Staf,Dinas Kesehatan,\n"));
    }
    support::seed::import(&store, &csv).await;
    for (i, nip) in nips.iter().enumerate() {
        sqlx::query("INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at) VALUES ($1, $2, $1, 'test', 0)")
            .bind(30_000 + i as i64)
            .bind(nip)
            .execute(store.pool())
            .await
            .unwrap();
    }
    let t = kinerja::store::now();
    let (id, recipients) = store
        .publish(
            &NewAnnouncement {
                kind: Kind::Pelatihan,
                audience: Audience::Everyone,
                text: "Diklat".into(),
                attachment: None,
                training: Some(TrainingDetails {
                    starts_at: t + 10 * 86400,
                    place: "Aula".into(),
                    quota: 2,
                    jp: 8,
                    deadline: t + 5 * 86400,
                }),
                author: None,
            },
            "test",
        )
        .await
        .unwrap();
    assert_eq!(recipients, 12);

    let attempts = nips.iter().cloned().map(|nip| {
        let store = store.clone();
        tokio::spawn(async move { store.register_for_training(id, &nip).await })
    });
    let outcomes: Vec<RegisterOutcome> = futures::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| r.unwrap().unwrap())
        .collect();
    let seated = outcomes
        .iter()
        .filter(|o| **o == RegisterOutcome::Registered)
        .count();
    let mut positions: Vec<i64> = outcomes
        .iter()
        .filter_map(|o| match o {
            RegisterOutcome::Waiting(n) => Some(*n),
            _ => None,
        })
        .collect();
    positions.sort();
    assert_eq!(seated, 2, "{outcomes:?}");
    assert_eq!(positions, (1..=10).collect::<Vec<_>>(), "{outcomes:?}");

    let mut seated_nips = Vec::new();
    for nip in &nips {
        if let Some((kinerja::domain::training::SeatStatus::Registered, _)) =
            store.seat_status(id, nip).await.unwrap()
        {
            seated_nips.push(nip.clone());
        }
    }
    let cancels = seated_nips.iter().cloned().map(|nip| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .cancel_training_seat(id, &nip, |_| kinerja::i18n::Notice::new("Ada kursi"))
                .await
        })
    });
    let results: Vec<CancelOutcome> = futures::future::join_all(cancels)
        .await
        .into_iter()
        .map(|r| r.unwrap().unwrap())
        .collect();
    let promoted: Vec<String> = results
        .iter()
        .filter_map(|r| match r {
            CancelOutcome::Cancelled { promoted } => promoted.as_ref().map(|p| p.nip.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(promoted.len(), 2, "{results:?}");
    let mut first_in_line: Vec<String> = nips
        .iter()
        .zip(&outcomes)
        .filter(|(_, o)| matches!(o, RegisterOutcome::Waiting(1 | 2)))
        .map(|(n, _)| n.clone())
        .collect();
    let mut promoted = promoted;
    first_in_line.sort();
    promoted.sort();
    assert_eq!(
        promoted, first_in_line,
        "the first two in line get the seats"
    );
    let counts = store.seat_counts(id).await.unwrap();
    assert_eq!(
        (counts.registered, counts.waiting, counts.cancelled),
        (2, 8, 2)
    );
    let notices: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notices")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(notices, 2);
}

#[tokio::test]
async fn a_sqlite_writer_waits_for_the_lock_instead_of_failing() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    if store.backend() != kinerja::store::Backend::Sqlite {
        return;
    }
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(timeout, 30_000);
}

/// Notices already queued keep going out: a row from before notices were keyed (rendered
/// text and teloxide's keyboard, no `message`) is sent as it was written, and a keyed row
/// as this release stores it reads back to the same keys, rendered in its reader's language.
#[tokio::test]
async fn queued_notices_of_both_stored_forms_still_read() {
    use kinerja::bot::render_notice;
    use kinerja::i18n::Lang;
    use kinerja::store::broadcast::Payload;

    let db = TestDb::create().await;
    let store = store_with_roster(&db).await;
    let legacy_keyboard =
        r#"{"inline_keyboard":[[{"text":"Buka persetujuan","callback_data":"m:appr"}]]}"#;
    let keyed = r#"{"text":[{"key":"menu-title","args":{"name":"Siti"}},"\n",{"key":"menu-help"}],"buttons":[[{"label":{"key":"menu-approvals"},"data":"m:appr"}]]}"#;
    for (text, keyboard, message) in [
        (
            "Rencana <b>Siti</b> menunggu Anda.",
            Some(legacy_keyboard),
            None,
        ),
        ("", None, Some(keyed)),
    ] {
        sqlx::query(
            "INSERT INTO notices (chat_id, text, keyboard, message, status, next_attempt_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'pending', 0, 0, 0)",
        )
        .bind(42_i64)
        .bind(text)
        .bind(keyboard)
        .bind(message)
        .execute(store.pool())
        .await
        .unwrap();
    }
    let claimed = store.claim_deliveries(10).await.unwrap();
    assert_eq!(claimed.len(), 2);
    assert_eq!(
        claimed[0].payload,
        Payload::RenderedNotice {
            text: "Rencana <b>Siti</b> menunggu Anda.".into(),
            keyboard: Some(legacy_keyboard.into()),
        }
    );
    let Payload::Notice(notice) = &claimed[1].payload else {
        panic!("{:?}", claimed[1].payload);
    };
    assert_eq!(serde_json::to_string(notice).unwrap(), keyed);
    let (text, keyboard) = render_notice(notice, Lang::En);
    assert_eq!(text, "Menu for <b>Siti</b>. Choose one:\nHelp");
    let keyboard = serde_json::to_value(keyboard.unwrap()).unwrap();
    assert_eq!(keyboard["inline_keyboard"][0][0]["text"], "Approvals");
    assert_eq!(keyboard["inline_keyboard"][0][0]["callback_data"], "m:appr");
}
