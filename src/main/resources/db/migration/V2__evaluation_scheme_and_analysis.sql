-- A plan chooses its evaluation scheme; a planner's edited analysis (分析・対応方向) is kept per plan and year.
ALTER TABLE plan ADD COLUMN scheme VARCHAR(200) DEFAULT 'ratio' NOT NULL;

CREATE TABLE plan_analysis (
    plan_id     BIGINT         NOT NULL REFERENCES plan (id),
    fiscal_year INT            NOT NULL,
    text        VARCHAR(20000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    PRIMARY KEY (plan_id, fiscal_year)
);
