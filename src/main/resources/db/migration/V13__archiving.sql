-- Archiving (計画の編集): a plan, a node of its tree, a program or a KPI that has a history (values, milestones,
-- revisions, collection steps, audit entries other than its creation) is never deleted when a planner removes it:
-- it is archived. An archived row is left out of the current plan (its tree, KPI lists, grading, collection, the
-- API's lists; an archived plan out of the lists of plans) but is still found by its id, for the history, the
-- audit trail and the editions that contain it. Who archived it and when is kept with it.

ALTER TABLE plan ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan ADD COLUMN archived_by VARCHAR(100);

ALTER TABLE plan_node ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan_node ADD COLUMN archived_by VARCHAR(100);

ALTER TABLE program ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE program ADD COLUMN archived_by VARCHAR(100);

ALTER TABLE kpi ADD COLUMN archived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kpi ADD COLUMN archived_by VARCHAR(100);

CREATE INDEX kpi_listing_kpi ON kpi_listing (kpi_id);
CREATE INDEX plan_node_parent ON plan_node (parent_id);
