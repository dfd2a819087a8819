-- The official forms (Rencana SKP, Evaluasi Kinerja, Dokumen Evaluasi Kinerja).
--
-- The roster may carry what the forms need beyond the chat: the pangkat/golongan, and who
-- heads each unit (the Atasan Pejabat Penilai when the supervisor has no supervisor).
ALTER TABLE employees ADD COLUMN pangkat_golongan TEXT NULL;
ALTER TABLE employees ADD COLUMN kepala_unit INTEGER NOT NULL DEFAULT 0;

-- Every document handed out, by its verification code. The code is derived from the hash
-- of the document's content, so the same content is the same code (asking twice for an
-- approved plan's PDF gives the same document) and a changed one gets a new code. A
-- document is replaced when a newer one of the same kind, person and subject exists.
CREATE TABLE documents (
    code          TEXT    PRIMARY KEY,
    kind          TEXT    NOT NULL,
    nip           TEXT    NOT NULL REFERENCES employees (nip),
    -- What it is the document of: "2027" (a plan's year) or a period key ("2026-IV").
    subject       TEXT    NOT NULL,
    -- The plan version it shows (rencana), 0 for a draft; the evaluation's id otherwise.
    version       INTEGER NOT NULL,
    content_hash  TEXT    NOT NULL,
    issued_at     INTEGER NOT NULL
);
CREATE INDEX documents_subject ON documents (kind, nip, subject, issued_at);
