-- Reminders a person switched on. Most reminders go to everyone concerned until they are
-- silenced (reminder_optouts); the end-of-day daily-log reminder is the other way round,
-- off until the person switches it on in /menu → Pengingat, so it has a table of its own
-- rather than a row in reminder_optouts that would mean the opposite for one kind.
CREATE TABLE reminder_optins (
    nip   TEXT    NOT NULL REFERENCES employees (nip),
    kind  TEXT    NOT NULL,
    at    BIGINT NOT NULL,
    PRIMARY KEY (nip, kind)
);
