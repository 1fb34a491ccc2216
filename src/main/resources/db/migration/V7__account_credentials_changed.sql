-- When an account's password was last changed or the account disabled: sessions signed in before it end.
ALTER TABLE account ADD COLUMN credentials_changed_at TIMESTAMP WITH TIME ZONE;
