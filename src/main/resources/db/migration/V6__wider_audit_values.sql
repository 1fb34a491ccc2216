-- A value's note (2,000 characters) and source (500) together with the figure did not fit in 2,000 characters.
ALTER TABLE audit_entry ALTER COLUMN before_value SET DATA TYPE VARCHAR(8000);
ALTER TABLE audit_entry ALTER COLUMN after_value SET DATA TYPE VARCHAR(8000);
