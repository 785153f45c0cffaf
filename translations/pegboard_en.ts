<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisReport</name>
    <message>
        <source>No recorded oracle feed to train on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Analyse a window of reports (analyze --db URL [--from T] [--to T] [--model FILE [--retrain]] [--json])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batcher</name>
    <message>
        <source>Report set aside in rejected.log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unreachable, reports stay in the spool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store write failed, will retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <source>Load cancelled after %1 of %2 reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>Run the webhook collector (collect --db URL --listen HOST:PORT --spool DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets come from PEGBOARD_GITHUB_WEBHOOK_SECRET, PEGBOARD_SLACK_SIGNING_SECRET, PEGBOARD_DATADOG_TOKEN, PEGBOARD_INGEST_TOKEN, PEGBOARD_DISCORD_TOKEN or the config file, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the durable spool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON config file (secrets, type mapping, batching).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db (or PEGBOARD_DB) and --spool are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no secrets configured; every webhook will be refused with 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1:%2, spool %3, store %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC websocket(s), &apos;ws://a|ws://fallback&apos;, watched for the AnswerUpdated logs of the config file&apos;s &quot;oracles&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-chain source needs both --chain-rpc and &quot;oracles&quot; in the config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n oracle(s) on %1</source>
        <translation>
            <numerusform>Watching %n oracle on %1</numerusform>
            <numerusform>Watching %n oracles on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorConfig</name>
    <message>
        <source>cannot read the config file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracles must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chain-rpc expects ws:// or wss:// URLs, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chain-rpc needs at least one URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Gas price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEV activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle staleness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatadogNormalizer</name>
    <message>
        <source>field &apos;date&apos; must be epoch milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datadog recovery of alert %1 is not a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Apply or inspect schema migrations (db migrate|status --db URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action; use &apos;migrate&apos; or &apos;status&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1; this Pegboard knows up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema is up to date at version %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migrated from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscordNormalizer</name>
    <message>
        <source>Discord dispatch &apos;%1&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord message %1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedAdapter</name>
    <message>
        <source>%1 = %2 is outside [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is older than %3 already seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedSimCommand</name>
    <message>
        <source>Serve simulated live feeds (feed-sim --listen HOST:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to serve on (port 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario seconds per wall-clock second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire format: pegboard or jsonrpc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock milliseconds between frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed must be a positive number and --format pegboard or jsonrpc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed-sim: %1 scenario, %2 format, speed %3, listening on ws://%4:%5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedSimServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>Probe a live feed (feeds probe URL --adapter NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websocket URL (ws:// or wss://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after N samples (0: run until timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report staleness after this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC: aggregator ADDRESS=SYMBOL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC: oracle answer decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticker: product id to subscribe to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pegboard feeds probe URL --adapter NAME [--count N] [--fallback URL…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a websocket URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown adapter &apos;%1&apos;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --decimals or --oracle (expected 0x…=SYMBOL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed is live again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s with %2 of %3 samples.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubNormalizer</name>
    <message>
        <source>missing X-GitHub-Event header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub event &apos;%1&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing X-GitHub-Delivery header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue.labels must be objects with a string name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub %1 action &apos;%2&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroundTruth</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestNormalizer</name>
    <message>
        <source>field &apos;%1&apos; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;title&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;severity&apos; must be an integer from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;type&apos; must be at most 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; must be at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueClassifier</name>
    <message>
        <source>type_rules must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each type rule needs a non-empty match and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default_severity must be 1–5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCodec</name>
    <message>
        <source>unknown spool record version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated spool record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueType</name>
    <message>
        <source>Peg deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrage failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidity shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-contract bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpcAdapter</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an eth_subscription notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params.result must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a block header nor a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newHeads needs hex &apos;timestamp&apos; and &apos;baseFeePerGas&apos; (pre-London blocks have no base fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log topics must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AnswerUpdated needs 3 topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AnswerUpdated answer or updatedAt is not a hex word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle answer is negative or out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenancePlanner</name>
    <message>
        <source>%1 %2–%3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forecast risk %2 (below %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historically %1 incidents per hour here vs %2 on average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OraclePredictor</name>
    <message>
        <source>Too little feed history to train on (%1 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is too short to split in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No oracle failure in the training period; nothing to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictor has not been trained or loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trained model to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a model this predictor can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows to evaluate the model on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the model to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternFinder</name>
    <message>
        <source>on %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with gas above %1 gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 reports fall %3; %4× the base rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PegboardJsonAdapter</name>
    <message>
        <source>field &apos;%1&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing string field &apos;feed&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;ts&apos; must be an ISO 8601 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timestamp &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price frame without &apos;price&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid oracle_updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;oracle_updated_at&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown feed kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frame carries no known field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>No database URL given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the credentials for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed database URL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskConfig</name>
    <message>
        <source>Each weight must lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights must add up to 1 (they add up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds must rise: oracle frequency &lt; alert &lt; emergency, within 0–10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskScore</name>
    <message>
        <source>Risk weights must sum to 1 (they sum to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bps from the peg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle last updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volatility index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collateral ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>no GitHub webhook secret is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing X-Hub-Signature-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is not a sha256= signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Slack signing secret is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing X-Slack-Request-Timestamp or X-Slack-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is outside the five-minute replay window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Slack-Signature is not a v0= signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Slack-Signature does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token is configured for this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing X-Pegboard-Token (or Authorization: Bearer) header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlackNormalizer</name>
    <message>
        <source>Slack request type &apos;%1&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack event &apos;%1&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack message subtype &apos;%1&apos; is not collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>%1 rows of the snapshot could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot was loaded with different text options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <source>cannot create the spool directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the spool journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the spool checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot size the spool journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torn or corrupt spool record at offset %1 (%2 bytes to the end) ignored: it was never acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot cut the torn spool record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spool holds %1 reports not yet in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot append to the spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fsync the spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spool record at offset %1 is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spool checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fsync the spool checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compact the spool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerAdapter</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticker without product_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticker price must be a decimal string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticker price &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticker without a valid &apos;time&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: pegboard [--db URL] [--data-dir DIR]
       pegboard &lt;command&gt; [options]

Without a command, opens the operations console. With no --db it starts its embedded default store.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --db URL        PostgreSQL URL of a shared store (or PEGBOARD_DB)
  --data-dir DIR  where the embedded store lives
  -h, --help      this help; `pegboard &lt;command&gt; --help` for a command
  -v, --version   the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded store directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pegboard: cannot use feed &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console with a generated history, a live depeg and a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo: history, a live depeg, a collector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AnalysisController</name>
    <message>
        <source>Loading reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlating conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding patterns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering root causes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasting maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the oracle predictor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AnalyzeCommand</name>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the window (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the window, exclusive (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid ISO 8601 time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model loaded from %1, trained up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model trained up to %2 and saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictor model file: tested on the window&apos;s rows after its training period if it exists, trained and saved there if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the predictor even if --model exists, and overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retrain needs --model FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model was trained, so none is saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every clustered report as issue_id,cluster_id CSV to this file (the JSON lists at most 5,000 reports per cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports, mostly %2: &quot;%3&quot;, losses %4 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle predictor (%1), tested on %2 later rows: AUC %3, precision %4, recall %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle predictor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity moves with %1 (Pearson r = %2 over %3 reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current risk: %1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ChangeListener</name>
    <message>
        <source>The database closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ClusterCorrectionController</name>
    <message>
        <source>A correction is still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different clusters to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose some, but not all, of the cluster&apos;s reports to split off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and a cluster it is not in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ClusterModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peg %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle %1 s old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peg deviation %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volatility %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h volume %1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collateral ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEV activity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract or transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident across report types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alike in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohesion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ConsoleApp</name>
    <message>
        <source>Demo: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo running: a depeg is unfolding; reports arrive through the collector at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ConsoleController</name>
    <message>
        <source>Lost the connection to the store (%1); reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resolve the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the prevention status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::DemoRunner</name>
    <message>
        <source>Starting the demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History already in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the feed simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free local port for the collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector exited (code %1); see %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the collector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collector did not answer on %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::EngineeringPerspective</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports in the filter&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two selected clusters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the selected reports off this cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected report to this cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a correction…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ExecutivePerspective</name>
    <message>
        <source>Monthly impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the store…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resolution effectiveness&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; reports resolved in view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; of resolutions came with a preventive measure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; recurred within 30 days (same type and protocol):&lt;br&gt;%4 with prevention, %5 without.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::FeedClient</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::FeedStatusModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::FilterBar</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::FindingsModel</name>
    <message>
        <source>%1: %2 of %3 reports (%4× the base rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ForecastModel</name>
    <message>
        <source>%1 UTC: forecast risk %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::GenerateCommand</name>
    <message>
        <source>Fill a store with a generated history and write its ground truth (generate --db URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates a deterministic market history (feed samples) and issue reports with planted patterns, writes them to the store, and the planted ground truth to --truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store (migrated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of reports (default 847).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1); same seed, same history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ground truth JSON to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (UTC unless an offset is given); default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see pegboard generate --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store given; use --db URL (or set PEGBOARD_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--issues must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not an ISO 8601 time such as 2026-03-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 reports in %2 planted clusters (%3 new) and %4 feed samples (%5 new) over %6 days, seed %7, in %8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the reports were already in the store (same seed); the stored ones were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground truth written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HeatmapLegend</name>
    <message>
        <source>Lift over the type&apos;s base rate. Framed and bold: significant after Benjamini–Hochberg correction. Grey: too few reports to judge. Click or press Enter to see the reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HeatmapModel</name>
    <message>
        <source>%1 of %2 issues (%3 %, 95 % CI %4–%5 %), %6× the baseline, q = %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HistoryWriter</name>
    <message>
        <source>The store&apos;s schema (version %1) is newer than this Pegboard knows (up to %2); upgrade Pegboard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no Pegboard schema yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s schema is at version %1, older than this Pegboard (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `pegboard db migrate --db %1` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of reports must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the truth file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing feed samples (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HttpConnection</name>
    <message>
        <source>request head larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked bodies are not accepted; send Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ImpactChartView</name>
    <message>
        <source>Financial impact per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial impact per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousand USD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::IssueDetailView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prevention implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context at receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions and contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a report to see its details.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 noted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related reports (same type and protocol, ±6 h)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::IssueTableModel</name>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::JsonTreeModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::LivePegPanel</name>
    <message>
        <source>Stablecoin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no price yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-min average %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-min average —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::LocalCluster</name>
    <message>
        <source>No PostgreSQL server binaries (initdb, pg_ctl) found. Install the server (apt-get install postgresql-15) or set PEGBOARD_PG_BINDIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster directory %1 is too long for a Unix socket path (at most %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root and there is no &apos;postgres&apos; user to run it as. Run Pegboard as an ordinary user, or install the postgresql package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private PostgreSQL server in %1 did not start: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::MainWindow</name>
    <message>
        <source>Pegboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in view</source>
        <translation>
            <numerusform>%n report in view</numerusform>
            <numerusform>%n reports in view</numerusform>
        </translation>
    </message>
    <message>
        <source>Store connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; the store and language apply at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n report(s) in %1 s</source>
        <translation>
            <numerusform>Analysed %n report in %1 s</numerusform>
            <numerusform>Analysed %n reports in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and recommended actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle predictor not trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster correction is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster correction #%1 saved; analysing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster correction was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::MaintenanceCalendar</name>
    <message>
        <source>Export window as .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast risk by hour (UTC); framed hours are recommended windows below 3.0:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 UTC, mean risk %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No low-risk window on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window (forecast risk %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::Migrator</name>
    <message>
        <source>The database schema is at version %1, newer than this Pegboard knows (up to %2). Upgrade Pegboard before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::OnChainSource</name>
    <message>
        <source>Refused a JSON-RPC frame (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to AnswerUpdated logs at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::OperationsPerspective</name>
    <message>
        <source>The live peg chart appears here when a feed is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::OracleWatcher</name>
    <message>
        <source>oracles[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;address&apos; must be a 0x-prefixed 20-byte hex address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;symbol&apos; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;decimals&apos; must be from 0 to 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;heartbeat_s&apos; must be positive and &apos;grace_s&apos; not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;deviation_bps&apos; and &apos;peg&apos; must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oracle answer %2 is %3 bps off its %4 peg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chainlink aggregator %1 reported %2 for %3 in round %4 (updated %5, block %6, transaction %7). The configured limit is %8 bps from the peg of %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 oracle is stale: no answer for %2 s (heartbeat %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chainlink aggregator %1 last updated %2 in round %3 (transaction %4); its heartbeat is %5 s plus %6 s grace, and no AnswerUpdated has arrived since. Consumers reading it now price %7 on an outdated answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AnswerUpdated from Chainlink aggregator %1 since the collector started watching it %2 s ago; its heartbeat is %3 s plus %4 s grace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::PegChartView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-min average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 peg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1 USD (%2 bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  5-min avg %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC
price %2 USD  (%3 bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
5-min avg %1 bps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::PredictorModelFile</name>
    <message>
        <source>The model description %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the model description %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 has no readable description %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol, horizon, training period or threshold is missing or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was trained on the features %1, this build computes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 expects %2 features per row, this build computes %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::PredictorStage</name>
    <message>
        <source>The model was trained on %1 feeds up to %2; this window has no later feed rows to test it on. Analyse a later window, or use --retrain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ResolutionTrendView</name>
    <message>
        <source>Time to resolve, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RiskPanel</name>
    <message>
        <source>Risk: waiting for feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (scored 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; no action needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure prediction: no model yet (one is trained when the analysis has recorded feeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure prediction: waiting for the gas and oracle feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure prediction paused: feeds stale for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure prediction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle %1 min stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gas unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure within %1 min: %2% — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by the trained predictor for %1; highlighted at or above its decision threshold of %2%, chosen on its training period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore</name>
    <message>
        <source>Peg stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market volatility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data; scored as moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the oracle update frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert the operations team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the emergency protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore::Config</name>
    <message>
        <source>Risk weights must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk thresholds must lie within 0–10 and rise from oracle frequency to alert to emergency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ScenarioReporter</name>
    <message>
        <source>%1 slipping off peg: %2 on Curve 3pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price alert fired: %1 has been below 0.995 for a few minutes and the pool is getting lopsided. Watching for redemptions on the issuer side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arb bot reverting on %1/USDT route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our peg-arbitrage bot had several transactions revert in a row; gas is at %1 gwei and the spread no longer covers it after slippage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depeg deepening: %2, down %3 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating. Secondary markets are quoting %1 well under a dollar and sell pressure is not letting up. Pausing new %1 collateral listings until this settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chainlink %1/USD feed stale during depeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1/USD aggregator has not published a new round for about %2 minutes while the market moved. Aave is still pricing %1 collateral at the old answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrage failing: %1 gwei gas eats the %2 spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mempool is congested and MEV searchers are front-running our rebalancing. Three bundles dropped in the last block window; arbitrage is not restoring the peg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCIDENT: %1 at %2, liquidations starting on Aave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full incident declared. %1 is trading near 0.97, collateral ratios are dropping and the first liquidations went through. War room open; all hands on the stability channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle answer 3 percent off market for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-chain answer still says about 1.00 while DEX prices are near %1. Positions are being valued on a price that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back on peg at %2, monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered. The low of this episode was %1; the oracle is publishing again and gas is coming down. Keeping the war room open for another hour before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::SettingsDialog</name>
    <message>
        <source>Pegboard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the embedded store on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL URL such as postgresql://alice@db.example/pegboard. Changes take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapters: pegboard (JSON lines), jsonrpc (Ethereum eth_subscribe), ticker. Fallback URLs are tried in order when a feed&apos;s URL fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg stability weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle health weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network stress weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market volatility weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol health weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise oracle update frequency above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert operations above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency protocol above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL must start with postgresql:// (or be empty for the embedded store).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::StoreWorker</name>
    <message>
        <source>No store is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::WebhookServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1/%2 could not be spooled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not durable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored from %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1 from %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collector is not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 could not be spooled: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
