-- A queued notice is stored as catalogue keys with their arguments (crate::domain::text::
-- Notice as JSON), rendered in the recipient's language when it is sent. Rows queued
-- before keep their rendered text and keyboard; new rows leave those empty.
ALTER TABLE notices ADD COLUMN message TEXT NULL;
