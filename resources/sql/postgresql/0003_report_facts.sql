-- Schema version 3 on PostgreSQL (migrations/0003_report_facts.sql): what the annual report counts, kept
-- on the events. facts: honorary = 1; ordinary: ethnic minority in bit 21, religious in bit 42.
ALTER TABLE member_events ADD COLUMN facts BIGINT NOT NULL DEFAULT -1;
ALTER TABLE member_events ADD COLUMN party_since TEXT COLLATE "C";

CREATE FUNCTION hv_member_facts(m members) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN m.member_type = 'honorary' THEN 1::bigint
                ELSE (CASE WHEN m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55') THEN 1::bigint << 21 ELSE 0 END)
                   | (CASE WHEN m.religion IS NOT NULL AND m.religion <> '00' THEN 1::bigint << 42 ELSE 0 END) END
$$;
CREATE FUNCTION hv_member_party_since(m members) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN m.member_type = 'ordinary' AND m.party_member = 1
                THEN coalesce(m.party_joined_on, '0000-01-01') END
$$;

UPDATE member_events e SET facts = hv_member_facts(m), party_since = hv_member_party_since(m)
FROM members m WHERE m.id = e.member_id;

-- SECURITY DEFINER: the trigger reads the member whatever the row policies of the officer (0006).
CREATE FUNCTION hv_event_facts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.facts < 0 THEN
        SELECT hv_member_facts(m), hv_member_party_since(m) INTO NEW.facts, NEW.party_since
        FROM members m WHERE m.id = NEW.member_id;
        NEW.facts := coalesce(NEW.facts, 0);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER member_events_facts BEFORE INSERT ON member_events FOR EACH ROW EXECUTE FUNCTION hv_event_facts();

CREATE FUNCTION hv_members_facts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE member_events SET facts = hv_member_facts(NEW), party_since = hv_member_party_since(NEW)
    WHERE member_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER members_facts AFTER UPDATE OF member_type, ethnicity, religion, party_member, party_joined_on ON members
    FOR EACH ROW EXECUTE FUNCTION hv_members_facts();

DROP INDEX IF EXISTS member_events_unit_active;
CREATE INDEX member_events_unit_active ON member_events(unit_id, valid_until, date, member_id, facts, party_since)
    WHERE status = 'active';
