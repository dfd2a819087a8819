-- Announcements grow what issue 5 asks of them: an attachment, trainings with seats and a
-- waiting list, acknowledgements and questions on rule changes, FAQs, and personal notices
-- (a promotion from the waiting list, an answer, a reminder) that go through the same
-- rate-limited sender as the outbox.

-- A photo or document sent with the announcement (Telegram file_id, kind photo|document).
ALTER TABLE announcements ADD COLUMN attachment_kind TEXT NULL;
ALTER TABLE announcements ADD COLUMN attachment_file_id TEXT NULL;
-- A FAQ: the announcement whose question it publishes.
ALTER TABLE announcements ADD COLUMN parent_id INTEGER NULL REFERENCES announcements (id);
-- How many times HR reminded the people who have not acknowledged (a rule change); a
-- reminder is a conditional increment, so a second tap on the same button does nothing.
ALTER TABLE announcements ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0;

CREATE TABLE trainings (
    announcement_id     INTEGER PRIMARY KEY REFERENCES announcements (id),
    starts_at           INTEGER NOT NULL,
    place               TEXT    NOT NULL,
    quota               INTEGER NOT NULL,
    jp                  INTEGER NOT NULL,
    -- Registration closes at this time.
    deadline            INTEGER NOT NULL,
    -- Bumped by every registration change: it orders the waiting list and, being an
    -- UPDATE, serialises changes to one training's seats on both backends.
    queue_counter       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE training_seats (
    id               INTEGER PRIMARY KEY,
    announcement_id  INTEGER NOT NULL REFERENCES trainings (announcement_id),
    nip              TEXT    NOT NULL REFERENCES employees (nip),
    -- registered | waiting | cancelled
    status           TEXT    NOT NULL,
    -- Place in the queue (trainings.queue_counter at the time).
    queue_no         INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    attended         INTEGER NOT NULL DEFAULT 0,
    attendance_by    TEXT    NULL,
    attendance_at    INTEGER NULL,
    UNIQUE (announcement_id, nip)
);

CREATE TABLE acknowledgements (
    announcement_id  INTEGER NOT NULL REFERENCES announcements (id),
    nip              TEXT    NOT NULL REFERENCES employees (nip),
    at               INTEGER NOT NULL,
    PRIMARY KEY (announcement_id, nip)
);

CREATE TABLE questions (
    id               INTEGER PRIMARY KEY,
    announcement_id  INTEGER NOT NULL REFERENCES announcements (id),
    nip              TEXT    NOT NULL REFERENCES employees (nip),
    text             TEXT    NOT NULL,
    asked_at         INTEGER NOT NULL,
    answer           TEXT    NULL,
    answered_by      TEXT    NULL,
    answered_at      INTEGER NULL,
    -- The FAQ announcement that published it, once.
    faq_id           INTEGER NULL REFERENCES announcements (id)
);
CREATE INDEX questions_of ON questions (announcement_id);

-- Personal messages through the sender: same states as the outbox. A dedupe key makes
-- "at most once per person per occasion" a constraint.
CREATE TABLE notices (
    id               INTEGER PRIMARY KEY,
    chat_id          INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    -- teloxide's InlineKeyboardMarkup as JSON, or NULL.
    keyboard         TEXT    NULL,
    dedupe_key       TEXT    NULL UNIQUE,
    status           TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT    NULL,
    message_id       INTEGER NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX notices_due ON notices (status, next_attempt_at);
