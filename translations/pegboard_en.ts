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
        <source>Analyse a window of reports (analyze --db URL | --bundle FILE [--from T] [--to T] [--model FILE [--retrain]] [--json])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batcher</name>
    <message>
        <source>Cannot write rejected.log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1/%2 set aside in rejected.log, the store refuses it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Store reachable again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Store reachable again after %n failed attempt.</numerusform>
            <numerusform>Store reachable again after %n failed attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store refuses writes, reports wait in the spool and are retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unreachable, reports wait in the spool and are retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable spool record set aside in rejected.log: %1</source>
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
    <name>BundleCommand</name>
    <message>
        <source>Review bundles: bundle export --db URL [--from T] [--to T] [--redact PROFILE] [--key PEM] -o FILE | bundle verify FILE [--pubkey PEM]</source>
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
    <message>
        <source>%1 must be a non-negative integer</source>
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
    <name>HttpRequestReader</name>
    <message>
        <source>Content-Length is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version %1.%2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding &apos;%1&apos; is not supported; send Content-Length or chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding together with Content-Length, or given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body exceeds the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed or conflicting Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed or unsupported HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request head larger than %1 bytes</source>
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
    <message>
        <source>field &apos;reporter&apos; must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;source_url&apos; must be an absolute http or https URL of at most %1 characters</source>
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
    <name>LogFinding</name>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (leaf %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenancePlanner</name>
    <message>
        <source>%1 %2–%3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An incident is open: %n unresolved high or critical report(s), the newest %1 UTC. No maintenance window is recommended until they are resolved.</source>
        <translation>
            <numerusform>An incident is open: %n unresolved high or critical report, the newest %1 UTC. No maintenance window is recommended until it is resolved.</numerusform>
            <numerusform>An incident is open: %n unresolved high or critical reports, the newest %1 UTC. No maintenance window is recommended until they are resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>The live risk score is %1 / 10 (at or past %2): no maintenance window is recommended while it stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: forecast risk %2 / 10, every hour below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>historically %1 incidents per hour here vs %2 on average, no peak within %n hour(s)</source>
        <translation>
            <numerusform>historically %1 incidents per hour here vs %2 on average, no peak within %n hour</numerusform>
            <numerusform>historically %1 incidents per hour here vs %2 on average, no peak within %n hours</numerusform>
        </translation>
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
    <message>
        <source>the connection to the store was lost</source>
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
        <source>Spool compacted: %1 bytes in the store removed, %2 bytes kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spool compaction failed, the journal keeps growing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fsync the compacted spool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spool to compact it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen the compacted journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the journal with its compacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the compacted spool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLimits</name>
    <message numerus="yes">
        <source>%n NUL character(s) removed from %1</source>
        <translation>
            <numerusform>%n NUL character removed from %1</numerusform>
            <numerusform>%n NUL characters removed from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-finite number(s) in %1 stored as null</source>
        <translation>
            <numerusform>%n non-finite number in %1 stored as null</numerusform>
            <numerusform>%n non-finite numbers in %1 stored as null</numerusform>
        </translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is outside the years %2–%3 the store accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;actual_loss_usd&apos; must be a finite amount below 10^13 USD (the store&apos;s DECIMAL(15,2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;estimated_loss_usd&apos; must be a finite amount below 10^13 USD (the store&apos;s DECIMAL(15,2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; contains a NUL character; an identifier is never altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;resolution_category&apos; must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;severity&apos; must be an integer from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;source&apos; must be at most %1 bytes without NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;type&apos; must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporter cut to %1 characters; it was: %2</source>
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
        <source>Open a review bundle (no store, no network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary&apos;s URL, for changes when --db is a read-only standby.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard</name>
    <message>
        <source>Export %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 reports to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all reports in the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all open critical reports in the filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ActionsSection</name>
    <message>
        <source>6. Actions taken (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action on these reports is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AlertService</name>
    <message>
        <source>The store is not connected yet; nothing was silenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AlertsPanel</name>
    <message>
        <source>Firings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the recorded feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would these rules have fired over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing (silenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the latest %1 firings (open ones first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n firing(s).</source>
        <translation>
            <numerusform>%n firing.</numerusform>
            <numerusform>%n firings.</numerusform>
        </translation>
    </message>
    <message>
        <source>all rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule (name or *):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silencing every rule from %1 to %2 UTC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: would not have fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: would have fired %n time(s); first %2, last %3 (UTC).</source>
        <translation>
            <numerusform>%1: would have fired %n time; first %2, last %3 (UTC).</numerusform>
            <numerusform>%1: would have fired %n times; first %2, last %3 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 → %3  (value %4, peak %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AnalysisPipeline</name>
    <message>
        <source>Correlating conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering root causes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relating severity and prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the oracle predictor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasting maintenance windows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recorded feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model was trained, so none is saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
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
    <message>
        <source>A review bundle to analyse instead of a store (no database needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db or --bundle, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk settings (JSON: weights, thresholds, escalation), or a watch rules file whose &quot;risk&quot; they are: the same settings the console and pegboard watch use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AppendixSection</name>
    <message>
        <source>Appendix: evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every report and every audited change is a leaf of the store&apos;s append-only Merkle log (RFC 6962). The signed checkpoint below fixes the log at generation; `pegboard audit verify --checkpoint` with this text proves later that no cited record was edited, deleted, reordered or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoint (C2SP tlog-checkpoint, verbatim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the evidence set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of the rows at generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tampering found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence hash is the SHA-256 of one line per cited record, &quot;&lt;leaf&gt; &lt;table&gt; &lt;id&gt; &lt;base64 leaf hash&gt;\n&quot;, in leaf order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf index of every cited record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf hash (base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 cited records; the evidence hash covers all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was made from a review bundle. A bundle carries the reports and audit rows of its window but not the store&apos;s Merkle log, so the leaf index and leaf hash of each cited record and the evidence hash are not recorded here; the bundle&apos;s own checks (table hashes and the manifest signature) are. To prove the cited records unchanged, generate the report from the store, or run `pegboard audit verify --checkpoint` on the store with a checkpoint taken before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: %1 (the bundle&apos;s manifest holds none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AuditCommand</name>
    <message>
        <source>Signed checkpoints of the evidence log, and verification against them (audit checkpoint|verify --db URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint or verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key (signed-note PRIVATE+KEY format); default: %1, created on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the checkpoint (and FILE.leaves beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older checkpoint to verify against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s verifier key (name+id+key); default: the key&apos;s .pub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s leaf list; default: CHECKPOINT.leaves when present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the verification as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or missing action; use &apos;checkpoint&apos; or &apos;verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to sign: the store does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint of %1 leaves written to %2 (leaf list: %2.leaves); verifier key: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 leaves, root %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AuditTableModel</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AuditVerifier</name>
    <message>
        <source>it is leaf %1 now, inside the part of the log the checkpoint covers, but the checkpoint did not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkpoint&apos;s leaf %1 is this row, which is no longer in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content no longer hashes to the checkpoint&apos;s leaf %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was leaf %1 of the checkpoint and is leaf %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature does not verify with key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key given: the checkpoint&apos;s signature was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint is of log %1, this store is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has %1 leaves, fewer than the checkpoint&apos;s %2: records were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistent with the checkpoint of %1 leaves (RFC 9162 proof of %2 hashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaf list does not give the checkpoint&apos;s root; it belongs to another checkpoint or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 leaves no longer give the checkpoint&apos;s root %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the checkpoint&apos;s .leaves file beside it to name the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::AuditView</name>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: person, action, report, value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every leaf of the evidence log and compare it with the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the evidence log as it is now and keep the checkpoint outside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing the evidence log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::Backtest</name>
    <message>
        <source>The backtest window is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::BundleCommand</name>
    <message>
        <source>Usage: pegboard bundle export|verify …; see pegboard bundle export --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a window of the store as one signed SQLite review bundle.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Redaction profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 private key (PEM) to sign the manifest with; default PEGBOARD_BUNDLE_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export needs --db URL and -o FILE.</source>
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
        <source>Unknown redaction profile %1; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3 s): %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a review bundle&apos;s table hashes, row digests and signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ed25519 public key (PEM) the bundle must be signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle verify needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 — %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by Ed25519 key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-note key the evidence log&apos;s checkpoint in the manifest is signed with (as `pegboard audit checkpoint --key`); default: %1 when it exists, else the checkpoint is unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the store&apos;s evidence log does not verify, so its checkpoint in the bundle is unsigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store keeps no evidence log; the manifest holds no audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint (signed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint (unsigned):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit checkpoint in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint at export (%1 leaves, %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::BundleDataset</name>
    <message>
        <source>No review bundle at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pegboard review bundle (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Pegboard review bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a review bundle of format version %2; this Pegboard reads up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review bundle %1 (%2 – %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a review bundle: a signed, read-only copy of a window. Acknowledge, annotate and resolve in the live store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of the bundle could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::BundleSigner</name>
    <message>
        <source>The signing key is not a PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::BundleVerifier</name>
    <message>
        <source>The bundle is not signed, but a public key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature algorithm is not ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is signed by another key (%1) than the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest was changed after signing, or the signature is not from this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns are %2, the format has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 and later are missing (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 (%3) was inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is missing (%3, before %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 (%3) was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest has no hash or row count for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table&apos;s SHA-256 does not match the manifest (its row digests were rewritten too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows match the manifest but not their stored row digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s audit_checkpoint is not a checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::BundleWriter</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed COPY row in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an integer in %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number in %1.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ChangeListenerWorker</name>
    <message>
        <source>The database closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::Checkpoint</name>
    <message>
        <source>Not a valid checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no blank line before the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than three lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin line is empty or has spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree size is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root hash is not 32 bytes of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty extension line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature line does not start with an em dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature line has no key name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not end with a newline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ClassificationSection</name>
    <message>
        <source>cannot assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Classification worksheet (DORA, Delegated Regulation (EU) 2024/1772)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical services affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (a precondition for a major incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients, counterparts and transactions affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 10 % of clients or &gt; 100,000 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data losses (availability, authenticity, integrity, confidentiality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputational impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media coverage, complaints or regulatory attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service downtime (critical services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographical spread (Member States)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 2 Member States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(actual, from the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimated, from the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(EUR rate not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic impact (direct and indirect costs and losses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; EUR 100,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major incident affects critical services and either has data losses or meets two or more of the other criteria. &quot;cannot assess&quot; means the profile does not record the value.</source>
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
    <name>pegboard::CommandAction</name>
    <message>
        <source>%1.program: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.args: must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timeout_s: must lie within 0–3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceController</name>
    <message>
        <source>Verified: %1 leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceReportDialog</name>
    <message>
        <source>Incident (any of its reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (the filter&apos;s window, UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: JSON with entity name, LEI, clients, Member States…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting entity profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a report id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s start must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 is not a readable JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview (pdftoppm from poppler-utils is needed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceSummaryPanel</name>
    <message>
        <source>No audit log loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint taken on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open filing deadlines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DORA initial %2, NYDFS %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves, root %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceWiring</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compliance report…</source>
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
    <message>
        <source>Open review bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review bundles (*.pgbundle *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: recorded peg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the filter&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
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
    <message>
        <source>This store is a read-only standby, which sends no live notifications; checking it for new reports every second instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ContextFieldsModel</name>
    <message>
        <source>Gas price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEV bot activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrage opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebalance threshold reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n s before the report)</source>
        <translation>
            <numerusform>(%n s before the report)</numerusform>
            <numerusform>(%n s before the report)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n min before the report)</source>
        <translation>
            <numerusform>(%n min before the report)</numerusform>
            <numerusform>(%n min before the report)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gwei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
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
    <name>pegboard::ContextSnapshot</name>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::CsvExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::DatasetReportSource</name>
    <message>
        <source>Review bundle manifest signer (Ed25519, base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review bundle audit rows and last audit hash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::DeadlinesSection</name>
    <message>
        <source>8. Notification deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1 (on time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be computed: the start is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 4 h after classification (≤ 24 h after detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA intermediate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 72 h after the initial notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DORA final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 1 month after the intermediate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NYDFS 500.17 notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ 72 h after determining a cybersecurity incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification time: %1. Submission times come from the profile (initial_notification_at, intermediate_report_at, final_report_at, nydfs_notice_at).</source>
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
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes among the newest %1 of %2 reports in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::EvidenceLog</name>
    <message>
        <source>The key %1 has no private part.</source>
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
        <source>&lt;h3&gt;Resolution effectiveness&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; reports resolved in view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; of resolutions came with a preventive measure.&lt;/p&gt;</source>
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
    <message>
        <source>%1 – %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1 — exported %2 UTC</source>
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
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
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
        <source>%1: forecast risk %2 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peak: historically %1 incidents in this hour of the week</source>
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
    <name>pegboard::HeadlineFigures</name>
    <message>
        <source>&lt;i&gt;Waiting for the store…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none resolved</source>
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
        <source>Total loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2, compared with %3 – %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HeatmapLegend</name>
    <message>
        <source>Lift over the type&apos;s base rate. Framed and bold: significant after Benjamini–Hochberg correction. Grey: too few reports to judge. Click or press Enter to see the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift over the type&apos;s base rate; framed: significant. Click a cell for its reports.</source>
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
        <source>request body not complete within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request head not complete within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::HttpDelivery</name>
    <message>
        <source>%1: must be an http:// or https:// URL</source>
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
</context>
<context>
    <name>pegboard::IncidentDescriptionSection</name>
    <message>
        <source>4. Description and root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol / asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause (the analysis&apos; root-cause cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity&apos;s own root-cause statement: not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity&apos;s own root-cause statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related transaction hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports in the incident (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id (end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 reports; the appendix cites every one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::IncidentSummarySection</name>
    <message>
        <source>Major ICT-related incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured after the DORA major-incident notification template (Commission Implementing Regulation (EU) 2025/302) and the NYDFS 23 NYCRR 500.17 notice. Facts the incident store does not hold come from the reporting entity&apos;s profile, or read &quot;not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Reference and reporting entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reference (first report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Times (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (not all reports resolved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::IssueCsv</name>
    <message>
        <source>Export cancelled.</source>
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
        <source>Related reports (same type and protocol, ±6 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated loss: %1 · Actual loss: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens it in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original on %1</source>
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
    <name>pegboard::LeafList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a leaf line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ListCapBanner</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the rest in batches; the list stays usable meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every report in the filter, not only the listed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::LiveDataset</name>
    <message>
        <source>store %1</source>
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
    <message>
        <source>Live ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live edge (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and critical reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n high or critical %1 report(s) in the filter.</source>
        <translation>
            <numerusform>%n high or critical %1 report in the filter.</numerusform>
            <numerusform>%n high or critical %1 reports in the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on the chart: no price at their time yet.</source>
        <translation>
            <numerusform>%n not on the chart: no price at its time yet.</numerusform>
            <numerusform>%n not on the chart: no price at their time yet.</numerusform>
        </translation>
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
    <name>pegboard::LossesSection</name>
    <message>
        <source>5. Losses and market impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated losses (sum over the reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recorded for %2 of %3 reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member States affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg deviation during the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg deviation of %1 during the incident (bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price samples were recorded for this asset around the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded price samples; dashed lines at ±50 bps.</source>
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
        <source>Oracle predictor not trained: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels back in their original places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected report (report tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live on the peg chart after zooming or panning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New critical report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new critical report(s), the newest: %1</source>
        <translation>
            <numerusform>%n new critical report, the newest: %1</numerusform>
            <numerusform>%n new critical reports, the newest: %1</numerusform>
        </translation>
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
    <message>
        <source>Settings saved; risk weights, the block explorer and your name apply now, the store and language at the next start.</source>
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
    <message>
        <source>Silence alerts in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast risk by hour (UTC, 0–10 as the live score); framed hours are recommended windows, a dark bar marks a peak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — forecast risk %2 / 10
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window while the incident is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window %1 (forecast risk %2 / 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::MerkleLogReader</name>
    <message>
        <source>This store has no evidence log; run `pegboard db migrate` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s merkle_log identity row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected row shape from the evidence log query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf %1 is missing from the log&apos;s order (the next is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log lists it but the row is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 was %2 before the change at leaf %3, but the audited value before it was %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 holds %2, but its last audited value (leaf %3) is %4: changed without an audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is not in the evidence log (inserted behind its back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log lists the row again (first at leaf %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a snapshot id: %1</source>
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
    <name>pegboard::NoteKey</name>
    <message>
        <source>A key name must be non-empty, without spaces or &apos;+&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ed25519 private key has 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL refused the Ed25519 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not derive the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No randomness for a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a signed-note private key (PRIVATE+KEY+name+id+key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key&apos;s id does not match the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a signed-note verifier key (name+id+key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier key is not an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verifier key&apos;s name or id does not match the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::NoticeBar</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::NumberFormat</name>
    <message>
        <source>%1B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bps</source>
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
    <name>pegboard::OpenCriticalPanel</name>
    <message>
        <source>Group repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every report of this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports of one type and coin with the same title within an hour of each other show as one row, “×12”, with the newest report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every open critical report in the filter, not only the listed ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::OpenItemsSection</name>
    <message>
        <source>5. Open items (severity 4–5, unresolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is capped at %1 reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Audit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audited change in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audited changes in the period; each is a leaf of the evidence log (appendix).</source>
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
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
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
    <name>pegboard::PdfDocument</name>
    <message>
        <source>%1 · generated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data recorded for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::PdfReport</name>
    <message>
        <source>Pegboard · incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pegboard · period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::PegChartMarkers</name>
    <message>
        <source>%1 The newest %2 are drawn.</source>
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
    <name>pegboard::PeriodOverviewSection</name>
    <message>
        <source>Compliance period report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Reference and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (UTC, end exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents (root-cause clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses (actual where recorded, else estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis found no incident (no root-cause cluster) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report (end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 incidents.</source>
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
    <name>pegboard::PreventionSection</name>
    <message>
        <source>7. Prevention and recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved with a preventive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned / measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RepeatGroupModel</name>
    <message numerus="yes">
        <source>%n report(s) like this from %1 to %2; the newest is shown (expand to see all).</source>
        <translation>
            <numerusform>%n report like this from %1 to %2; the newest is shown (expand to see all).</numerusform>
            <numerusform>%n reports like this from %1 to %2; the newest is shown (expand to see all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::ReplayController</name>
    <message>
        <source>Loading recorded feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 / 10 · no predictor for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 / 10 · P(oracle failure within 15 min) %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ReplayPegChart</name>
    <message>
        <source>Reports known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) known by now.</source>
        <translation>
            <numerusform>%n report known by now.</numerusform>
            <numerusform>%n reports known by now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::ReportBuilder</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root-cause cluster %1: %2 reports, mostly %3 (%4 %), from %5 to %6; representative report: &quot;%7&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical conditions: gas %1 gwei, peg deviation %2 bps, oracle staleness %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the incident&apos;s root-cause cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared cause found: the analysis groups no other report with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the incident&apos;s reports and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clustering the period&apos;s reports into incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising losses and resolution times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report %1 in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ReportCommand</name>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review bundle instead of a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any report of the incident (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end, exclusive (ISO 8601, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with the facts the store does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons (pseudonymise people) or public (also texts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation time to print (a fixed time gives identical bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language: en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint signing key (default: the audit key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the generation in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --incident ID or --from T --to T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident: not a report id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to must be ISO 8601 times with --from before --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact: use persons or public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generated-at: not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written but its generation could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 records cited, evidence SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db URL or --bundle FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db URL or --bundle FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record writes to the store; a review bundle is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF/A compliance report: an incident (DORA/NYDFS terms) or a period (report --db URL|--bundle FILE --incident ID | --from T --to T -o FILE.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ReportFormat</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role; no person recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peg beyond 10 bps without interruption until the first report, recorded feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first acknowledgement, audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last report resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peg back within 10 bps, recorded feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ResolutionSection</name>
    <message>
        <source>4. Resolution times, prevention and recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was resolved in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevention rate (resolutions with a preventive measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence within 30 days (same type and protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… with prevention / without</source>
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
    <name>pegboard::ResolveDialog</name>
    <message>
        <source>Oracle configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas strategy adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidity added or rebalanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preventive measure was put in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, and what would stop it happening again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ResponseAction</name>
    <message>
        <source>actions.%1.kind: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never read from the rules file; put it in an environment variable and write &quot;$NAME&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
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
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaying:&lt;/b&gt; the risk as it read at %1 UTC, from the recorded feeds (the prediction at that moment is on the timeline bar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %1 / 10 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle failure within %1 min: %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored by the trained predictor for %1; highlighted at or above its decision threshold of %2, chosen on its training period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore</name>
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
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volatility risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bps from the peg (5-minute average %2 bps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bps from the peg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg critical: at least %1 bps off for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peg warning: 5-minute average %1 bps off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oracle updated %1 ago (heartbeat %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>oracle stale for %1: %n round(s) missed (heartbeat %2)</source>
        <translation>
            <numerusform>oracle stale for %1: %n round missed (heartbeat %2)</numerusform>
            <numerusform>oracle stale for %1: %n rounds missed (heartbeat %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>oracle answer %1 bps from the market price</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Oracle critical: stale past its heartbeat (%n round(s) missed).</source>
        <translation>
            <numerusform>Oracle critical: stale past its heartbeat (%n round missed).</numerusform>
            <numerusform>Oracle critical: stale past its heartbeat (%n rounds missed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Oracle critical: answer %1 bps from the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle warning: answer %1 bps from the market.</source>
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
    <message>
        <source>feed stale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictor (%1%) and factors (oracle risk %2) agree: an oracle failure is likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictor (%1%) and factors (oracle risk %2) agree: no oracle failure expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictor expects an oracle failure (%1%) that the factors do not show yet (oracle risk %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The factors are alarmed (oracle risk %2) but the predictor expects no failure (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore::Config</name>
    <message>
        <source>Each risk weight must lie between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk weights must add up to 1 (they add up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk thresholds must rise within 0–10: oracle frequency &lt; alert &lt; emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation levels, durations and the oracle heartbeat must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation&apos;s warning level must not exceed its critical level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk.%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk.escalation must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk.emergency_signals must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk.%1 is not a risk setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::Rule</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: 1–64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of &apos;above&apos; and &apos;below&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &apos;above&apos; rule clears below: use &apos;clear_below&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be above &apos;above&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;below&apos; rule clears above: use &apos;clear_above&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be below &apos;below&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be critical, error, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of action names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RuleEvaluator</name>
    <message>
        <source>%1: %2 is %3 (%4 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved: %2 is back at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::RuleSet</name>
    <message>
        <source>%1: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions: must be an object of named actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions.%1: must be an object with a string &apos;kind&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules: must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.actions: no action named &apos;%2&apos; in &apos;actions&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the risk settings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
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
    <message>
        <source>The %1/USD aggregator has not published a new round for %2 s while the market moved. Aave is still pricing %1 collateral at the old answer.</source>
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
    <message>
        <source>Empty: changes go to the store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write URL (primary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL URL such as postgresql://alice@db.example/pegboard, or with several hosts postgresql://alice@db1,db2/pegboard?target_session_attrs=prefer-standby. When it is a read-only standby, acknowledgements and notes go to the write URL (the primary). Changes take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions open at &lt;explorer&gt;/tx/&lt;hash&gt;, contracts at &lt;explorer&gt;/address/&lt;contract&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block explorer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed is running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle heartbeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: your login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every acknowledgement, note and resolution you make is recorded with this name and the database role. Applies to your next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (recorded in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::SqliteDb</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::StoreWorker</name>
    <message>
        <source>No store is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary (write URL) cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this console reads a read-only standby, and changes can only be made on the primary. Set the primary&apos;s URL as the write URL in Settings (or start with --write-db URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write URL also leads to a read-only standby; it must reach the primary (for several hosts, add target_session_attrs=read-write).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::TimelineBar</name>
    <message>
        <source>Play / pause the replay (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment the console shows: everything as it was known then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports appear when Pegboard received them, or at the time they say they happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to %1 UTC, where the largest incident of the window begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::WatchCommand</name>
    <message>
        <source>Evaluate response rules on live feeds and fire their actions (watch --db URL --feed SPEC… --rules FILE [--backtest [--days N]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (PagerDuty routing keys, webhook secrets, Slack URLs) come from environment variables named in the rules file as &quot;$NAME&quot;, never from the file or the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the recorded feeds instead of watching, and print what each rule would have fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest window in days (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest evaluation step in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest only this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle predictor model (from analyze --model) for oracle_failure_probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db (or PEGBOARD_DB) and --rules are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be 1–3650 and --step a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule: no rule named &apos;%1&apos; in the rules file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed is required (at least one live feed to watch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed: cannot read &apos;%1&apos; (expected [name=][adapter:]ws://…[|fallback…]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unavailable, %1 of %2 kept for retry: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 delivered (attempt %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed (attempt %4: %5); retrying in %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 given up: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Watching %n rule(s) on %1 feed(s); store %2</source>
        <translation>
            <numerusform>Watching %n rule on %1 feed(s); store %2</numerusform>
            <numerusform>Watching %n rules on %1 feed(s); store %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exiting with %n action delivery(ies) still pending.</source>
        <translation>
            <numerusform>Exiting with %n action delivery still pending.</numerusform>
            <numerusform>Exiting with %n action deliveries still pending.</numerusform>
        </translation>
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
    <message>
        <source>%1 connections open, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1/%2 normalised for the store: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spool holds %1 bytes not yet in the store, the configured limit; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use POST, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::WeeklyLossesSection</name>
    <message>
        <source>3. Losses per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses per week (USD thousands; actual where recorded, else estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kUSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
