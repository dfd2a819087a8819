-- Every update from Telegram, written before the next getUpdates confirms it to Telegram
-- (after which Telegram forgets it): a process killed between the two loses nothing. On
-- start, updates never started are handled then; an update a kill interrupted is not
-- handled again (its effects may be half done) and its sender is told instead. An update
-- Telegram sends again is recognised by its id and not handled twice.
CREATE TABLE inbox (
    update_id    BIGINT PRIMARY KEY,
    -- The update as Telegram sent it (JSON).
    payload      TEXT   NOT NULL,
    received_at  BIGINT NOT NULL,
    -- Set when the handlers took it up.
    started_at   BIGINT,
    -- Set when the handlers are done with it.
    handled_at   BIGINT
);

CREATE INDEX inbox_unhandled ON inbox (handled_at, started_at, update_id);
