-- Realisation and evaluation: per-period windows set by HR, the achieved value of each
-- indicator with its evidence (Telegram file ids or links), the daily log, evaluations
-- with the predikat, and the feedback conversation between supervisor and staff.
--
-- Periods are keyed as text ('2026-III', '2026-T': domain::evaluation::Period::key).
-- Indicator ids are those of the approved plan version's snapshot, which keeps them stable.

CREATE TABLE period_windows (
    period           TEXT    PRIMARY KEY,
    -- Last days, inclusive, in WIB, as YYYY-MM-DD.
    realisasi_until  TEXT    NOT NULL,
    evaluasi_until   TEXT    NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TABLE realisations (
    id            INTEGER PRIMARY KEY,
    nip           TEXT    NOT NULL REFERENCES employees (nip),
    period        TEXT    NOT NULL,
    indicator_id  INTEGER NOT NULL,
    -- NULL until the person has written the value (evidence may come first).
    value         REAL    NULL,
    note          TEXT    NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (nip, period, indicator_id)
);

CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    realisation_id  INTEGER NOT NULL REFERENCES realisations (id),
    -- photo | document | link
    kind            TEXT    NOT NULL,
    file_id         TEXT    NULL,
    url             TEXT    NULL,
    caption         TEXT    NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX evidence_realisation ON evidence (realisation_id);

CREATE TABLE daily_logs (
    id            INTEGER PRIMARY KEY,
    nip           TEXT    NOT NULL REFERENCES employees (nip),
    -- The WIB day, YYYY-MM-DD.
    day           TEXT    NOT NULL,
    text          TEXT    NULL,
    -- photo | document, with its Telegram file id
    file_kind     TEXT    NULL,
    file_id       TEXT    NULL,
    indicator_id  INTEGER NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX daily_logs_nip ON daily_logs (nip, indicator_id);

CREATE TABLE evaluations (
    id             INTEGER PRIMARY KEY,
    nip            TEXT    NOT NULL REFERENCES employees (nip),
    period         TEXT    NOT NULL,
    -- a | s | b (domain::evaluation::Rating::code)
    hasil          TEXT    NOT NULL,
    perilaku       TEXT    NOT NULL,
    predikat       TEXT    NOT NULL,
    feedback       TEXT    NULL,
    -- serde JSON: [[nilai 1..7, note], ...]
    value_notes    TEXT    NOT NULL,
    evaluator_nip  TEXT    NOT NULL,
    evaluated_at   INTEGER NOT NULL,
    -- Set by HR to allow a new evaluation (and edits of the realisation).
    reopened_at    INTEGER NULL,
    acknowledged_at INTEGER NULL,
    UNIQUE (nip, period)
);

-- The continuous feedback: comments on a realisation, answers, replies to an evaluation.
CREATE TABLE feedback_messages (
    id           INTEGER PRIMARY KEY,
    nip          TEXT    NOT NULL REFERENCES employees (nip),
    period       TEXT    NOT NULL,
    author_nip   TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX feedback_messages_nip ON feedback_messages (nip, period);
