-- The organisations' version stamp: one row, moved on in the transaction of every change to an
-- organisation or a collaboration membership. Each node keeps its snapshot of the organisation tree
-- (what the access rules walk) only while the stamp it read with it is still the current one, so a
-- change made on one node is decided on by every other node at once.
CREATE TABLE organisation_version (
    id      INT    PRIMARY KEY,
    version BIGINT NOT NULL
);

INSERT INTO organisation_version (id, version) VALUES (1, 0);
