-- Several `kinerja run` on one database (issue 17): leases decide which instance does a
-- duty that must run once (polling Telegram, the sender, the reminder schedule), and
-- settings keep what every instance must agree on (the webhook's secret).

-- A lease: held by `holder` (an instance's random id) until `expires_at` (unix
-- milliseconds); renewed by its holder, taken by another once expired.
CREATE TABLE leases (
    name        TEXT    PRIMARY KEY,
    holder      TEXT    NOT NULL,
    expires_at  BIGINT  NOT NULL
);

-- Shared settings by name (`webhook_secret`).
CREATE TABLE settings (
    name        TEXT    PRIMARY KEY,
    value       TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL
);
