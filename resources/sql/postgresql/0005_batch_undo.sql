-- Schema version 5 on PostgreSQL (migrations/0005_batch_undo.sql): undoing an import as a whole.
ALTER TABLE import_batches ADD COLUMN undone_at TEXT COLLATE "C";
ALTER TABLE units ADD COLUMN batch_id BIGINT REFERENCES import_batches(id);
CREATE TABLE batch_member_before AS SELECT 0::bigint AS undo_batch_id, * FROM members WHERE false;
CREATE UNIQUE INDEX batch_member_before_key ON batch_member_before(undo_batch_id, id);
