-- Schema version 5: undoing an import as a whole (BatchRepository::undo).
--
-- Members and events an import created carry its batch_id already; units it created (--create-units)
-- now do too. Members it updated (--on-duplicate update) are copied here first, as they were, so that
-- undo can put them back. The copy has the columns of members, in the same order, after undo_batch_id:
-- a later migration that adds a column to members adds it here too.
ALTER TABLE import_batches ADD COLUMN undone_at TEXT;
ALTER TABLE units ADD COLUMN batch_id INTEGER REFERENCES import_batches(id);
CREATE TABLE batch_member_before AS SELECT 0 AS undo_batch_id, * FROM members WHERE 0;
CREATE UNIQUE INDEX batch_member_before_key ON batch_member_before(undo_batch_id, id);
