CREATE TABLE stablecoin_issues (
id UUID PRIMARY KEY,
issue_type VARCHAR(50) NOT NULL, -- peg_deviation, oracle_failure, etc.
severity_level INTEGER NOT NULL, -- 1-5 with financial impact weights
reported_timestamp TIMESTAMP WITH TIME ZONE,
resolved_timestamp TIMESTAMP WITH TIME ZONE,
-- Crypto-specific context that traditional systems miss
network_conditions JSONB, -- gas prices, congestion, MEV activity
price_context JSONB, -- peg deviation %, market volatility
protocol_state JSONB, -- reserves, collateral ratios, oracle prices
-- Financial impact tracking
estimated_loss_usd DECIMAL(15,2),
actual_loss_usd DECIMAL(15,2),
-- Resolution tracking
resolution_category VARCHAR(50),
prevention_implemented BOOLEAN DEFAULT FALSE,
-- Relationships
related_tx_hashes TEXT[],
affected_contracts TEXT[],
reporter_address VARCHAR(42)
);
