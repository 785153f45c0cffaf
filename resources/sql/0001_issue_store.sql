-- The customer's table, column for column (names and types as in their article, so their SQL runs
-- unchanged), followed by the columns Pegboard adds.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE stablecoin_issues (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    issue_type VARCHAR(50) NOT NULL,
    severity_level INTEGER NOT NULL,
    reported_timestamp TIMESTAMP WITH TIME ZONE,
    resolved_timestamp TIMESTAMP WITH TIME ZONE,
    network_conditions JSONB,
    price_context JSONB,
    protocol_state JSONB,
    estimated_loss_usd DECIMAL(15,2),
    actual_loss_usd DECIMAL(15,2),
    resolution_category VARCHAR(50),
    prevention_implemented BOOLEAN DEFAULT FALSE,
    related_tx_hashes TEXT[],
    affected_contracts TEXT[],
    reporter_address VARCHAR(42),

    source TEXT NOT NULL DEFAULT 'manual',
    external_id TEXT NOT NULL DEFAULT gen_random_uuid()::text,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    protocol TEXT,
    symbol TEXT,
    cluster_id BIGINT,
    acknowledged_by TEXT,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),

    CONSTRAINT stablecoin_issues_severity_range CHECK (severity_level BETWEEN 1 AND 5),
    CONSTRAINT stablecoin_issues_source_external_id UNIQUE (source, external_id)
);

-- Time-window scans (every perspective is a window) and type-within-window (the article's query).
CREATE INDEX stablecoin_issues_reported ON stablecoin_issues USING brin (reported_timestamp)
    WITH (pages_per_range = 32);
CREATE INDEX stablecoin_issues_type_reported ON stablecoin_issues (issue_type, reported_timestamp);
CREATE INDEX stablecoin_issues_open ON stablecoin_issues (severity_level, reported_timestamp)
    WHERE resolved_timestamp IS NULL;
CREATE INDEX stablecoin_issues_cluster ON stablecoin_issues (cluster_id) WHERE cluster_id IS NOT NULL;
-- Free-text search from the filter bar; titles carry what a human searches for.
CREATE INDEX stablecoin_issues_title_trgm ON stablecoin_issues USING gin (title gin_trgm_ops);

-- Recorded feed history for charts, replay and the predictor's training features.
CREATE TABLE feed_samples (
    series TEXT NOT NULL,
    ts TIMESTAMP WITH TIME ZONE NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    stale BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (series, ts)
);

CREATE TABLE annotations (
    id BIGSERIAL PRIMARY KEY,
    issue_id UUID NOT NULL REFERENCES stablecoin_issues (id),
    author TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    body TEXT NOT NULL
);
CREATE INDEX annotations_issue ON annotations (issue_id, created_at);

-- One statement-level notification per insert batch, not one per row: a 10,000-row burst must not
-- become 10,000 notifications for every console listening.
CREATE FUNCTION pegboard_notify_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n BIGINT;
    first_at TIMESTAMPTZ;
    last_at TIMESTAMPTZ;
BEGIN
    SELECT count(*), min(reported_timestamp), max(reported_timestamp) INTO n, first_at, last_at FROM inserted;
    IF n > 0 THEN
        PERFORM pg_notify('pegboard_issues', json_build_object(
            'event', 'inserted', 'count', n, 'from', first_at, 'to', last_at)::text);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER stablecoin_issues_notify_inserted
    AFTER INSERT ON stablecoin_issues REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION pegboard_notify_inserted();
