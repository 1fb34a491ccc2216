-- What a sheet was evaluated on (issue 14 review): when its first stage is completed the sheet keeps the 寄附金
-- figure (the donations designated to the program then, in the sheet's unit) and the installation's average
-- personnel cost in force (amount + unit; none when the administrator had set none), so that a donation recorded
-- or a personnel cost changed later does not change a sheet already evaluated. NULL frozen_at: not frozen yet,
-- the live figures apply. Money is NUMERIC(24,6) with the scale it was written with, as donation_budget keeps it.
ALTER TABLE evaluation_sheet ADD COLUMN frozen_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_sheet ADD COLUMN frozen_donations NUMERIC(24, 6);
ALTER TABLE evaluation_sheet ADD COLUMN frozen_donations_scale SMALLINT;
ALTER TABLE evaluation_sheet ADD COLUMN frozen_personnel_cost NUMERIC(24, 6);
ALTER TABLE evaluation_sheet ADD COLUMN frozen_personnel_cost_scale SMALLINT;
ALTER TABLE evaluation_sheet ADD COLUMN frozen_personnel_cost_unit VARCHAR(20);
