-- The language a person reads Kinerja in (crate::i18n::Lang code): taken from Telegram's
-- language_code at registration, changed in /menu → Bahasa.
ALTER TABLE bindings ADD COLUMN language TEXT NOT NULL DEFAULT 'id';
