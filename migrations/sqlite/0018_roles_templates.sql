-- Planning in minutes (issue 16): a supervisor shares out an RHK of theirs among the team
-- (Matriks Pembagian Peran dan Hasil, PermenPANRB 6/2022), plan templates per position,
-- where an RHK of a working copy came from, and the lists behind "approve all that match".
--
-- A share is written by its supervisor step by step (status draft: members ticked, the
-- kind, role, indicator and targets typed), then sent: one proposal row per person. A
-- proposal is the person's to answer; it never edits their plan until they accept it.

CREATE TABLE role_shares (
    id              INTEGER PRIMARY KEY,
    supervisor_nip  TEXT    NOT NULL REFERENCES employees (nip),
    year            INTEGER NOT NULL,
    -- The supervisor's RHK being shared out (plan_rhk.id of their plan).
    parent_rhk_id   INTEGER NOT NULL,
    -- draft | sent | cancelled
    status          TEXT    NOT NULL,
    -- d (direct cascading: the same result in a smaller share) | i (non-direct: a
    -- supporting result), once chosen
    kind            TEXT    NULL,
    -- The role: the RHK each person is proposed.
    rhk_text        TEXT    NULL,
    indicator_text  TEXT    NULL,
    -- k | q | w | b (domain::plan::Aspek::code), once chosen
    aspek           TEXT    NULL,
    -- How the targets were given: s (a total split evenly) | e (the same for each) |
    -- p (one per person)
    split           TEXT    NULL,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER NULL
);
CREATE INDEX role_shares_supervisor ON role_shares (supervisor_nip, year);

-- The people ticked in a share, and each one's target once the targets are known.
CREATE TABLE role_share_members (
    share_id      INTEGER NOT NULL REFERENCES role_shares (id),
    nip           TEXT    NOT NULL,
    target_value  REAL    NULL,
    target_unit   TEXT    NULL,
    PRIMARY KEY (share_id, nip)
);

CREATE TABLE rhk_proposals (
    id              INTEGER PRIMARY KEY,
    share_id        INTEGER NOT NULL REFERENCES role_shares (id),
    nip             TEXT    NOT NULL REFERENCES employees (nip),
    year            INTEGER NOT NULL,
    supervisor_nip  TEXT    NOT NULL,
    parent_rhk_id   INTEGER NOT NULL,
    -- The supervisor's RHK text when it was shared (their plan may drop it later).
    parent_text     TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    rhk_text        TEXT    NOT NULL,
    indicator_text  TEXT    NOT NULL,
    target_value    REAL    NOT NULL,
    target_unit     TEXT    NOT NULL,
    aspek           TEXT    NOT NULL,
    arah            TEXT    NOT NULL,
    -- proposed | accepted | changed | declined (domain::roles::ProposalStatus)
    status          TEXT    NOT NULL,
    -- changed: the target the person accepted it with instead
    answer_value    REAL    NULL,
    answer_unit     TEXT    NULL,
    -- declined: the person's note
    note            TEXT    NULL,
    -- The RHK it became in the person's working copy, once accepted.
    rhk_id          INTEGER NULL,
    created_at      INTEGER NOT NULL,
    answered_at     INTEGER NULL,
    UNIQUE (share_id, nip)
);
CREATE INDEX rhk_proposals_person ON rhk_proposals (nip, year, status);
CREATE INDEX rhk_proposals_supervisor ON rhk_proposals (supervisor_nip, year);

-- A plan template for a position (jabatan), optionally only in one unit.
CREATE TABLE plan_templates (
    id           INTEGER PRIMARY KEY,
    jabatan      TEXT    NOT NULL,
    -- The position and unit as matched: trimmed, lowercase, single spaces; unit '' for
    -- every unit.
    jabatan_key  TEXT    NOT NULL,
    unit_kerja   TEXT    NULL,
    unit_key     TEXT    NOT NULL,
    -- serde JSON of domain::plan::PlanContent (ids are positions; no links upward)
    content      TEXT    NOT NULL,
    -- Where it came from: import | plan:<nip>:<year>:<version>
    source       TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (jabatan_key, unit_key)
);

-- Where an RHK of a working copy came from, as it was proposed: what "unchanged from the
-- proposal" is measured against. Kept when the RHK is deleted (the difference shows).
CREATE TABLE rhk_origins (
    rhk_id     INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plans (id),
    -- proposal | template
    source     TEXT    NOT NULL,
    source_id  INTEGER NOT NULL,
    -- serde JSON of domain::plan::Rhk as proposed, with the ids it was saved under
    content    TEXT    NOT NULL
);
CREATE INDEX rhk_origins_plan ON rhk_origins (plan_id);

-- The plans a supervisor was shown under "approve all that match", each with the version
-- shown: the confirmation approves those versions and no other.
CREATE TABLE approval_batches (
    id          INTEGER PRIMARY KEY,
    nip         TEXT    NOT NULL,
    -- serde JSON [[plan_id, version], ...]
    plans       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    used_at     INTEGER NULL
);
