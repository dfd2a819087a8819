-- The calendar, leave and working-day reminders (issue 18). Dates are text, YYYY-MM-DD,
-- so that they sort and compare alike on both databases.

-- National holidays and cuti bersama as HR loaded them (kinerja calendar import).
CREATE TABLE holidays (
    day         TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    -- The file it came from.
    source      TEXT    NOT NULL,
    imported_at INTEGER  NOT NULL
);

-- Units that work other than Monday to Friday: 6 is Monday to Saturday (puskesmas).
CREATE TABLE unit_weeks (
    unit_kerja  TEXT    PRIMARY KEY,
    days        INTEGER  NOT NULL,
    set_by      TEXT    NOT NULL,
    set_at      INTEGER  NOT NULL
);

-- A person's leave, both days included. status: recorded | refused (by the supervisor,
-- with a note) | cancelled (by the person). created_by: self (in the chat) | hr (a file).
CREATE TABLE leave (
    id          INTEGER PRIMARY KEY,
    nip         TEXT    NOT NULL REFERENCES employees (nip),
    from_day    TEXT    NOT NULL,
    until_day   TEXT    NOT NULL,
    -- tahunan | sakit | dinas_luar | lainnya
    kind        TEXT    NOT NULL,
    -- A document or photo sent with it (Telegram file_id, kind photo|document).
    file_id     TEXT    NULL,
    file_kind   TEXT    NULL,
    status      TEXT    NOT NULL,
    note        TEXT    NULL,
    refused_by  TEXT    NULL,
    created_by  TEXT    NOT NULL,
    created_at  INTEGER  NOT NULL,
    updated_at  INTEGER  NOT NULL
);
CREATE INDEX leave_by_nip ON leave (nip, from_day);
CREATE INDEX leave_by_day ON leave (status, until_day);

-- How far each person is in the reminders about one thing (a deadline, a plan waiting for
-- them): how many were sent and the day of the last. Written in the transaction that
-- queues the notice, so a restart neither loses nor repeats one.
CREATE TABLE reminder_progress (
    thread      TEXT    NOT NULL,
    nip         TEXT    NOT NULL,
    sent        INTEGER  NOT NULL,
    last_day    TEXT    NOT NULL,
    last_slot   TEXT    NOT NULL,
    updated_at  INTEGER  NOT NULL,
    PRIMARY KEY (thread, nip)
);
