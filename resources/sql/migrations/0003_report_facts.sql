-- Schema version 3: what the annual report counts, kept on the events themselves.
--
-- The report counts, per unit and cut-off date, the active members and among them the honorary members,
-- ethnic minorities, the religious and party members. Joining every active event to its member row
-- read the whole members table at random (3 s on 1,000,000 members); with these two columns the report
-- reads only the covering index member_events_unit_active, in unit order (0.3 s a cut-off).
--
-- facts packs, for an ordinary member, ethnic minority (bit 21) and religious (bit 42) so that one
-- sum() per unit gives both counts (21 bits a count: up to 2,097,151 members in one unit); an honorary
-- member is 1 (counted apart, nothing else counted). party_since is the date she joined the party
-- ('0000-01-01' when unknown), NULL for a member who is not in the party or is honorary.
-- -1 means "not worked out yet": the trigger below fills it from the member on insert, so every path
-- that writes events (forms, imports, merges and splits) keeps it right; the bulk loader writes it
-- itself. Kinh (01) and foreigners (55) are not ethnic minorities; unknown ethnicity counts as neither.
ALTER TABLE member_events ADD COLUMN facts INTEGER NOT NULL DEFAULT -1;
ALTER TABLE member_events ADD COLUMN party_since TEXT;

UPDATE member_events SET
    facts = (SELECT CASE WHEN m.member_type = 'honorary' THEN 1
                         ELSE ((m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55')) << 21)
                            | ((m.religion IS NOT NULL AND m.religion <> '00') << 42) END
             FROM members m WHERE m.id = member_events.member_id),
    party_since = (SELECT CASE WHEN m.member_type = 'ordinary' AND m.party_member = 1
                               THEN coalesce(m.party_joined_on, '0000-01-01') END
                   FROM members m WHERE m.id = member_events.member_id);

CREATE TRIGGER member_events_facts AFTER INSERT ON member_events WHEN NEW.facts < 0
BEGIN
    UPDATE member_events SET
        facts = (SELECT CASE WHEN m.member_type = 'honorary' THEN 1
                             ELSE ((m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55')) << 21)
                                | ((m.religion IS NOT NULL AND m.religion <> '00') << 42) END
                 FROM members m WHERE m.id = NEW.member_id),
        party_since = (SELECT CASE WHEN m.member_type = 'ordinary' AND m.party_member = 1
                                   THEN coalesce(m.party_joined_on, '0000-01-01') END
                       FROM members m WHERE m.id = NEW.member_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER members_facts AFTER UPDATE OF member_type, ethnicity, religion, party_member, party_joined_on ON members
BEGIN
    UPDATE member_events SET
        facts = CASE WHEN NEW.member_type = 'honorary' THEN 1
                     ELSE ((NEW.ethnicity IS NOT NULL AND NEW.ethnicity NOT IN ('01', '55')) << 21)
                        | ((NEW.religion IS NOT NULL AND NEW.religion <> '00') << 42) END,
        party_since = CASE WHEN NEW.member_type = 'ordinary' AND NEW.party_member = 1
                           THEN coalesce(NEW.party_joined_on, '0000-01-01') END
    WHERE member_id = NEW.id;
END;

DROP INDEX IF EXISTS member_events_unit_active;
CREATE INDEX member_events_unit_active ON member_events(unit_id, valid_until, date, member_id, facts, party_since)
    WHERE status = 'active';
