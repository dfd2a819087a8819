//! A message the bot sends or changes, as a value: the bot layer says *what* goes into a
//! chat, the client ([`super::TgBot::send_out`]) turns it into the Bot API call. Every text
//! and caption is HTML (the bot escapes what people typed).

use teloxide::types::{InlineKeyboardMarkup, InputFile, MessageId, ReplyMarkup};

use super::Priority;

/// The most items Telegram takes in one album (`sendMediaGroup`), and the fewest.
pub const ALBUM_MAX: usize = 10;
pub const ALBUM_MIN: usize = 2;

/// One message into a chat, or a change to one already there.
#[derive(Debug, Clone)]
pub enum Out {
    Text {
        text: String,
        markup: Option<ReplyMarkup>,
    },
    Photo {
        file: InputFile,
        caption: Option<String>,
        keyboard: Option<InlineKeyboardMarkup>,
    },
    Document {
        file: InputFile,
        caption: Option<String>,
        keyboard: Option<InlineKeyboardMarkup>,
    },
    /// 2–10 photos, or 2–10 documents, as one album.
    Album(Vec<AlbumItem>),
    /// New text and buttons for a message the bot sent.
    Edit {
        message: MessageId,
        text: String,
        keyboard: InlineKeyboardMarkup,
    },
    /// New buttons (or none) under a message the bot sent.
    EditKeyboard {
        message: MessageId,
        keyboard: Option<InlineKeyboardMarkup>,
    },
}

/// Whether an album item is a photo or a document (Telegram does not mix the two).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Photo,
    Document,
}

/// One file of an album with its caption.
#[derive(Debug, Clone)]
pub struct AlbumItem {
    pub kind: MediaKind,
    pub file: InputFile,
    pub caption: Option<String>,
}

impl Out {
    /// A text message.
    pub fn text(text: impl Into<String>) -> Out {
        Out::Text {
            text: text.into(),
            markup: None,
        }
    }

    /// A text message with inline buttons.
    pub fn with_buttons(text: impl Into<String>, keyboard: InlineKeyboardMarkup) -> Out {
        Out::Text {
            text: text.into(),
            markup: Some(ReplyMarkup::InlineKeyboard(keyboard)),
        }
    }

    /// A text message with any kind of keyboard (the contact button, its removal).
    pub fn with_markup(text: impl Into<String>, markup: ReplyMarkup) -> Out {
        Out::Text {
            text: text.into(),
            markup: Some(markup),
        }
    }

    /// How many messages this puts into the chat, as Telegram's flood limits count them.
    pub fn weight(&self) -> u32 {
        match self {
            Out::Album(items) => items.len().max(1) as u32,
            _ => 1,
        }
    }

    /// Edits are not new messages: they are not held to a chat's pace.
    pub fn priority(&self) -> Priority {
        match self {
            Out::Edit { .. } | Out::EditKeyboard { .. } => Priority::Edit,
            _ => Priority::Reply,
        }
    }
}

/// Files as albums: runs of one kind, at most ten each; a run of one goes as a single
/// photo or document (an album needs two). Captions stay with their files.
pub fn albums(items: Vec<AlbumItem>) -> Vec<Out> {
    let mut out = Vec::new();
    let mut run: Vec<AlbumItem> = Vec::new();
    let flush = |run: &mut Vec<AlbumItem>, out: &mut Vec<Out>| {
        if run.len() == 1 {
            let item = run.remove(0);
            out.push(match item.kind {
                MediaKind::Photo => Out::Photo {
                    file: item.file,
                    caption: item.caption,
                    keyboard: None,
                },
                MediaKind::Document => Out::Document {
                    file: item.file,
                    caption: item.caption,
                    keyboard: None,
                },
            });
        } else if !run.is_empty() {
            out.push(Out::Album(std::mem::take(run)));
        }
    };
    for item in items {
        if run.len() == ALBUM_MAX || run.first().is_some_and(|f| f.kind != item.kind) {
            flush(&mut run, &mut out);
        }
        run.push(item);
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: MediaKind, n: usize) -> AlbumItem {
        AlbumItem {
            kind,
            file: InputFile::file_id(format!("f{n}").into()),
            caption: Some(format!("c{n}")),
        }
    }

    fn shape(outs: &[Out]) -> Vec<String> {
        outs.iter()
            .map(|o| match o {
                Out::Album(items) => format!("album {}", items.len()),
                Out::Photo { .. } => "photo".to_string(),
                Out::Document { .. } => "document".to_string(),
                _ => "other".to_string(),
            })
            .collect()
    }

    #[test]
    fn thirty_photos_are_three_albums_of_ten() {
        let items = (0..30).map(|n| item(MediaKind::Photo, n)).collect();
        assert_eq!(shape(&albums(items)), ["album 10", "album 10", "album 10"]);
    }

    #[test]
    fn kinds_are_never_mixed_and_a_single_file_goes_alone() {
        let mut items: Vec<_> = (0..11).map(|n| item(MediaKind::Photo, n)).collect();
        items.push(item(MediaKind::Document, 11));
        items.push(item(MediaKind::Document, 12));
        items.push(item(MediaKind::Photo, 13));
        assert_eq!(
            shape(&albums(items)),
            ["album 10", "photo", "album 2", "photo"]
        );
        assert!(albums(Vec::new()).is_empty());
    }

    #[test]
    fn an_album_weighs_what_it_holds() {
        let items = (0..7).map(|n| item(MediaKind::Photo, n)).collect();
        assert_eq!(albums(items)[0].weight(), 7);
        assert_eq!(Out::text("x").weight(), 1);
    }
}
