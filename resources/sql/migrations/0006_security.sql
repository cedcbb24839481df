-- Schema version 6: officers' accounts, the audit log, and erasure of a member's personal data.
--
-- accounts: no row = a single-user install, everything open; once an account exists every session
-- signs in. unit_id is the root of the subtree the account may read and write (NULL = the whole tree).
-- password_hash is libsodium's crypto_pwhash_str (argon2id, salt and cost inside the string).
-- failed_count / last_failed_at slow down password guessing: each further failure doubles the wait.
CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin','officer','viewer')),
    unit_id        INTEGER REFERENCES units(id),
    created_at     TEXT NOT NULL,
    failed_count   INTEGER NOT NULL DEFAULT 0,
    last_failed_at TEXT
);

-- Append-only, tamper-evident: hash = SHA-256(prev_hash || the entry's fields || detail_hash), hex.
-- detail (JSON: before/after of a change, what an export held) is covered through detail_hash, so that
-- erasing a member can blank the personal values her entries hold ('{"redacted":true}') while the chain
-- still verifies; nothing else of a row can change, and no row can be deleted.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    member_id   INTEGER,
    detail      TEXT NOT NULL,
    detail_hash TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_member ON audit_log(member_id) WHERE member_id IS NOT NULL;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_name IS NOT OLD.user_name
  OR NEW.action IS NOT OLD.action OR NEW.target IS NOT OLD.target OR NEW.member_id IS NOT OLD.member_id
  OR NEW.detail_hash IS NOT OLD.detail_hash OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
  OR NEW.detail <> '{"redacted":true}'
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The date a member's personal data was erased on her request (NULL: not erased).
ALTER TABLE members ADD COLUMN erased_on TEXT;
-- batch_member_before copies members row for row (SELECT :batch, * FROM members): same columns.
ALTER TABLE batch_member_before ADD COLUMN erased_on TEXT;
