-- Schema version 2 on PostgreSQL (migrations/0002_register.sql): the register's index leads with the unit.
DROP INDEX IF EXISTS member_events_active;
CREATE INDEX member_events_unit_active ON member_events(unit_id, valid_until, date, member_id)
    WHERE status = 'active';
