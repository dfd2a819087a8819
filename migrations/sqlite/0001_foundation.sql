-- Foundation: the roster, Telegram bindings, invitations, dialogue state, the audit log
-- and the data-correction reports staff send to HR.
--
-- Times are unix seconds (UTC) in INTEGER columns and flags are 0/1 integers: the same
-- queries then run unchanged on SQLite and PostgreSQL (see migrations/postgres), and the
-- application converts to WIB only for display.

CREATE TABLE employees (
    nip         TEXT PRIMARY KEY,
    nama        TEXT    NOT NULL,
    jabatan     TEXT    NOT NULL,
    unit_kerja  TEXT    NOT NULL,
    -- Deferred so that an import can write a supervisor after their staff in one transaction.
    nip_atasan  TEXT    NULL REFERENCES employees (nip) DEFERRABLE INITIALLY DEFERRED,
    telepon     TEXT    NULL,
    is_admin    INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
-- A phone identifies one active person (contact registration relies on it); people who
-- left keep their last phone for the record.
CREATE UNIQUE INDEX employees_active_phone ON employees (telepon) WHERE active = 1 AND telepon IS NOT NULL;
CREATE INDEX employees_atasan ON employees (nip_atasan);
CREATE INDEX employees_unit ON employees (unit_kerja);

-- One Telegram account <-> one NIP, both directions unique.
CREATE TABLE bindings (
    telegram_user_id INTEGER PRIMARY KEY,
    nip              TEXT    NOT NULL UNIQUE REFERENCES employees (nip),
    chat_id          INTEGER NOT NULL,
    via              TEXT    NOT NULL,
    bound_at         INTEGER NOT NULL,
    -- The role set whose command list was last registered with setMyCommands for this chat.
    commands_key     TEXT    NULL
);

-- Only the SHA-256 of a code is kept: a leaked database does not leak usable codes.
CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    code_hash   TEXT    NOT NULL UNIQUE,
    nip         TEXT    NOT NULL REFERENCES employees (nip),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER NULL,
    used_by     INTEGER NULL,
    revoked_at  INTEGER NULL
);
CREATE INDEX invitations_nip ON invitations (nip);

-- The persisted state of each private chat's dialogue (serde JSON of bot::dialogue::State).
CREATE TABLE dialogue_states (
    chat_id     INTEGER PRIMARY KEY,
    state       TEXT    NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor    TEXT    NOT NULL,
    action   TEXT    NOT NULL,
    subject  TEXT    NOT NULL,
    detail   TEXT    NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject);

-- "My roster data is wrong": what a person told HR from the chat.
CREATE TABLE data_reports (
    id          INTEGER PRIMARY KEY,
    nip         TEXT    NOT NULL REFERENCES employees (nip),
    note        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    handled_by  TEXT    NULL,
    handled_at  INTEGER NULL
);
