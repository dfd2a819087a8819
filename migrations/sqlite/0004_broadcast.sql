-- HR's announcements and their durable outbox: one row per recipient, written in the same
-- transaction as the announcement, so a restart neither loses nor repeats a delivery.
--
-- Outbox states: pending (due at next_attempt_at) -> sending (claimed by the sender, in
-- flight) -> sent | unreachable | failed. A row found in 'sending' at start was in flight
-- when the program died; it goes back to pending (the only window where a message can
-- arrive twice is those few in-flight sends).

CREATE TABLE announcements (
    id          INTEGER PRIMARY KEY,
    -- info | pelatihan | aturan
    kind        TEXT    NOT NULL,
    -- domain::broadcast::Audience::encode
    audience    TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    announcement_id  INTEGER NOT NULL REFERENCES announcements (id),
    nip              TEXT    NOT NULL REFERENCES employees (nip),
    chat_id          INTEGER NOT NULL,
    status           TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT    NULL,
    message_id       INTEGER NULL,
    updated_at       INTEGER NOT NULL,
    -- Never twice to one person.
    UNIQUE (announcement_id, nip)
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
