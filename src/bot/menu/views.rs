//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::domain::lang::Lang;

/// The reminder settings in `/menu`.
pub fn reminder_settings(lang: Lang, silenced: &[crate::domain::reminder::ReminderKind]) -> String {
    use crate::domain::reminder::ReminderKind;
    use crate::i18n::Label;
    let mut text = crate::i18n::reminders_settings_always(lang);
    for k in ReminderKind::ALL.iter().filter(|k| !k.optional()) {
        text.push('\n');
        text.push_str(&crate::i18n::reminders_settings_always_item(
            lang,
            &k.label_in(lang),
        ));
    }
    text.push_str("\n\n");
    text.push_str(&crate::i18n::reminders_settings_optional(lang));
    for k in ReminderKind::ALL.iter().filter(|k| k.optional()) {
        let state = if silenced.contains(k) {
            crate::i18n::reminders_state_off(lang)
        } else {
            crate::i18n::reminders_state_on(lang)
        };
        text.push('\n');
        text.push_str(&crate::i18n::reminders_settings_optional_item(
            lang,
            &k.label_in(lang),
            &state,
        ));
    }
    text.push_str("\n\n");
    text.push_str(&crate::i18n::reminders_settings_quiet(lang));
    text
}

pub fn reminder_toggle_label(
    lang: Lang,
    kind: crate::domain::reminder::ReminderKind,
    silenced: bool,
) -> String {
    use crate::i18n::Label;
    if silenced {
        crate::i18n::reminders_toggle_on(lang, &kind.label_in(lang))
    } else {
        crate::i18n::reminders_toggle_off(lang, &kind.label_in(lang))
    }
}

pub fn reminder_toggled(
    lang: Lang,
    kind: crate::domain::reminder::ReminderKind,
    silenced: bool,
) -> String {
    use crate::i18n::Label;
    if silenced {
        crate::i18n::reminders_turned_off(lang, &kind.label_in(lang))
    } else {
        crate::i18n::reminders_turned_on(lang, &kind.label_in(lang))
    }
}

// Reports.
