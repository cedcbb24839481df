-- Schema version 1: settings, the organisation tree, members with their movement history,
-- positions, population and targets. Dates are ISO text (YYYY-MM-DD) so they compare as text.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    name_fold      TEXT NOT NULL,
    level          TEXT NOT NULL CHECK (level IN ('central','province','district','commune','chapter','group')),
    parent_id      INTEGER REFERENCES units(id),
    valid_from     TEXT,
    valid_to       TEXT,
    decision_no    TEXT NOT NULL DEFAULT '',
    merged_into_id INTEGER REFERENCES units(id),
    sort_key       BLOB NOT NULL
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0
);

-- One row per person. Everything that changes over time (status, chapter, position) lives in
-- member_events and member_positions, so the register of any past date can be rebuilt.
CREATE TABLE members (
    id                  INTEGER PRIMARY KEY,
    full_name           TEXT NOT NULL,
    name_fold           TEXT NOT NULL,
    sort_key            BLOB NOT NULL,
    birth_date          TEXT,
    birth_year          INTEGER,
    sex                 TEXT NOT NULL DEFAULT 'F' CHECK (sex IN ('F','M')),
    citizen_id          TEXT,
    citizen_id_override TEXT,
    ethnicity           TEXT,
    religion            TEXT,
    education           TEXT,
    professional        TEXT,
    political_theory    TEXT,
    occupation          TEXT,
    party_member        INTEGER NOT NULL DEFAULT 0,
    party_joined_on     TEXT,
    party_official_on   TEXT,
    address             TEXT,
    phone               TEXT,
    member_type         TEXT NOT NULL DEFAULT 'ordinary' CHECK (member_type IN ('ordinary','honorary')),
    joined_on           TEXT,
    admission_decision  TEXT,
    join_kind           TEXT NOT NULL DEFAULT 'admitted' CHECK (join_kind IN ('admitted','transferred_in')),
    card_no             TEXT,
    card_issued_on      TEXT,
    core_member         INTEGER NOT NULL DEFAULT 0,
    household           TEXT,
    notes               TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    batch_id            INTEGER REFERENCES import_batches(id)
);
CREATE UNIQUE INDEX members_citizen_id ON members(citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX members_sort ON members(sort_key);
CREATE INDEX members_dup ON members(name_fold, birth_year);

-- Each event records the standing it leaves the member in (status, unit) and, derived from the chain,
-- the unit before it and the date of the next event (valid_until), so "who was active where on date D"
-- is one range scan: date <= D < valid_until.
CREATE TABLE member_events (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('admitted','transferred_in','moved','transferred_out',
                                               'withdrew','removed','died','restored')),
    date         TEXT NOT NULL,
    seq          INTEGER NOT NULL DEFAULT 0,
    unit_id      INTEGER REFERENCES units(id),
    from_unit_id INTEGER REFERENCES units(id),
    status       TEXT NOT NULL CHECK (status IN ('active','transferred_out','withdrew','removed','died')),
    valid_until  TEXT NOT NULL DEFAULT '9999-12-31',
    decision_no  TEXT,
    notes        TEXT,
    batch_id     INTEGER REFERENCES import_batches(id)
);
CREATE INDEX member_events_member ON member_events(member_id, date, seq);
CREATE INDEX member_events_date ON member_events(date);
-- Covering index for the register at a date: active rows by unit.
CREATE INDEX member_events_active ON member_events(valid_until, date, unit_id, member_id) WHERE status = 'active';

CREATE TABLE member_positions (
    id        INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    position  TEXT NOT NULL,
    title     TEXT,
    unit_id   INTEGER REFERENCES units(id),
    date_from TEXT NOT NULL,
    date_to   TEXT
);
CREATE INDEX member_positions_member ON member_positions(member_id);
CREATE INDEX member_positions_position ON member_positions(position, date_from);

CREATE TABLE population (
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    year          INTEGER NOT NULL,
    women_18_plus INTEGER NOT NULL CHECK (women_18_plus >= 0),
    basis         TEXT NOT NULL DEFAULT 'present' CHECK (basis IN ('present','eligible')),
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE targets (
    unit_id   INTEGER NOT NULL REFERENCES units(id),
    year      INTEGER NOT NULL,
    indicator TEXT NOT NULL,
    target    REAL NOT NULL,
    PRIMARY KEY (unit_id, year, indicator)
);

-- Accent-insensitive substring search over the folded name (trigram tokenizer; the folded column is
-- computed by the program because remove_diacritics does not fold đ to d).
CREATE VIRTUAL TABLE member_search USING fts5(name_fold, content='members', content_rowid='id',
                                               tokenize='trigram', detail='none');
