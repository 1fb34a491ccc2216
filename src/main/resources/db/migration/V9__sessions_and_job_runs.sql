-- Several application nodes on one database (issue 11).

-- Sessions, shared by every node (Spring Session JDBC 4.1; its own schema script is not run:
-- spring.session.jdbc.initialize-schema=never). The same tables as its schema-postgresql.sql, in lower case;
-- BYTEA is BINARY VARYING on H2.
CREATE TABLE spring_session (
    primary_id             CHAR(36)     NOT NULL,
    session_id             CHAR(36)     NOT NULL,
    creation_time          BIGINT       NOT NULL,
    last_access_time       BIGINT       NOT NULL,
    max_inactive_interval  INT          NOT NULL,
    expiry_time            BIGINT       NOT NULL,
    principal_name         VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id  CHAR(36)     NOT NULL,
    attribute_name      VARCHAR(200) NOT NULL,
    attribute_bytes     BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- One row per run of a scheduled job and slot (e.g. the reminders of one collection on 2026-12-01): the node whose
-- INSERT succeeds does the run in the same transaction, the others find the primary key taken and skip it.
CREATE TABLE job_run (
    job         VARCHAR(100) NOT NULL,
    slot        VARCHAR(100) NOT NULL,
    node        VARCHAR(200) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_run_pk PRIMARY KEY (job, slot)
);
