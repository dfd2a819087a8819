-- The daily log in the shape of e-Kinerja's Progres Harian: start and end time (`HH:MM`,
-- WIB, as text like `day`, so both backends compare them the same way), a whole-number
-- result with its unit, and evidence that may be a link or a named document besides the
-- photo/document file id kept since 0003. `text` stays the activity (Kegiatan Harian).
-- Every new column is NULL for the entries written before: they still show and export,
-- with empty cells.
ALTER TABLE daily_logs ADD COLUMN start_time TEXT NULL;
ALTER TABLE daily_logs ADD COLUMN end_time TEXT NULL;
ALTER TABLE daily_logs ADD COLUMN result_value INTEGER NULL;
ALTER TABLE daily_logs ADD COLUMN result_unit TEXT NULL;
ALTER TABLE daily_logs ADD COLUMN link TEXT NULL;
-- The document's file name, for the export's Bukti Dukung.
ALTER TABLE daily_logs ADD COLUMN file_name TEXT NULL;
-- The week list and the month export read one person's days.
CREATE INDEX daily_logs_nip_day ON daily_logs (nip, day);
