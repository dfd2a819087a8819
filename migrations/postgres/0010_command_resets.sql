-- Per-chat command lists to take back (deleteMyCommands with the chat's scope). An account
-- released by `kinerja unbind` must stop showing the commands of its former roles, but the
-- command line has no bot: it queues the reset here, in the transaction that releases the
-- account, and the running bot's sender does it. One row per chat, deleted when done.
CREATE TABLE command_resets (
    chat_id          BIGINT PRIMARY KEY,
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT NOT NULL,
    last_error       TEXT    NULL,
    created_at       BIGINT NOT NULL
);
