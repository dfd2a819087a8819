-- Umpan balik berkelanjutan per indicator: a supervisor's comment may be about one
-- indicator of the approved plan (the Evaluasi Kinerja prints it beside that indicator);
-- NULL is a comment on the whole period, as before.
ALTER TABLE feedback_messages ADD COLUMN indicator_id BIGINT NULL;
