//! The fake Bot API itself, driven by the real teloxide client: it must refuse what
//! Telegram refuses, or the journey tests prove nothing.

mod support;

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::fake_telegram::{FakeTelegram, TgChat, TgUser};
use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, BotCommandScope, CallbackQueryId, ChatKind, FileId, InlineKeyboardButton,
    InlineKeyboardMarkup, InputFile, KeyboardButton, KeyboardMarkup, MaybeInaccessibleMessage,
    MediaKind, MessageEntityKind, MessageId, MessageKind, ParseMode, Recipient, UpdateKind,
};
use teloxide::{ApiError, RequestError};

fn siti() -> TgUser {
    TgUser {
        id: 5005,
        first_name: "Siti".into(),
        last_name: Some("Nur".into()),
        username: Some("siti".into()),
        language_code: None,
    }
}

async fn setup() -> (FakeTelegram, Bot, TgUser) {
    let tg = FakeTelegram::start().await;
    let bot = Bot::new(FakeTelegram::TOKEN).set_api_url(tg.api_url().parse().unwrap());
    let user = siti();
    tg.push_text(&user, &TgChat::private(user.id), "/start");
    (tg, bot, user)
}

fn api_error(r: Result<impl std::fmt::Debug, RequestError>) -> ApiError {
    match r {
        Err(RequestError::Api(e)) => e,
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn keyboard(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Ya", data)]])
}

#[tokio::test]
async fn every_pushed_update_deserializes_into_teloxide_types() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    let sent = bot
        .send_message(chat, "Pilih <b>satu</b>")
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard("pick:1"))
        .await
        .unwrap();
    let group = TgChat::group(-100_200, "ASN Dinkes");
    tg.push_text(&user, &group, "/menu@kinerja_test_bot now");
    tg.push_contact(&user, "6281333334444", Some(user.id), "Siti");
    tg.push_contact(&user, "+62 811", None, "Budi");
    tg.push_photo(&user, "photo-1", Some("bukti"));
    tg.push_document(&user, "doc-1", "laporan.xlsx", None);
    tg.push_sticker(&user);
    let cb = tg.push_callback(&user, sent.id.0 as i64, "pick:1");
    tg.push_callback(&user, 99_999, "stale");
    tg.push_raw_update(
        json!({"edited_message": {"message_id": 1, "date": 1700000000,
        "edit_date": 1700000001, "chat": {"id": user.id, "type": "private", "first_name": "Siti"},
        "from": {"id": user.id, "is_bot": false, "first_name": "Siti"}, "text": "diubah"}}),
    );
    tg.push_text(&user, &TgChat::supergroup(-100_300, "Sibolga"), "halo");

    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.len(), 11);
    let message = |i: usize| match &updates[i].kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => m.clone(),
        other => panic!("update {i} is not a message: {other:?}"),
    };
    let m = message(0);
    assert_eq!(m.text(), Some("/start"));
    assert!(m.chat.is_private());
    assert_eq!(m.from.as_ref().unwrap().username.as_deref(), Some("siti"));
    assert!(matches!(
        m.entities().unwrap()[0].kind,
        MessageEntityKind::BotCommand
    ));
    let m = message(1);
    assert!(m.chat.is_group() && m.chat.title() == Some("ASN Dinkes"));
    assert_eq!(
        m.entities().unwrap()[0].length,
        "/menu@kinerja_test_bot".len()
    );
    let m = message(2);
    let contact = m.contact().unwrap();
    assert_eq!(contact.user_id, Some(UserId(5005)));
    assert_eq!(contact.phone_number, "6281333334444");
    assert_eq!(message(3).contact().unwrap().user_id, None);
    let m = message(4);
    assert_eq!(m.photo().unwrap().last().unwrap().file.id.0, "photo-1");
    assert_eq!(m.caption(), Some("bukti"));
    let m = message(5);
    let doc = m.document().unwrap();
    assert_eq!(doc.file_name.as_deref(), Some("laporan.xlsx"));
    assert!(
        doc.mime_type
            .as_ref()
            .unwrap()
            .essence_str()
            .contains("spreadsheetml")
    );
    assert!(message(6).sticker().is_some());
    let UpdateKind::CallbackQuery(q) = &updates[7].kind else {
        panic!("not a callback: {:?}", updates[7].kind)
    };
    assert_eq!(q.id.0, cb);
    assert_eq!(q.data.as_deref(), Some("pick:1"));
    let Some(MaybeInaccessibleMessage::Regular(m)) = &q.message else {
        panic!("no message in the callback")
    };
    assert_eq!(m.id, sent.id);
    assert_eq!(m.text(), Some("Pilih satu"));
    assert!(m.from.as_ref().unwrap().is_bot);
    let MessageKind::Common(common) = &m.kind else {
        panic!()
    };
    assert_eq!(common.reply_markup.as_ref(), Some(&keyboard("pick:1")));
    let UpdateKind::CallbackQuery(q) = &updates[8].kind else {
        panic!()
    };
    assert!(matches!(
        q.message,
        Some(MaybeInaccessibleMessage::Inaccessible(_))
    ));
    assert!(matches!(updates[9].kind, UpdateKind::EditedMessage(_)));
    let m = message(10);
    assert!(matches!(&m.chat.kind, ChatKind::Public(p) if p.title.as_deref() == Some("Sibolga")));
    assert!(m.chat.is_supergroup());
    for u in &updates {
        assert!(!matches!(u.kind, UpdateKind::Error(_)), "{u:?}");
        if let Some(m) = match &u.kind {
            UpdateKind::Message(m) => Some(m),
            _ => None,
        } {
            assert!(
                matches!(&m.kind, MessageKind::Common(c) if !matches!(c.media_kind, MediaKind::Migration(_))),
                "{m:?}"
            );
        }
    }
    assert_eq!(tg.unanswered_callbacks().len(), 2);
    tg.assert_no_errors();
}

#[tokio::test]
async fn html_is_parsed_strictly_and_the_visible_text_is_kept() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    let good = bot
        .send_message(chat, "  <b>Halo</b>, <a href=\"https://t.me/x?a=1&amp;b=2\">Siti</a> 👋\n<code>1&lt;2</code> ")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(good.text(), Some("Halo, Siti 👋\n1<2"));
    let e = good.entities().unwrap();
    assert!(matches!(e[0].kind, MessageEntityKind::Bold) && e[0].offset == 0 && e[0].length == 4);
    assert!(
        matches!(&e[1].kind, MessageEntityKind::TextLink { url } if url.as_str() == "https://t.me/x?a=1&b=2")
    );
    assert_eq!((e[1].offset, e[1].length), (6, 4));
    // 👋 is two UTF-16 code units: the code entity starts after it.
    assert!(matches!(e[2].kind, MessageEntityKind::Code) && e[2].offset == 14 && e[2].length == 3);

    let refused = bot
        .send_message(chat, "Siti <Nur>")
        .parse_mode(ParseMode::Html)
        .await;
    match api_error(refused) {
        ApiError::CantParseEntities(d) => {
            assert!(d.contains("Unsupported start tag \"nur\""), "{d}")
        }
        other => panic!("{other:?}"),
    }
    let escaped = bot
        .send_message(chat, "Siti &lt;Nur&gt; &amp; Rekan")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(escaped.text(), Some("Siti <Nur> & Rekan"));
    for bad in [
        "A & B",
        "<b>open",
        "<i>x</b>",
        "x </b>",
        "a<br>b",
        "<span>x</span>",
        "<a>x</a>",
        "&nbsp;",
        "1 < 2",
        "<b/>",
    ] {
        let r = bot
            .send_message(chat, bad)
            .parse_mode(ParseMode::Html)
            .await;
        assert!(
            matches!(api_error(r), ApiError::CantParseEntities(_)),
            "{bad} was accepted"
        );
    }
    for ok in [
        "<pre><code class=\"language-rust\">fn x() {}</code></pre>",
        "<span class=\"tg-spoiler\">s</span> <tg-spoiler>t</tg-spoiler>",
        "<blockquote expandable>q</blockquote> &#128075; &#x1F44B; &quot;",
        "a > b",
        "<B>upper</B>",
    ] {
        bot.send_message(chat, ok)
            .parse_mode(ParseMode::Html)
            .await
            .unwrap();
    }
    let pre = &tg.messages_to(user.id)[2];
    assert_eq!(
        pre.entities,
        vec![json!({"type": "pre", "language": "rust", "offset": 0, "length": 9})]
    );
    // Without parse mode anything goes; MarkdownV2 wants its reserved characters escaped.
    bot.send_message(chat, "Siti <Nur> & *Rekan*")
        .await
        .unwrap();
    let r = bot
        .send_message(chat, "Nilai 1.000!")
        .parse_mode(ParseMode::MarkdownV2)
        .await;
    assert!(matches!(api_error(r), ApiError::CantParseEntities(_)));
    let ok = bot
        .send_message(chat, "Nilai 1\\.000\\!")
        .parse_mode(ParseMode::MarkdownV2)
        .await
        .unwrap();
    assert_eq!(ok.text(), Some("Nilai 1.000!"));
    let errors = tg.errors();
    assert_eq!(errors.len(), 1 + 10 + 1);
    assert!(errors.iter().all(|c| c.method == "SendMessage"));
}

#[tokio::test]
async fn lengths_and_emptiness_are_checked_after_parsing() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    let max = "é".repeat(4096);
    bot.send_message(chat, &max).await.unwrap();
    let r = bot.send_message(chat, format!("{max}x")).await;
    assert_eq!(api_error(r), ApiError::MessageIsTooLong);
    // Markup does not count.
    bot.send_message(chat, format!("<b>{max}</b>"))
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    for empty in ["", "   \n ", "<b></b>"] {
        let r = bot
            .send_message(chat, empty)
            .parse_mode(ParseMode::Html)
            .await;
        assert_eq!(api_error(r), ApiError::MessageTextIsEmpty, "{empty:?}");
    }
    let photo = "photo-1";
    tg.push_photo(&user, photo, None);
    let r = bot
        .send_photo(chat, InputFile::file_id(FileId(photo.into())))
        .caption("c".repeat(1025))
        .await;
    assert_eq!(
        api_error(r),
        ApiError::Unknown("Bad Request: message caption is too long".into())
    );
}

#[tokio::test]
async fn lengths_are_counted_as_telegram_counts_them_in_utf16_units() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    // An entity is the one character it stands for; an emoji outside the BMP is two units.
    let html = |visible: &str| bot.send_message(chat, visible).parse_mode(ParseMode::Html);
    html(&"&amp;".repeat(4096)).await.unwrap();
    let r = html(&format!("{}&lt;", "&amp;".repeat(4096))).await;
    assert_eq!(api_error(r), ApiError::MessageIsTooLong);
    bot.send_message(chat, "📜".repeat(2048)).await.unwrap();
    let r = bot
        .send_message(chat, format!("{}x", "📜".repeat(2048)))
        .await;
    assert_eq!(
        api_error(r),
        ApiError::MessageIsTooLong,
        "2049 characters, 4097 units"
    );
    tg.push_photo(&user, "photo-1", None);
    let photo = || bot.send_photo(chat, InputFile::file_id(FileId("photo-1".into())));
    photo().caption("📜".repeat(512)).await.unwrap();
    let r = photo().caption(format!("{}x", "📜".repeat(512))).await;
    assert_eq!(
        api_error(r),
        ApiError::Unknown("Bad Request: message caption is too long".into())
    );
}

#[tokio::test]
async fn keyboards_are_validated() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    bot.send_message(chat, "ok")
        .reply_markup(keyboard(&"x".repeat(64)))
        .await
        .unwrap();
    let r = bot
        .send_message(chat, "no")
        .reply_markup(keyboard(&"x".repeat(65)))
        .await;
    assert_eq!(api_error(r), ApiError::ButtonDataInvalid);
    // 64 characters but 65 bytes.
    let r = bot
        .send_message(chat, "no")
        .reply_markup(keyboard(&format!("é{}", "x".repeat(63))))
        .await;
    assert_eq!(api_error(r), ApiError::ButtonDataInvalid);
    let big: Vec<Vec<InlineKeyboardButton>> = (0..101)
        .map(|i| {
            vec![InlineKeyboardButton::callback(
                format!("{i}"),
                format!("{i}"),
            )]
        })
        .collect();
    let r = bot
        .send_message(chat, "no")
        .reply_markup(InlineKeyboardMarkup::new(big))
        .await;
    assert_eq!(
        api_error(r),
        ApiError::Unknown("Bad Request: reply markup is too long".into())
    );
    let contact = KeyboardMarkup::new([[
        KeyboardButton::new("Bagikan nomor").request(teloxide::types::ButtonRequest::Contact)
    ]]);
    bot.send_message(chat, "nomor?")
        .reply_markup(contact.clone())
        .await
        .unwrap();
    bot.send_message(chat, "hapus")
        .reply_markup(teloxide::types::KeyboardRemove::new())
        .await
        .unwrap();
    let last = tg.last_message_to(user.id).unwrap();
    assert_eq!(last.reply_markup, Some(json!({"remove_keyboard": true})));
    let keyboard_sent = &tg.messages_to(user.id)[1];
    assert_eq!(
        keyboard_sent.reply_markup.as_ref().unwrap()["keyboard"][0][0]["request_contact"],
        json!(true)
    );
    tg.push_text(&user, &TgChat::group(-5, "g"), "hi");
    let r = bot
        .send_message(ChatId(-5), "nomor?")
        .reply_markup(contact)
        .await;
    assert!(matches!(api_error(r), ApiError::Unknown(d) if d.contains("private chats only")));
}

#[tokio::test]
async fn chats_must_be_known_and_not_blocked() {
    let (tg, bot, user) = setup().await;
    let r = bot.send_message(ChatId(777), "siapa?").await;
    assert_eq!(api_error(r), ApiError::ChatNotFound);
    tg.block_chat(user.id);
    let r = bot.send_message(ChatId(user.id), "halo").await;
    assert_eq!(api_error(r), ApiError::BotBlocked);
    assert_eq!(tg.errors().len(), 2);
    tg.register_user(&TgUser::new(777, "Budi"));
    bot.send_message(ChatId(777), "halo").await.unwrap();
}

#[tokio::test]
async fn edits_follow_telegram_rules() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    let m = bot
        .send_message(chat, "Satu")
        .reply_markup(keyboard("a"))
        .await
        .unwrap();
    let r = bot
        .edit_message_text(chat, m.id, "Satu")
        .reply_markup(keyboard("a"))
        .await;
    assert_eq!(api_error(r), ApiError::MessageNotModified);
    // Same visible text through HTML is still the same.
    let r = bot
        .edit_message_text(chat, m.id, "<b></b>Satu")
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard("a"))
        .await;
    assert_eq!(api_error(r), ApiError::MessageNotModified);
    // Dropping the keyboard is a change.
    let edited = bot.edit_message_text(chat, m.id, "Satu").await.unwrap();
    assert_eq!(edited.text(), Some("Satu"));
    let state = tg.last_message_to(user.id).unwrap();
    assert_eq!((state.edits, state.reply_markup.clone()), (1, None));
    bot.edit_message_reply_markup(chat, m.id)
        .reply_markup(keyboard("b"))
        .await
        .unwrap();
    let r = bot
        .edit_message_reply_markup(chat, m.id)
        .reply_markup(keyboard("b"))
        .await;
    assert_eq!(api_error(r), ApiError::MessageNotModified);
    let r = bot.edit_message_text(chat, MessageId(4242), "x").await;
    assert_eq!(api_error(r), ApiError::MessageToEditNotFound);
    let r = bot.edit_message_text(chat, m.id, "y".repeat(4097)).await;
    assert_eq!(api_error(r), ApiError::EditedMessageIsTooLong);
    let bold = bot
        .edit_message_text(chat, m.id, "<b>Dua</b>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(bold.text(), Some("Dua"));
    let state = tg.last_message_to(user.id).unwrap();
    assert_eq!(state.raw, "<b>Dua</b>");
    assert_eq!(state.parse_mode.as_deref(), Some("HTML"));
    bot.delete_message(chat, m.id).await.unwrap();
    assert!(tg.messages_to(user.id).is_empty());
    let r = bot.delete_message(chat, m.id).await;
    assert_eq!(api_error(r), ApiError::MessageToDeleteNotFound);
}

#[tokio::test]
async fn callback_queries_are_answered_once() {
    let (tg, bot, user) = setup().await;
    let m = bot
        .send_message(ChatId(user.id), "Pilih")
        .reply_markup(keyboard("a"))
        .await
        .unwrap();
    let id = tg.push_callback(&user, m.id.0 as i64, "a");
    assert_eq!(tg.unanswered_callbacks(), vec![id.clone()]);
    let r = bot
        .answer_callback_query(CallbackQueryId(id.clone()))
        .text("x".repeat(201))
        .await;
    assert_eq!(api_error(r), ApiError::EditedMessageIsTooLong); // "MESSAGE_TOO_LONG"
    bot.answer_callback_query(CallbackQueryId(id.clone()))
        .text("Tersimpan")
        .show_alert(true)
        .await
        .unwrap();
    let answer = tg.callback_answer(&id).unwrap();
    assert_eq!(
        (answer.text.as_deref(), answer.show_alert),
        (Some("Tersimpan"), true)
    );
    let r = bot.answer_callback_query(CallbackQueryId(id.clone())).await;
    assert_eq!(
        api_error(r),
        ApiError::Unknown(
            "Bad Request: query is too old and response timeout expired or query ID is invalid"
                .into()
        )
    );
    let r = bot
        .answer_callback_query(CallbackQueryId("made-up".into()))
        .await;
    assert!(matches!(api_error(r), ApiError::Unknown(_)));
    assert!(tg.unanswered_callbacks().is_empty());
}

#[tokio::test]
async fn get_updates_long_polls_and_confirms() {
    let (tg, bot, user) = setup().await;
    let first = bot.get_updates().await.unwrap();
    assert_eq!(first.len(), 1);
    let next = first[0].id.as_offset();
    // Nothing new: the long poll waits, and wakes as soon as something arrives.
    let poller = bot.clone();
    let started = Instant::now();
    let poll = tokio::spawn(async move { poller.get_updates().offset(next).timeout(5).await });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        tg.pending_update_count(),
        0,
        "the offset confirmed the first"
    );
    assert_eq!(tg.confirmed_offset(), next as i64);
    tg.push_text(&user, &TgChat::private(user.id), "halo");
    let got = poll.await.unwrap().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(got.len(), 1);
    // Not confirmed yet: asked again, it comes again.
    assert_eq!(bot.get_updates().offset(next).await.unwrap().len(), 1);
    let after = got[0].id.as_offset();
    let started = Instant::now();
    let none = bot.get_updates().offset(after).timeout(1).await.unwrap();
    assert!(none.is_empty() && started.elapsed() >= Duration::from_millis(900));
    assert_eq!(tg.pending_update_count(), 0);
    // limit, and a negative offset keeping only the newest.
    for i in 0..5 {
        tg.push_text(&user, &TgChat::private(user.id), &format!("{i}"));
    }
    assert_eq!(bot.get_updates().limit(2).await.unwrap().len(), 2);
    let newest = bot.get_updates().offset(-1).await.unwrap();
    assert_eq!(newest.len(), 1);
    assert_eq!(tg.pending_update_count(), 1);
    tg.assert_no_errors();
}

#[tokio::test]
async fn commands_are_validated_and_kept_per_scope() {
    let (tg, bot, user) = setup().await;
    let cmd = |c: &str, d: &str| BotCommand::new(c, d);
    bot.set_my_commands([cmd("menu", "Menu utama"), cmd("batal", "Batalkan")])
        .await
        .unwrap();
    assert_eq!(
        tg.commands_for(&json!({"type": "default"})),
        Some(vec![
            ("menu".into(), "Menu utama".into()),
            ("batal".into(), "Batalkan".into())
        ])
    );
    bot.set_my_commands([cmd("admin", "Admin")])
        .scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(ChatId(user.id)),
        })
        .await
        .unwrap();
    assert_eq!(tg.commands_for_chat(user.id).unwrap()[0].0, "admin");
    let got = bot
        .get_my_commands()
        .scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(ChatId(user.id)),
        })
        .await
        .unwrap();
    assert_eq!(got, vec![cmd("admin", "Admin")]);
    bot.set_my_commands([cmd("p", "Pribadi")])
        .scope(BotCommandScope::AllPrivateChats)
        .await
        .unwrap();
    assert!(
        tg.commands_for(&json!({"type": "all_private_chats"}))
            .is_some()
    );
    for (list, description) in [
        (vec![cmd("Menu", "x")], "BOT_COMMAND_INVALID"),
        (vec![cmd("menu-utama", "x")], "BOT_COMMAND_INVALID"),
        (vec![cmd(&"a".repeat(33), "x")], "BOT_COMMAND_INVALID"),
        (vec![cmd("menu", "")], "BOT_COMMAND_DESCRIPTION_INVALID"),
        (
            vec![cmd("menu", &"d".repeat(257))],
            "BOT_COMMAND_DESCRIPTION_INVALID",
        ),
        (
            (0..101).map(|i| cmd(&format!("c{i}"), "x")).collect(),
            "BOT_COMMANDS_TOO_MUCH",
        ),
    ] {
        let r = bot.set_my_commands(list).await;
        assert_eq!(
            api_error(r),
            ApiError::Unknown(format!("Bad Request: {description}"))
        );
    }
    let r = bot
        .set_my_commands([cmd("x", "y")])
        .scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(ChatId(999)),
        })
        .await;
    assert_eq!(api_error(r), ApiError::ChatNotFound);
    bot.delete_my_commands().await.unwrap();
    assert_eq!(tg.commands_for(&json!({"type": "default"})), None);
}

#[tokio::test]
async fn files_by_id_and_uploads() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    tg.push_photo(&user, "photo-1", None);
    tg.push_document(&user, "doc-1", "data.csv", Some("roster"));
    tg.add_file("doc-1", b"nip,nama\n1,Siti\n");
    let photo = bot
        .send_photo(chat, InputFile::file_id(FileId("photo-1".into())))
        .caption("<i>bukti</i>")
        .parse_mode(ParseMode::Html)
        .await
        .unwrap();
    assert_eq!(photo.caption(), Some("bukti"));
    assert_eq!(photo.photo().unwrap()[0].file.id.0, "photo-1");
    let doc = bot
        .send_document(chat, InputFile::file_id(FileId("doc-1".into())))
        .await
        .unwrap();
    assert_eq!(
        doc.document().unwrap().file_name.as_deref(),
        Some("data.csv")
    );
    let r = bot
        .send_photo(chat, InputFile::file_id(FileId("nope".into())))
        .await;
    assert_eq!(api_error(r), ApiError::WrongFileIdOrUrl);
    let r = bot
        .send_document(chat, InputFile::file_id(FileId("photo-1".into())))
        .await;
    assert!(
        matches!(api_error(r), ApiError::Unknown(d) if d.contains("can't use file of type Photo as Document"))
    );
    let upload = bot
        .send_document(
            chat,
            InputFile::memory(b"PK\x03\x04 xlsx".to_vec()).file_name("rekap.xlsx"),
        )
        .caption("Rekap")
        .await
        .unwrap();
    let sent = tg.last_message_to(user.id).unwrap();
    assert_eq!(sent.kind, "document");
    assert_eq!(sent.text, "Rekap");
    let file_id = sent.file_id.clone().unwrap();
    assert_eq!(upload.document().unwrap().file.id.0, file_id);
    assert_eq!(tg.file_content(&file_id).unwrap(), b"PK\x03\x04 xlsx");
    // Uploads and sends by id are told apart.
    let sends: Vec<(&str, bool)> = tg
        .file_sends()
        .iter()
        .map(|f| (f.kind, f.uploaded))
        .collect();
    assert_eq!(
        sends,
        [("photo", false), ("document", false), ("document", true)]
    );
    // getFile and the download route.
    let file = bot.get_file(FileId("doc-1".into())).await.unwrap();
    assert!(file.path.ends_with(".csv"), "{}", file.path);
    let mut content = Vec::new();
    bot.download_file(&file.path, &mut content).await.unwrap();
    assert_eq!(content, b"nip,nama\n1,Siti\n");
    let r = bot.get_file(FileId("nope".into())).await;
    assert!(matches!(api_error(r), ApiError::Unknown(d) if d == "Bad Request: invalid file_id"));
    // Copies of a person's message.
    let photo_message = tg.push_photo(&user, "photo-2", Some("asli"));
    let copy = bot
        .copy_message(chat, chat, MessageId(photo_message as i32))
        .await
        .unwrap();
    let copied = tg.last_message_to(user.id).unwrap();
    assert_eq!(
        (copied.message_id, copied.kind.as_str()),
        (copy.0 as i64, "copy")
    );
    assert_eq!(
        (copied.text.as_str(), copied.file_id.as_deref()),
        ("asli", Some("photo-2"))
    );
    let r = bot.copy_message(chat, chat, MessageId(31337)).await;
    assert_eq!(api_error(r), ApiError::MessageToCopyNotFound);
    let fwd = bot
        .forward_message(chat, chat, MessageId(photo_message as i32))
        .await
        .unwrap();
    assert_eq!(fwd.caption(), Some("asli"));
}

#[tokio::test]
async fn injected_failures_and_the_transport() {
    let (tg, bot, user) = setup().await;
    let chat = ChatId(user.id);
    tg.fail_next(
        "sendMessage",
        429,
        "Too Many Requests: retry after 3",
        Some(3),
    );
    let r = bot.send_message(chat, "a").await;
    assert!(
        matches!(r, Err(RequestError::RetryAfter(s)) if s.seconds() == 3),
        "{r:?}"
    );
    bot.send_message(chat, "b").await.unwrap();
    assert!(
        tg.errors().is_empty(),
        "injected refusals are not the bot's errors"
    );
    assert_eq!(tg.calls_of("sendmessage").len(), 2);
    let wrong = Bot::new("1:WRONG").set_api_url(tg.api_url().parse().unwrap());
    assert!(matches!(
        api_error(wrong.get_me().await),
        ApiError::InvalidToken
    ));
    let me = bot.get_me().await.unwrap();
    assert_eq!(me.username(), FakeTelegram::BOT_USERNAME);
    assert_eq!(me.id.0 as i64, FakeTelegram::BOT_ID);
    // A method Telegram does not have, straight over HTTP.
    let (status, body) = raw_post(
        &tg,
        &format!("bot{}/sendTeleport", FakeTelegram::TOKEN),
        "{}",
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body["description"], "Not Found: method not found");
    let (status, body) = raw_post(
        &tg,
        &format!("bot{}/sendMessage", FakeTelegram::TOKEN),
        "{\"text\":\"x\"}",
    )
    .await;
    assert_eq!(
        (status, body["description"].as_str()),
        (400, Some("Bad Request: chat_id is empty"))
    );
    let (status, _) = raw_post(
        &tg,
        &format!("bot{}/sendMessage", FakeTelegram::TOKEN),
        "not json",
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(tg.errors().len(), 4);
}

/// A bare HTTP/1.1 POST of a JSON body; returns the status and the JSON answer.
async fn raw_post(tg: &FakeTelegram, path: &str, body: &str) -> (u16, Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let url = tg.api_url();
    let host = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = tokio::net::TcpStream::connect(host).await.unwrap();
    let request = format!(
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let status = response[9..12].parse().unwrap();
    let json = response.split("\r\n\r\n").nth(1).unwrap();
    (status, serde_json::from_str(json).unwrap())
}

#[tokio::test]
async fn a_real_dispatcher_round_trip() {
    let tg = std::sync::Arc::new(FakeTelegram::start().await);
    let bot = Bot::new(FakeTelegram::TOKEN).set_api_url(tg.api_url().parse().unwrap());
    let handler = dptree::entry()
        .branch(
            Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
                bot.send_message(msg.chat.id, "Halo <b>Siti</b>")
                    .parse_mode(ParseMode::Html)
                    .reply_markup(keyboard("ok"))
                    .await?;
                respond(())
            }),
        )
        .branch(Update::filter_callback_query().endpoint(
            |bot: Bot, q: CallbackQuery| async move {
                bot.answer_callback_query(q.id.clone()).text("Sip").await?;
                if let Some(m) = q.message.as_ref().and_then(|m| m.regular_message()) {
                    bot.edit_message_text(m.chat.id, m.id, "Selesai").await?;
                }
                respond(())
            },
        ));
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });
    let user = siti();
    tg.push_text(&user, &TgChat::private(user.id), "/start");
    let patience = Duration::from_secs(10);
    tg.wait_for("the greeting", patience, |tg| {
        tg.last_message_to(5005).is_some()
    })
    .await;
    let greeting = tg.last_message_to(5005).unwrap();
    assert_eq!(greeting.text, "Halo Siti");
    let id = tg.push_callback(&user, greeting.message_id, "ok");
    tg.wait_for("the edit", patience, |tg| {
        tg.last_message_to(5005).unwrap().text == "Selesai"
    })
    .await;
    assert_eq!(
        tg.callback_answer(&id).unwrap().text.as_deref(),
        Some("Sip")
    );
    loop {
        match token.shutdown() {
            Ok(done) => {
                done.await;
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    tokio::time::timeout(patience, running)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        tg.pending_update_count(),
        0,
        "every update was confirmed on shutdown"
    );
    tg.assert_no_errors();
    assert!(tg.unanswered_callbacks().is_empty());
    let methods: Vec<String> = tg.calls().iter().map(|c| c.method.clone()).collect();
    assert!(
        methods.iter().any(|m| m == "GetMe") && methods.iter().any(|m| m == "GetWebhookInfo"),
        "{methods:?}"
    );
}

#[tokio::test]
#[should_panic(expected = "timed out after")]
async fn wait_for_names_what_it_waited_for() {
    let (tg, _bot, _user) = setup().await;
    tg.wait_for("a miracle", Duration::from_millis(100), |_| false)
        .await;
}
