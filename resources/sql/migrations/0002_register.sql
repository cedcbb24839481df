-- Schema version 2: the member register of a unit at a date (RegisterRepository).
--
-- The register of one commune or chapter starts from the events that make members active there, so the
-- unit leads the index: a chapter of 300 members among 1,000,000 is 300 index entries, read in under a
-- millisecond. It replaces member_events_active (valid_until first), which could only be scanned whole:
-- scans over every unit (the annual report, the count of the whole register) read the new index as fast,
-- and the database does not grow (ARCHITECTURE.md: under 600 bytes per member).
DROP INDEX IF EXISTS member_events_active;
CREATE INDEX member_events_unit_active ON member_events(unit_id, valid_until, date, member_id)
    WHERE status = 'active';
