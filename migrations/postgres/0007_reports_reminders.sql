-- Reports and reminders.

-- A unit's organisational predikat for a year, set by HR: it bounds how the staff's
-- predikat may spread (domain::report).
CREATE TABLE unit_predikat (
    unit_kerja  TEXT    NOT NULL,
    year        BIGINT NOT NULL,
    -- istimewa | baik | butuh_perbaikan | kurang | sangat_kurang
    predikat    TEXT    NOT NULL,
    set_by      TEXT    NOT NULL,
    set_at      BIGINT NOT NULL,
    PRIMARY KEY (unit_kerja, year)
);

-- Optional reminders a person silenced (domain::reminder::Kind codes). Deadline
-- reminders cannot be silenced and never appear here.
CREATE TABLE reminder_optouts (
    nip   TEXT    NOT NULL REFERENCES employees (nip),
    kind  TEXT    NOT NULL,
    at    BIGINT NOT NULL,
    PRIMARY KEY (nip, kind)
);

-- Each reminder occasion, once it was queued (its notices carry per-person dedupe keys
-- too): a restart finds it here and neither loses nor repeats it.
CREATE TABLE reminder_occasions (
    key         TEXT    PRIMARY KEY,
    kind        TEXT    NOT NULL,
    due_at      BIGINT NOT NULL,
    queued_at   BIGINT NOT NULL,
    recipients  BIGINT NOT NULL
);
