-- Schema version 4: the year's work (trainings, awards, activities) and the rating of units on a
-- versioned scorecard (DOMAIN.md "The year's work", "Rating and ranking"). Targets stay in `targets`.

-- A class (lớp tập huấn, bồi dưỡng) organised by a unit. attendees is the number entered when only the
-- number is known; NULL means "count the participants listed".
CREATE TABLE trainings (
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    title       TEXT NOT NULL,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    level       TEXT NOT NULL DEFAULT '',
    date_from   TEXT NOT NULL,
    date_to     TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    topic       TEXT NOT NULL DEFAULT '',
    attendees   INTEGER CHECK (attendees >= 0),
    notes       TEXT NOT NULL DEFAULT '',
    batch_id    INTEGER REFERENCES import_batches(id)
);
CREATE INDEX trainings_year_unit ON trainings(year, unit_id);

-- A participant is a member of the register (member_id), an officer or an outside person (by name).
CREATE TABLE training_participants (
    id          INTEGER PRIMARY KEY,
    training_id INTEGER NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('member','officer','outside')),
    member_id   INTEGER REFERENCES members(id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'member') = (member_id IS NOT NULL))
);
CREATE INDEX training_participants_training ON training_participants(training_id);
CREATE INDEX training_participants_member ON training_participants(member_id) WHERE member_id IS NOT NULL;

-- An award (khen thưởng) of an emulation year. unit_id is the unit it counts in: the unit itself for a
-- collective award, the member's unit on the decision date for an individual one.
CREATE TABLE awards (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,
    form          TEXT NOT NULL CHECK (form IN ('flag','merit','certificate','medal','title')),
    title         TEXT NOT NULL DEFAULT '',
    issuer_level  TEXT NOT NULL CHECK (issuer_level IN ('central','province','district','commune','committee','other')),
    decision_no   TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    reason        TEXT NOT NULL DEFAULT '',
    member_id     INTEGER REFERENCES members(id) ON DELETE CASCADE,
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    status        TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('proposed','approved','refused')),
    batch_id      INTEGER REFERENCES import_batches(id)
);
CREATE INDEX awards_year_unit ON awards(year, unit_id);
CREATE INDEX awards_member ON awards(member_id) WHERE member_id IS NOT NULL;

-- Clubs and models, sessions (supervision, critique, dialogue, mediation, draft-law comments,
-- communication), support given, works and projects, and households meeting the "5 không 3 sạch" /
-- "5 có 3 sạch" criteria: one small record per unit and date, entered in a grid.
CREATE TABLE activities (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    year       INTEGER NOT NULL,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    count      INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
    amount     INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    founded_on TEXT,
    notes      TEXT NOT NULL DEFAULT '',
    batch_id   INTEGER REFERENCES import_batches(id)
);
CREATE INDEX activities_year_unit ON activities(year, unit_id, kind);

CREATE TABLE activity_members (
    activity_id INTEGER NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, member_id)
);

-- The scorecard of a year and level. An edit adds a version; a rating keeps the version it was
-- computed with.
CREATE TABLE scorecards (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('commune','chapter')),
    version    INTEGER NOT NULL,
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    UNIQUE (year, level, version)
);

-- A unit's rating of a year: the computed score and grade with the card they come from, and the grades
-- of the procedure (self-assessed, proposed, approved with its decision).
CREATE TABLE ratings (
    unit_id        INTEGER NOT NULL REFERENCES units(id),
    year           INTEGER NOT NULL,
    scorecard_id   INTEGER REFERENCES scorecards(id),
    details        TEXT NOT NULL DEFAULT '',
    score          REAL,
    grade          TEXT NOT NULL DEFAULT '',
    self_grade     TEXT NOT NULL DEFAULT '',
    proposed_grade TEXT NOT NULL DEFAULT '',
    approved_grade TEXT NOT NULL DEFAULT '',
    decision_no    TEXT NOT NULL DEFAULT '',
    decision_date  TEXT,
    computed_at    TEXT,
    PRIMARY KEY (unit_id, year)
);

-- Points of one criterion set by hand, with the reason.
CREATE TABLE rating_overrides (
    unit_id   INTEGER NOT NULL REFERENCES units(id),
    year      INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    points    REAL NOT NULL CHECK (points >= 0),
    reason    TEXT NOT NULL CHECK (reason <> ''),
    PRIMARY KEY (unit_id, year, criterion)
);
