-- A file HR attaches on the command line (`kinerja announce --attach FILE`), which Telegram
-- does not have yet. Its bytes are kept in the database, not in a folder: the bot that
-- sends may run on another machine than the command (several processes on one PostgreSQL),
-- and the row survives a restart like the outbox it belongs to. The announcement's
-- attachment_kind is set when it is written and its attachment_file_id stays NULL until
-- the first delivery has uploaded the file; every other delivery then sends that file_id.
--
-- uploading_until is the upload's lease: the one sender that set it uploads, the others
-- wait for the file_id (a sender that died mid-upload frees the lease when it expires).
-- The bytes stay after the upload: there are few such files, and the record stays whole.
CREATE TABLE announcement_files (
    announcement_id  INTEGER PRIMARY KEY REFERENCES announcements (id),
    file_name        TEXT    NOT NULL,
    content          BLOB    NOT NULL,
    uploading_until  INTEGER NULL
);
