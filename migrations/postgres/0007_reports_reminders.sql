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
