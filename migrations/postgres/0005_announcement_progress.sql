-- The self-updating progress message HR sees for an announcement composed in the chat:
-- where it is, and when delivery finished (then the final summary was written).
ALTER TABLE announcements ADD COLUMN progress_chat_id BIGINT NULL;
ALTER TABLE announcements ADD COLUMN progress_message_id BIGINT NULL;
ALTER TABLE announcements ADD COLUMN progress_updated_at BIGINT NULL;
ALTER TABLE announcements ADD COLUMN finished_at BIGINT NULL;
