-- Planning (SKP): one plan per employee and year, its working copy (RHK and indicators),
-- a snapshot per submission, and the supervisor's ekspektasi khusus per version.
--
-- The working copy is edited in place; every submission freezes it as JSON in
-- plan_versions, so the version in force (approved_version) and every earlier one stay
-- readable whatever happens to the working copy afterwards.

CREATE TABLE plans (
    id                INTEGER PRIMARY KEY,
    nip               TEXT    NOT NULL REFERENCES employees (nip),
    year              INTEGER NOT NULL,
    -- draft | submitted | returned | approved (domain::plan::PlanStatus)
    status            TEXT    NOT NULL,
    -- The number of the last submitted version; 0 before the first submission.
    version           INTEGER NOT NULL DEFAULT 0,
    -- The version in force, once one was approved.
    approved_version  INTEGER NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    UNIQUE (nip, year)
);

CREATE TABLE plan_rhk (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plans (id),
    -- Utama | Tambahan
    jenis          TEXT    NOT NULL,
    text           TEXT    NOT NULL,
    -- The supervisor's RHK this one intervenes. No foreign key: the supervisor's working
    -- copy may drop it later; the snapshot keeps its text.
    parent_rhk_id  INTEGER NULL
);
CREATE INDEX plan_rhk_plan ON plan_rhk (plan_id);

CREATE TABLE plan_indicators (
    id            INTEGER PRIMARY KEY,
    rhk_id        INTEGER NOT NULL REFERENCES plan_rhk (id) ON DELETE CASCADE,
    text          TEXT    NOT NULL,
    target_value  REAL    NOT NULL,
    target_unit   TEXT    NOT NULL,
    -- Kuantitas | Kualitas | Waktu | Biaya
    aspek         TEXT    NOT NULL,
    -- h (higher is better) | l (lower is better)
    arah          TEXT    NOT NULL
);
CREATE INDEX plan_indicators_rhk ON plan_indicators (rhk_id);

CREATE TABLE plan_versions (
    plan_id       INTEGER NOT NULL REFERENCES plans (id),
    version       INTEGER NOT NULL,
    -- serde JSON of domain::plan::PlanContent
    content       TEXT    NOT NULL,
    submitted_at  INTEGER NOT NULL,
    -- approved | returned, once decided
    decision      TEXT    NULL,
    decided_at    INTEGER NULL,
    decided_by    TEXT    NULL,
    note          TEXT    NULL,
    PRIMARY KEY (plan_id, version)
);

CREATE TABLE plan_expectations (
    plan_id  INTEGER NOT NULL REFERENCES plans (id),
    version  INTEGER NOT NULL,
    -- 1..7: domain::plan::NilaiBerakhlak::number
    nilai    INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    PRIMARY KEY (plan_id, version, nilai)
);
