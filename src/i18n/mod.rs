//! The texts people read, keyed, one catalogue per language: `locales/<lang>/<area>.ftl`
//! in Project Fluent's format, which a translator edits without touching Rust. The files
//! are built into the binary. Each area (a conversation, the CLI, the report sheets, the
//! domain's errors) has its file and its module here; call sites use the typed functions
//! (`i18n::key_name(lang, args…)`, one per key, with the key's placeholders as arguments),
//! so a misspelt key or a missing argument does not compile. For a text rendered later in
//! its reader's language (a queued notice), `i18n::msg::key_name(args…)` gives the same key
//! as a [`Msg`]. The tests check that both catalogues hold exactly these keys with the same
//! placeholders, and that every key is used.
//!
//! Arguments are inserted as given: a caller escapes user text for Telegram HTML first, as
//! everywhere else. Official forms (the SKP documents, the e-Kinerja export) are not here:
//! they stay Indonesian whatever the reader's language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use crate::domain::lang::Lang;
pub use crate::domain::text::{Button, Msg, Notice};

/// `value` as a count: a short decimal without a sign or leading zeros.
fn count(value: &str) -> Option<i64> {
    let canonical = (1..=9).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    canonical.then(|| value.parse().ok()).flatten()
}

/// One typed function per key (in `text`), the same keys as [`Msg`]s (in `msg`), and
/// `KEYS` listing them with their placeholders.
macro_rules! catalogue {
    ($( $name:ident = $key:literal ( $($arg:ident),* ); )*) => {
        /// The texts, rendered now.
        pub mod text {
            #[allow(unused_imports)]
            use super::super::{render, Lang};
            $(
                #[doc = concat!("`", $key, "`")]
                pub fn $name(lang: Lang $(, $arg: &str)*) -> String {
                    render(lang, $key, &[$((stringify!($arg), $arg)),*])
                }
            )*
        }

        /// The texts, to be rendered in their reader's language later.
        pub mod msg {
            #[allow(unused_imports)]
            use super::super::Msg;
            $(
                #[doc = concat!("`", $key, "`")]
                pub fn $name($($arg: impl Into<Msg>),*) -> Msg {
                    Msg::key($key, vec![$((stringify!($arg), $arg.into())),*])
                }
            )*
        }

        /// Every key: (function, Fluent key, placeholders).
        pub const KEYS: &[(&str, &str, &[&str])] = &[
            $( (stringify!($name), $key, &[$(stringify!($arg)),*]) ),*
        ];
    };
}

macro_rules! areas {
    ($( $area:ident ),* $(,)?) => {
        $( pub mod $area; )*
        $( #[allow(unused_imports)] pub use $area::text::*; )*
        pub use errors::{Label, Localize};

        /// Every key as a [`Msg`], to be rendered later.
        pub mod msg {
            $( #[allow(unused_imports)] pub use super::$area::msg::*; )*
        }

        /// The areas: name, keys.
        pub const AREAS: &[(&str, &[(&str, &str, &[&str])])] = &[
            $( (stringify!($area), $area::KEYS) ),*
        ];

        /// A catalogue's source text: its areas' files, one after the other.
        pub fn source(lang: Lang) -> &'static str {
            static SOURCES: OnceLock<[String; 2]> = OnceLock::new();
            let all = SOURCES.get_or_init(|| {
                [
                    [$( include_str!(concat!("../../locales/id/", stringify!($area), ".ftl")) ),*].join("\n"),
                    [$( include_str!(concat!("../../locales/en/", stringify!($area), ".ftl")) ),*].join("\n"),
                ]
            });
            &all[lang as usize]
        }
    };
}

areas!(
    common,
    plan,
    approval,
    realisation,
    daily,
    evaluation,
    forms,
    announce,
    training,
    reminders,
    errors,
    cli,
    sheets,
    matrix,
    templates,
    roles,
    leave,
    digest,
);

/// Every key of every area: (function, Fluent key, placeholders).
pub fn keys() -> impl Iterator<Item = &'static (&'static str, &'static str, &'static [&'static str])>
{
    AREAS.iter().flat_map(|(_, keys)| keys.iter())
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Telegram shows Unicode isolation marks as they are; the texts are left-to-right.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source(lang).to_string())
        .unwrap_or_else(|(_, errors)| panic!("locales/{}: {errors:?}", lang.code()));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("locales/{}: {errors:?}", lang.code()));
    bundle
}

/// The text of `key` in `lang` with its placeholders filled; Indonesian when `lang` lacks
/// it (the tests keep that from happening), the key itself when neither has it.
pub fn render(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let all = bundles();
    let found = [lang, Lang::Id].into_iter().find_map(|l| {
        let bundle = &all[l as usize];
        let pattern = bundle.get_message(key)?.value()?;
        Some((bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        tracing::error!(key, "text missing from every catalogue");
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        // A count is passed as a number, so that `{ $n -> [1] … *[other] … }` can choose
        // by it; anything else (a NIP, a code with leading zeros) stays text.
        match count(value) {
            Some(n) => fluent_args.set(*name, n),
            None => fluent_args.set(*name, value.to_string()),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(key, ?errors, "text rendered with errors");
    }
    text.into_owned()
}

impl Msg {
    /// This text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Msg::Text(text) => text.clone(),
            Msg::Key { key, args } => {
                let rendered: Vec<(&str, String)> = args
                    .iter()
                    .map(|(name, value)| (name.as_str(), value.render(lang)))
                    .collect();
                let args: Vec<(&str, &str)> =
                    rendered.iter().map(|(n, v)| (*n, v.as_str())).collect();
                render(lang, key, &args)
            }
            Msg::Join(parts) => parts.iter().map(|p| p.render(lang)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// A catalogue's messages with the placeholders each uses, read from its source: a
    /// message starts at the line's beginning (`key = …`); indented lines continue it.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = None;
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with([' ', '\t'])
                && let Some((key, _)) = line.split_once('=')
            {
                current = Some(key.trim().to_string());
                found.entry(key.trim().to_string()).or_default();
            }
            let Some(key) = &current else { continue };
            let mut rest = line;
            while let Some(at) = rest.find("{ $") {
                let name: String = rest[at + 3..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                found.get_mut(key).unwrap().insert(name);
                rest = &rest[at + 3..];
            }
        }
        found
    }

    #[test]
    fn both_catalogues_parse_and_hold_exactly_the_keys_with_the_same_placeholders() {
        let declared: BTreeMap<String, BTreeSet<String>> = keys()
            .map(|(_, key, args)| {
                (
                    key.to_string(),
                    args.iter().map(|a| a.to_string()).collect(),
                )
            })
            .collect();
        for lang in Lang::ALL {
            let _ = bundle(lang);
            let found = messages(source(lang));
            for (key, args) in &declared {
                let Some(there) = found.get(key) else {
                    panic!("{key} is missing in locales/{}", lang.code());
                };
                assert_eq!(
                    there,
                    args,
                    "placeholders of {key} in locales/{}",
                    lang.code()
                );
            }
            for key in found.keys() {
                assert!(
                    declared.contains_key(key),
                    "{key} in locales/{} is not declared in src/i18n.rs",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn every_key_is_used_somewhere_in_the_program() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut sources = String::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs")
                {
                    sources.push_str(&std::fs::read_to_string(path).unwrap());
                }
            }
        }
        for (name, key, _) in keys() {
            let used = [format!("i18n::{name}"), format!("msg::{name}")]
                .iter()
                .any(|call| {
                    sources.match_indices(call.as_str()).any(|(at, m)| {
                        !sources[at + m.len()..]
                            .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                    })
                });
            assert!(used, "{key} ({name}) is never used");
        }
    }

    #[test]
    fn no_key_and_no_function_is_declared_twice() {
        let mut names = BTreeSet::new();
        let mut fluent = BTreeSet::new();
        for (name, key, _) in keys() {
            assert!(names.insert(*name), "{name} is declared twice");
            assert!(fluent.insert(*key), "{key} is declared twice");
        }
    }

    #[test]
    fn a_stored_msg_renders_in_its_readers_language() {
        let msg = msg::menu_title("Siti").then("\n").then(msg::menu_help());
        assert_eq!(
            msg.render(Lang::En),
            "Menu for <b>Siti</b>. Choose one:\nHelp"
        );
        assert_eq!(
            msg.render(Lang::Id),
            format!("{}\n{}", menu_title(Lang::Id, "Siti"), menu_help(Lang::Id))
        );
    }

    #[test]
    fn counts_choose_their_variant_and_other_numbers_stay_as_written() {
        let source =
            "n = { $n ->\n    [1] one item\n   *[other] { $n } items\n}\nid = NIP { $n }\n";
        let resource = FluentResource::try_new(source.to_string()).unwrap();
        let mut bundle: Bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let say = |key: &str, n: &str| {
            let mut args = FluentArgs::new();
            match count(n) {
                Some(c) => args.set("n", c),
                None => args.set("n", n.to_string()),
            }
            let pattern = bundle.get_message(key).unwrap().value().unwrap();
            bundle
                .format_pattern(pattern, Some(&args), &mut Vec::new())
                .into_owned()
        };
        assert_eq!(say("n", "1"), "one item");
        assert_eq!(say("n", "12"), "12 items");
        assert_eq!(say("n", "1200000"), "1200000 items");
        assert_eq!(say("id", "198505152010012002"), "NIP 198505152010012002");
        assert_eq!(say("id", "007"), "NIP 007");
    }

    #[test]
    fn placeholders_are_filled_without_isolation_marks() {
        assert_eq!(
            menu_title(Lang::Id, "Siti &lt;Nur&gt;"),
            "Menu untuk <b>Siti &lt;Nur&gt;</b>. Pilih salah satu:"
        );
        assert_eq!(
            menu_title(Lang::En, "Siti"),
            "Menu for <b>Siti</b>. Choose one:"
        );
    }

    #[test]
    fn telegram_language_codes_choose_english_only_for_english() {
        assert_eq!(Lang::from_telegram(Some("en")), Lang::En);
        assert_eq!(Lang::from_telegram(Some("en-GB")), Lang::En);
        assert_eq!(Lang::from_telegram(Some("id")), Lang::Id);
        assert_eq!(Lang::from_telegram(Some("ms")), Lang::Id);
        assert_eq!(Lang::from_telegram(None), Lang::Id);
    }
}
