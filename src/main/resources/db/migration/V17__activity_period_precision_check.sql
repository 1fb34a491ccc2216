-- V15 wrote the check on activity_period.precision as IN ('DAY', 'MONTH'). H2 evaluates a constant IN list in a
-- check constraint through the session that created it; once the pool retires that connection, inserting a period
-- fails with "Check constraint invalid … database has been closed". The same rule written with OR has no such tie,
-- and reads the same on PostgreSQL.
ALTER TABLE activity_period DROP CONSTRAINT activity_period_precision;
ALTER TABLE activity_period ADD CONSTRAINT activity_period_precision CHECK (precision = 'DAY' OR precision = 'MONTH');
