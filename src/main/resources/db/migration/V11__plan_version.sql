-- Each plan's version stamp: moved on in the transaction of every change to what the plan's pages show
-- (its tree, KPIs, values, milestones, revisions, scheme, analysis, collections), just before the
-- transaction commits. A node keeps a rendered public page only while the stamp it read before rendering
-- is still the current one, so a change committed on any node is shown by every node at once. A plan
-- without a row here is never kept.
CREATE TABLE plan_version (
    plan_id BIGINT PRIMARY KEY REFERENCES plan (id),
    version BIGINT NOT NULL
);

INSERT INTO plan_version (plan_id, version) SELECT id, 1 FROM plan;

-- The list of plans' stamp: one row, moved on (after the plans' own stamps) in the transaction of every change to
-- a plan's own row (added, renamed, its period or levels), which is all the list of plans shows of a plan.
CREATE TABLE plan_list_version (
    id      INT    PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO plan_list_version (id, version) VALUES (1, 0);
