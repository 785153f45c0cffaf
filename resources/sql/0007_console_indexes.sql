-- The console's report tables ask for the newest reports first (ORDER BY reported_timestamp DESC
-- NULLS LAST, id LIMIT n). With only the BRIN index PostgreSQL sorted every row of the window to
-- find them: ~22 s at a million reports while the analysis loaded. A btree in that exact order
-- answers with an index scan that stops after n rows.
CREATE INDEX stablecoin_issues_newest ON stablecoin_issues (reported_timestamp DESC NULLS LAST, id);
-- Open critical reports (Operations), newest first: the same order over the open ones only.
CREATE INDEX stablecoin_issues_open_newest ON stablecoin_issues (reported_timestamp DESC NULLS LAST, id)
    WHERE resolved_timestamp IS NULL AND severity_level >= 4;
