WITH oracle_failure_patterns AS (
SELECT
EXTRACT(DOW FROM reported_timestamp) as day_of_week,
EXTRACT(HOUR FROM reported_timestamp) as hour_of_day,
(network_conditions->>'gas_price_gwei')::NUMERIC as gas_price,
COUNT(*) as failure_count,
AVG((price_context->>'peg_deviation_bps')::NUMERIC) as avg_deviation
FROM stablecoin_issues
WHERE issue_type = 'oracle_failure'
AND reported_timestamp > NOW() - INTERVAL '90 days'
GROUP BY day_of_week, hour_of_day, gas_price
HAVING COUNT(*) > 5
)
SELECT * FROM oracle_failure_patterns
ORDER BY failure_count DESC;
