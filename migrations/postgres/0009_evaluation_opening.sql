-- The day a period's evaluation opens becomes HR's setting like the days it closes (issue 13):
-- until now the annual evaluation opened on 1 December by a rule in the code. NULL keeps the
-- default (the quarter's first day; 1 December for the annual evaluation), so the windows
-- HR set before this migration stay as they were. YYYY-MM-DD, WIB, inclusive.
ALTER TABLE period_windows ADD COLUMN evaluasi_from TEXT NULL;
