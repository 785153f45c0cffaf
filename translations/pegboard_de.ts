<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisReport</name>
    <message>
        <source>No recorded oracle feed to train on.</source>
        <translation>Kein aufgezeichneter Oracle-Feed zum Trainieren.</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>Analyse a window of reports (analyze --db URL | --bundle FILE [--from T] [--to T] [--model FILE [--retrain]] [--json])</source>
        <translation>Ein Zeitfenster von Meldungen analysieren (analyze --db URL | --bundle DATEI [--from T] [--to T] [--model DATEI [--retrain]] [--json])</translation>
    </message>
</context>
<context>
    <name>Batcher</name>
    <message>
        <source>Cannot write rejected.log: %1</source>
        <translation>rejected.log kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report %1/%2 set aside in rejected.log, the store refuses it: %3</source>
        <translation>Meldung %1/%2 in rejected.log zurückgestellt, die Datenbank weist sie ab: %3</translation>
    </message>
    <message numerus="yes">
        <source>Store reachable again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Datenbank wieder erreichbar nach %n fehlgeschlagenen Versuch.</numerusform>
            <numerusform>Datenbank wieder erreichbar nach %n fehlgeschlagenen Versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store refuses writes, reports wait in the spool and are retried: %1</source>
        <translation>Datenbank weist Schreibzugriffe ab, Meldungen warten im Spool und werden erneut versucht: %1</translation>
    </message>
    <message>
        <source>Store unreachable, reports wait in the spool and are retried: %1</source>
        <translation>Datenbank nicht erreichbar, Meldungen warten im Spool und werden erneut versucht: %1</translation>
    </message>
    <message>
        <source>Unreadable spool record set aside in rejected.log: %1</source>
        <translation>Unlesbarer Spool-Eintrag in rejected.log zurückgestellt: %1</translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <source>Load cancelled after %1 of %2 reports.</source>
        <translation>Laden nach %1 von %2 Meldungen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Review bundles: bundle export --db URL [--from T] [--to T] [--redact PROFILE] [--key PEM] -o FILE | bundle verify FILE [--pubkey PEM]</source>
        <translation>Review-Bundles: bundle export --db URL [--from T] [--to T] [--redact PROFIL] [--key PEM] -o DATEI | bundle verify DATEI [--pubkey PEM]</translation>
    </message>
</context>
<context>
    <name>CollectCommand</name>
    <message>
        <source>Run the webhook collector (collect --db URL --listen HOST:PORT --spool DIR)</source>
        <translation>Webhook-Collector starten (collect --db URL --listen HOST:PORT --spool DIR)</translation>
    </message>
    <message>
        <source>Secrets come from PEGBOARD_GITHUB_WEBHOOK_SECRET, PEGBOARD_SLACK_SIGNING_SECRET, PEGBOARD_DATADOG_TOKEN, PEGBOARD_INGEST_TOKEN, PEGBOARD_DISCORD_TOKEN or the config file, never from the command line.</source>
        <translation>Secrets kommen aus PEGBOARD_GITHUB_WEBHOOK_SECRET, PEGBOARD_SLACK_SIGNING_SECRET, PEGBOARD_DATADOG_TOKEN, PEGBOARD_INGEST_TOKEN, PEGBOARD_DISCORD_TOKEN oder der Konfigurationsdatei, nie von der Kommandozeile.</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL der Datenbank.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <source>Directory of the durable spool.</source>
        <translation>Verzeichnis des dauerhaften Spools.</translation>
    </message>
    <message>
        <source>JSON config file (secrets, type mapping, batching).</source>
        <translation>JSON-Konfigurationsdatei (Secrets, Typzuordnung, Batching).</translation>
    </message>
    <message>
        <source>--db (or PEGBOARD_DB) and --spool are required.</source>
        <translation>--db (oder PEGBOARD_DB) und --spool sind erforderlich.</translation>
    </message>
    <message>
        <source>Warning: no secrets configured; every webhook will be refused with 401.</source>
        <translation>Warnung: keine Secrets konfiguriert; jeder Webhook wird mit 401 abgewiesen.</translation>
    </message>
    <message>
        <source>Listening on %1:%2, spool %3, store %4</source>
        <translation>Lausche auf %1:%2, Spool %3, Datenbank %4</translation>
    </message>
    <message>
        <source>Ethereum JSON-RPC websocket(s), &apos;ws://a|ws://fallback&apos;, watched for the AnswerUpdated logs of the config file&apos;s &quot;oracles&quot;.</source>
        <translation>Ethereum-JSON-RPC-Websocket(s), &apos;ws://a|ws://fallback&apos;, beobachtet auf AnswerUpdated-Logs der &quot;oracles&quot; aus der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>The on-chain source needs both --chain-rpc and &quot;oracles&quot; in the config file.</source>
        <translation>Die On-Chain-Quelle braucht --chain-rpc und &quot;oracles&quot; in der Konfigurationsdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n oracle(s) on %1</source>
        <translation>
            <numerusform>Beobachte %n Oracle auf %1</numerusform>
            <numerusform>Beobachte %n Oracles auf %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectorConfig</name>
    <message>
        <source>cannot read the config file %1: %2</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>config file %1 is not a JSON object: %2</source>
        <translation>Konfigurationsdatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1 must be a positive integer</source>
        <translation>%1 muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--listen expects HOST:PORT, got &apos;%1&apos;</source>
        <translation>--listen erwartet HOST:PORT, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>oracles must be an array</source>
        <translation>oracles muss ein Array sein</translation>
    </message>
    <message>
        <source>--chain-rpc expects ws:// or wss:// URLs, got &apos;%1&apos;</source>
        <translation>--chain-rpc erwartet ws://- oder wss://-URLs, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--chain-rpc needs at least one URL</source>
        <translation>--chain-rpc braucht mindestens eine URL</translation>
    </message>
    <message>
        <source>%1 must be a non-negative integer</source>
        <translation>%1 muss eine nicht negative ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Gas price</source>
        <translation>Gaspreis</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Netzlast</translation>
    </message>
    <message>
        <source>Peg deviation</source>
        <translation>Peg-Abweichung</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>MEV activity</source>
        <translation>MEV-Aktivität</translation>
    </message>
    <message>
        <source>Oracle staleness</source>
        <translation>Oracle-Veraltung</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>DatadogNormalizer</name>
    <message>
        <source>field &apos;date&apos; must be epoch milliseconds</source>
        <translation>Feld „date“ muss Epoch-Millisekunden enthalten</translation>
    </message>
    <message>
        <source>Datadog recovery of alert %1 is not a report</source>
        <translation>Datadog-Entwarnung für Alarm %1 ist keine Meldung</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Apply or inspect schema migrations (db migrate|status --db URL)</source>
        <translation>Schemamigrationen anwenden oder prüfen (db migrate|status --db URL)</translation>
    </message>
    <message>
        <source>migrate or status</source>
        <translation>migrate oder status</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL der Datenbank.</translation>
    </message>
    <message>
        <source>Unknown or missing action; use &apos;migrate&apos; or &apos;status&apos;.</source>
        <translation>Unbekannte oder fehlende Aktion; „migrate“ oder „status“ verwenden.</translation>
    </message>
    <message>
        <source>Schema version %1; this Pegboard knows up to %2.</source>
        <translation>Schemaversion %1; dieses Pegboard kennt bis %2.</translation>
    </message>
    <message>
        <source>Schema is up to date at version %1; nothing to do.</source>
        <translation>Schema ist aktuell (Version %1); nichts zu tun.</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <source>Schema migrated from version %1 to %2.</source>
        <translation>Schema von Version %1 auf %2 migriert.</translation>
    </message>
</context>
<context>
    <name>DiscordNormalizer</name>
    <message>
        <source>Discord dispatch &apos;%1&apos; is not collected</source>
        <translation>Discord-Dispatch „%1“ wird nicht erfasst</translation>
    </message>
    <message>
        <source>Discord message %1 has no text</source>
        <translation>Discord-Nachricht %1 hat keinen Text</translation>
    </message>
</context>
<context>
    <name>FeedAdapter</name>
    <message>
        <source>%1 = %2 is outside [%3, %4]</source>
        <translation>%1 = %2 liegt außerhalb von [%3, %4]</translation>
    </message>
    <message>
        <source>%1 has no valid timestamp</source>
        <translation>%1 hat keinen gültigen Zeitstempel</translation>
    </message>
    <message>
        <source>%1 at %2 is older than %3 already seen</source>
        <translation>%1 um %2 ist älter als das bereits gesehene %3</translation>
    </message>
</context>
<context>
    <name>FeedSimCommand</name>
    <message>
        <source>Serve simulated live feeds (feed-sim --listen HOST:PORT)</source>
        <translation>Simulierte Live-Feeds bereitstellen (feed-sim --listen HOST:PORT)</translation>
    </message>
    <message>
        <source>Address to serve on (port 0: any free port).</source>
        <translation>Adresse für den Dienst (Port 0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Szenario: %1.</translation>
    </message>
    <message>
        <source>Scenario seconds per wall-clock second.</source>
        <translation>Szenario-Sekunden pro Echtzeit-Sekunde.</translation>
    </message>
    <message>
        <source>Wire format: pegboard or jsonrpc.</source>
        <translation>Übertragungsformat: pegboard oder jsonrpc.</translation>
    </message>
    <message>
        <source>Wall-clock milliseconds between frames.</source>
        <translation>Echtzeit-Millisekunden zwischen Frames.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: never).</source>
        <translation>Nach so vielen Sekunden beenden (0: nie).</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765</source>
        <translation>--listen braucht HOST:PORT mit numerischer Adresse, z. B. 127.0.0.1:8765</translation>
    </message>
    <message>
        <source>Unknown scenario &apos;%1&apos;; use one of: %2</source>
        <translation>Unbekanntes Szenario „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>--speed must be a positive number and --format pegboard or jsonrpc</source>
        <translation>--speed muss eine positive Zahl sein und --format pegboard oder jsonrpc</translation>
    </message>
    <message>
        <source>feed-sim: %1 scenario, %2 format, speed %3, listening on ws://%4:%5</source>
        <translation>feed-sim: Szenario %1, Format %2, Tempo %3, lauscht auf ws://%4:%5</translation>
    </message>
</context>
<context>
    <name>FeedSimServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>Probe a live feed (feeds probe URL --adapter NAME)</source>
        <translation>Live-Feed testen (feeds probe URL --adapter NAME)</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>probe</translation>
    </message>
    <message>
        <source>websocket URL (ws:// or wss://)</source>
        <translation>WebSocket-URL (ws:// oder wss://)</translation>
    </message>
    <message>
        <source>Wire format: %1.</source>
        <translation>Übertragungsformat: %1.</translation>
    </message>
    <message>
        <source>Stop after N samples (0: run until timeout).</source>
        <translation>Nach N Messwerten beenden (0: bis zum Timeout).</translation>
    </message>
    <message>
        <source>Fallback URL; repeat for more.</source>
        <translation>Ausweich-URL; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <source>Report staleness after this many seconds.</source>
        <translation>Veraltung nach so vielen Sekunden melden.</translation>
    </message>
    <message>
        <source>JSON-RPC: aggregator ADDRESS=SYMBOL.</source>
        <translation>JSON-RPC: Aggregator ADRESSE=SYMBOL.</translation>
    </message>
    <message>
        <source>JSON-RPC: oracle answer decimals.</source>
        <translation>JSON-RPC: Dezimalstellen der Oracle-Antwort.</translation>
    </message>
    <message>
        <source>Ticker: product id to subscribe to.</source>
        <translation>Ticker: zu abonnierende Produkt-ID.</translation>
    </message>
    <message>
        <source>Usage: pegboard feeds probe URL --adapter NAME [--count N] [--fallback URL…]</source>
        <translation>Aufruf: pegboard feeds probe URL --adapter NAME [--count N] [--fallback URL…]</translation>
    </message>
    <message>
        <source>Not a websocket URL: %1</source>
        <translation>Keine WebSocket-URL: %1</translation>
    </message>
    <message>
        <source>Unknown adapter &apos;%1&apos;; use one of: %2</source>
        <translation>Unbekannter Adapter „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>Bad --decimals or --oracle (expected 0x…=SYMBOL).</source>
        <translation>Ungültiges --decimals oder --oracle (erwartet 0x…=SYMBOL).</translation>
    </message>
    <message>
        <source>refused (%1): %2</source>
        <translation>abgewiesen (%1): %2</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>feed is stale</source>
        <translation>Feed ist veraltet</translation>
    </message>
    <message>
        <source>feed is live again</source>
        <translation>Feed ist wieder live</translation>
    </message>
    <message>
        <source>Timed out after %1 s with %2 of %3 samples.</source>
        <translation>Zeitüberschreitung nach %1 s mit %2 von %3 Messwerten.</translation>
    </message>
</context>
<context>
    <name>GitHubNormalizer</name>
    <message>
        <source>missing X-GitHub-Event header</source>
        <translation>Header X-GitHub-Event fehlt</translation>
    </message>
    <message>
        <source>GitHub event &apos;%1&apos; is not collected</source>
        <translation>GitHub-Ereignis „%1“ wird nicht erfasst</translation>
    </message>
    <message>
        <source>missing X-GitHub-Delivery header</source>
        <translation>Header X-GitHub-Delivery fehlt</translation>
    </message>
    <message>
        <source>issue.labels must be objects with a string name</source>
        <translation>issue.labels müssen Objekte mit einem String-Namen sein</translation>
    </message>
    <message>
        <source>GitHub %1 action &apos;%2&apos; is not collected</source>
        <translation>GitHub-%1-Aktion „%2“ wird nicht erfasst</translation>
    </message>
</context>
<context>
    <name>GroundTruth</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpRequestReader</name>
    <message>
        <source>Content-Length is given more than once</source>
        <translation>Content-Length ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>HTTP version %1.%2 is not supported</source>
        <translation>HTTP-Version %1.%2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Transfer-Encoding &apos;%1&apos; is not supported; send Content-Length or chunked</source>
        <translation>Transfer-Encoding &apos;%1&apos; wird nicht unterstützt; bitte Content-Length oder chunked senden</translation>
    </message>
    <message>
        <source>Transfer-Encoding together with Content-Length, or given twice</source>
        <translation>Transfer-Encoding zusammen mit Content-Length oder doppelt angegeben</translation>
    </message>
    <message>
        <source>body exceeds the limit of %1 bytes</source>
        <translation>Body überschreitet die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>malformed or conflicting Content-Length</source>
        <translation>Fehlerhafte oder widersprüchliche Content-Length</translation>
    </message>
    <message>
        <source>malformed or unsupported HTTP version</source>
        <translation>Fehlerhafte oder nicht unterstützte HTTP-Version</translation>
    </message>
    <message>
        <source>malformed request: %1</source>
        <translation>Fehlerhafter Request: %1</translation>
    </message>
    <message>
        <source>request head larger than %1 bytes</source>
        <translation>Request-Kopf größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>IngestNormalizer</name>
    <message>
        <source>field &apos;%1&apos; must be an array of strings</source>
        <translation>Feld „%1“ muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>field &apos;title&apos; must not be empty</source>
        <translation>Feld „title“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>field &apos;severity&apos; must be an integer from 1 to 5</source>
        <translation>Feld „severity“ muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>field &apos;type&apos; must be at most 50 characters</source>
        <translation>Feld „type“ darf höchstens 50 Zeichen lang sein</translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; must be at most 200 characters</source>
        <translation>Feld „external_id“ darf höchstens 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>field &apos;reporter&apos; must be at most %1 characters</source>
        <translation>Feld &apos;reporter&apos; darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>field &apos;source_url&apos; must be an absolute http or https URL of at most %1 characters</source>
        <translation>Feld &apos;source_url&apos; muss eine absolute http- oder https-URL mit höchstens %1 Zeichen sein</translation>
    </message>
</context>
<context>
    <name>IssueClassifier</name>
    <message>
        <source>type_rules must be an array</source>
        <translation>type_rules muss ein Array sein</translation>
    </message>
    <message>
        <source>each type rule needs a non-empty match and type</source>
        <translation>jede Typregel braucht nicht-leere Werte für match und type</translation>
    </message>
    <message>
        <source>default_severity must be 1–5</source>
        <translation>default_severity muss 1–5 sein</translation>
    </message>
</context>
<context>
    <name>IssueCodec</name>
    <message>
        <source>unknown spool record version %1</source>
        <translation>unbekannte Spool-Datensatzversion %1</translation>
    </message>
    <message>
        <source>truncated spool record</source>
        <translation>abgeschnittener Spool-Datensatz</translation>
    </message>
</context>
<context>
    <name>IssueType</name>
    <message>
        <source>Peg deviation</source>
        <translation>Peg-Abweichung</translation>
    </message>
    <message>
        <source>Oracle failure</source>
        <translation>Oracle-Ausfall</translation>
    </message>
    <message>
        <source>Arbitrage failure</source>
        <translation>Arbitrage-Fehlschlag</translation>
    </message>
    <message>
        <source>Rebalance error</source>
        <translation>Rebalancing-Fehler</translation>
    </message>
    <message>
        <source>Liquidity shortfall</source>
        <translation>Liquiditätsengpass</translation>
    </message>
    <message>
        <source>Smart-contract bug</source>
        <translation>Smart-Contract-Fehler</translation>
    </message>
    <message>
        <source>Bridge delay</source>
        <translation>Bridge-Verzögerung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>der Body muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>missing field &apos;%1&apos;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be %2, not %3</source>
        <translation>Feld „%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must not be empty</source>
        <translation>Feld „%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not an ISO-8601 time</source>
        <translation>Feld „%1“ ist keine ISO-8601-Zeit</translation>
    </message>
</context>
<context>
    <name>JsonRpcAdapter</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>not an eth_subscription notification</source>
        <translation>keine eth_subscription-Benachrichtigung</translation>
    </message>
    <message>
        <source>params.result must be an object</source>
        <translation>params.result muss ein Objekt sein</translation>
    </message>
    <message>
        <source>neither a block header nor a log</source>
        <translation>weder Block-Header noch Log</translation>
    </message>
    <message>
        <source>newHeads needs hex &apos;timestamp&apos; and &apos;baseFeePerGas&apos; (pre-London blocks have no base fee)</source>
        <translation>newHeads braucht hexadezimale Felder „timestamp“ und „baseFeePerGas“ (Blöcke vor London haben keine Base Fee)</translation>
    </message>
    <message>
        <source>log topics must be an array</source>
        <translation>Log-Topics müssen ein Array sein</translation>
    </message>
    <message>
        <source>AnswerUpdated needs 3 topics</source>
        <translation>AnswerUpdated braucht 3 Topics</translation>
    </message>
    <message>
        <source>AnswerUpdated answer or updatedAt is not a hex word</source>
        <translation>AnswerUpdated: answer oder updatedAt ist kein Hex-Wort</translation>
    </message>
    <message>
        <source>oracle answer is negative or out of range</source>
        <translation>Oracle-Antwort ist negativ oder außerhalb des Bereichs</translation>
    </message>
</context>
<context>
    <name>LogFinding</name>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umsortiert</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>%1 %2 (leaf %3)</source>
        <translation>%1 %2 (Blatt %3)</translation>
    </message>
    <message>
        <source>%1 was %2: %3</source>
        <translation>%1 wurde %2: %3</translation>
    </message>
</context>
<context>
    <name>MaintenancePlanner</name>
    <message>
        <source>%1 %2–%3 UTC</source>
        <translation>%1 %2–%3 UTC</translation>
    </message>
    <message numerus="yes">
        <source>An incident is open: %n unresolved high or critical report(s), the newest %1 UTC. No maintenance window is recommended until they are resolved.</source>
        <translation>
            <numerusform>Ein Vorfall ist offen: %n ungelöster hoher oder kritischer Bericht, der neueste %1 UTC. Bis er gelöst ist, wird kein Wartungsfenster empfohlen.</numerusform>
            <numerusform>Ein Vorfall ist offen: %n ungelöste hohe oder kritische Berichte, der neueste %1 UTC. Bis sie gelöst sind, wird kein Wartungsfenster empfohlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The live risk score is %1 / 10 (at or past %2): no maintenance window is recommended while it stays there.</source>
        <translation>Der Live-Risikowert ist %1 / 10 (bei oder über %2): Solange er dort bleibt, wird kein Wartungsfenster empfohlen.</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4 UTC</source>
        <translation>%1 %2 – %3 %4 UTC</translation>
    </message>
    <message>
        <source>%1: forecast risk %2 / 10, every hour below %3</source>
        <translation>%1: prognostiziertes Risiko %2 / 10, jede Stunde unter %3</translation>
    </message>
    <message numerus="yes">
        <source>historically %1 incidents per hour here vs %2 on average, no peak within %n hour(s)</source>
        <translation>
            <numerusform>historisch %1 Vorfälle pro Stunde hier gegenüber %2 im Mittel, keine Spitze innerhalb von %n Stunde</numerusform>
            <numerusform>historisch %1 Vorfälle pro Stunde hier gegenüber %2 im Mittel, keine Spitze innerhalb von %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OraclePredictor</name>
    <message>
        <source>Too little feed history to train on (%1 rows).</source>
        <translation>Zu wenig Feed-Historie zum Trainieren (%1 Zeilen).</translation>
    </message>
    <message>
        <source>The history is too short to split in time.</source>
        <translation>Die Historie ist zu kurz für eine zeitliche Aufteilung.</translation>
    </message>
    <message>
        <source>No oracle failure in the training period; nothing to learn.</source>
        <translation>Kein Oracle-Ausfall im Trainingszeitraum; nichts zu lernen.</translation>
    </message>
    <message>
        <source>The predictor has not been trained or loaded.</source>
        <translation>Der Prädiktor wurde weder trainiert noch geladen.</translation>
    </message>
    <message>
        <source>There is no trained model to save.</source>
        <translation>Es gibt kein trainiertes Modell zum Speichern.</translation>
    </message>
    <message>
        <source>No model file at %1.</source>
        <translation>Keine Modelldatei unter %1.</translation>
    </message>
    <message>
        <source>%1 is not a model this predictor can read: %2</source>
        <translation>%1 ist kein Modell, das dieser Prädiktor lesen kann: %2</translation>
    </message>
    <message>
        <source>There are no rows to evaluate the model on.</source>
        <translation>Es gibt keine Zeilen, auf denen das Modell bewertet werden kann.</translation>
    </message>
    <message>
        <source>Cannot write the model to %1: %2</source>
        <translation>Das Modell kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the model %1: %2</source>
        <translation>Das Modell %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not a JSON model.</source>
        <translation>es ist kein JSON-Modell.</translation>
    </message>
</context>
<context>
    <name>PatternFinder</name>
    <message>
        <source>on %1s</source>
        <translation>an %1en</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>with gas above %1 gwei</source>
        <translation>bei Gas über %1 gwei</translation>
    </message>
    <message>
        <source>%1% of %2 reports fall %3; %4× the base rate</source>
        <translation>%1 % von %2 Meldungen liegen %3; %4× die Basisrate</translation>
    </message>
</context>
<context>
    <name>PegboardJsonAdapter</name>
    <message>
        <source>field &apos;%1&apos; must be a number</source>
        <translation>Feld „%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>missing string field &apos;feed&apos;</source>
        <translation>String-Feld „feed“ fehlt</translation>
    </message>
    <message>
        <source>field &apos;ts&apos; must be an ISO 8601 string</source>
        <translation>Feld „ts“ muss ein ISO-8601-String sein</translation>
    </message>
    <message>
        <source>invalid timestamp &apos;%1&apos;</source>
        <translation>ungültiger Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>price frame without &apos;price&apos;</source>
        <translation>Preis-Frame ohne „price“</translation>
    </message>
    <message>
        <source>invalid oracle_updated_at</source>
        <translation>ungültiges oracle_updated_at</translation>
    </message>
    <message>
        <source>field &apos;oracle_updated_at&apos; must be a string</source>
        <translation>Feld „oracle_updated_at“ muss ein String sein</translation>
    </message>
    <message>
        <source>unknown feed kind &apos;%1&apos;</source>
        <translation>unbekannte Feed-Art „%1“</translation>
    </message>
    <message>
        <source>%1 frame carries no known field</source>
        <translation>%1-Frame enthält kein bekanntes Feld</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>No database URL given.</source>
        <translation>Keine Datenbank-URL angegeben.</translation>
    </message>
    <message>
        <source>Malformed database URL: %1</source>
        <translation>Fehlerhafte Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>The database refused the credentials for %1: %2</source>
        <translation>Die Datenbank hat die Zugangsdaten für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Malformed database URL %1: %2</source>
        <translation>Fehlerhafte Datenbank-URL %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach the database at %1: %2</source>
        <translation>Datenbank unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the connection to the store was lost</source>
        <translation>die Verbindung zur Datenbank ist abgebrochen</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>Ungültig (%1)</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>no GitHub webhook secret is configured</source>
        <translation>kein GitHub-Webhook-Secret konfiguriert</translation>
    </message>
    <message>
        <source>missing X-Hub-Signature-256</source>
        <translation>X-Hub-Signature-256 fehlt</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 is not a sha256= signature</source>
        <translation>X-Hub-Signature-256 ist keine sha256=-Signatur</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match the body</source>
        <translation>X-Hub-Signature-256 passt nicht zum Body</translation>
    </message>
    <message>
        <source>no Slack signing secret is configured</source>
        <translation>kein Slack-Signing-Secret konfiguriert</translation>
    </message>
    <message>
        <source>missing X-Slack-Request-Timestamp or X-Slack-Signature</source>
        <translation>X-Slack-Request-Timestamp oder X-Slack-Signature fehlt</translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is not a number</source>
        <translation>X-Slack-Request-Timestamp ist keine Zahl</translation>
    </message>
    <message>
        <source>X-Slack-Request-Timestamp is outside the five-minute replay window</source>
        <translation>X-Slack-Request-Timestamp liegt außerhalb des Fünf-Minuten-Replay-Fensters</translation>
    </message>
    <message>
        <source>X-Slack-Signature is not a v0= signature</source>
        <translation>X-Slack-Signature ist keine v0=-Signatur</translation>
    </message>
    <message>
        <source>X-Slack-Signature does not match the body</source>
        <translation>X-Slack-Signature passt nicht zum Body</translation>
    </message>
    <message>
        <source>no token is configured for this endpoint</source>
        <translation>für diesen Endpunkt ist kein Token konfiguriert</translation>
    </message>
    <message>
        <source>missing X-Pegboard-Token (or Authorization: Bearer) header</source>
        <translation>Header X-Pegboard-Token (oder Authorization: Bearer) fehlt</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
</context>
<context>
    <name>SlackNormalizer</name>
    <message>
        <source>Slack request type &apos;%1&apos; is not collected</source>
        <translation>Slack-Anfragetyp „%1“ wird nicht erfasst</translation>
    </message>
    <message>
        <source>Slack event &apos;%1&apos; is not collected</source>
        <translation>Slack-Ereignis „%1“ wird nicht erfasst</translation>
    </message>
    <message>
        <source>Slack message subtype &apos;%1&apos; is not collected</source>
        <translation>Slack-Nachrichtenuntertyp „%1“ wird nicht erfasst</translation>
    </message>
</context>
<context>
    <name>SnapshotLoader</name>
    <message>
        <source>%1 rows of the snapshot could not be read.</source>
        <translation>%1 Zeilen des Snapshots konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The snapshot was loaded with different text options.</source>
        <translation>Der Snapshot wurde mit anderen Textoptionen geladen.</translation>
    </message>
</context>
<context>
    <name>Spool</name>
    <message>
        <source>cannot create the spool directory %1</source>
        <translation>Spool-Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the spool journal %1</source>
        <translation>Spool-Journal %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open the spool checkpoint %1</source>
        <translation>Spool-Checkpoint %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot size the spool journal</source>
        <translation>Größe des Spool-Journals kann nicht bestimmt werden</translation>
    </message>
    <message>
        <source>Torn or corrupt spool record at offset %1 (%2 bytes to the end) ignored: it was never acknowledged.</source>
        <translation>Abgerissener oder beschädigter Spool-Datensatz an Offset %1 (%2 Bytes bis zum Ende) ignoriert: er wurde nie bestätigt.</translation>
    </message>
    <message>
        <source>cannot cut the torn spool record</source>
        <translation>abgerissener Spool-Datensatz kann nicht abgeschnitten werden</translation>
    </message>
    <message>
        <source>Spool holds %1 reports not yet in the store.</source>
        <translation>Spool enthält %1 Meldungen, die noch nicht in der Datenbank sind.</translation>
    </message>
    <message>
        <source>cannot append to the spool</source>
        <translation>an den Spool kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>cannot fsync the spool</source>
        <translation>fsync des Spools fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read the spool</source>
        <translation>Spool kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>spool record at offset %1 is corrupt</source>
        <translation>Spool-Datensatz an Offset %1 ist beschädigt</translation>
    </message>
    <message>
        <source>cannot write the spool checkpoint</source>
        <translation>Spool-Checkpoint kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot fsync the spool checkpoint</source>
        <translation>fsync des Spool-Checkpoints fehlgeschlagen</translation>
    </message>
    <message>
        <source>Spool compacted: %1 bytes in the store removed, %2 bytes kept.</source>
        <translation>Spool verdichtet: %1 Bytes, die in der Datenbank sind, entfernt, %2 Bytes behalten.</translation>
    </message>
    <message>
        <source>Spool compaction failed, the journal keeps growing: %1</source>
        <translation>Verdichten des Spools fehlgeschlagen, das Journal wächst weiter: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot fsync the compacted spool</source>
        <translation>fsync des verdichteten Spools fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read the spool to compact it</source>
        <translation>Spool kann zum Verdichten nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot reopen the compacted journal</source>
        <translation>Verdichtetes Journal kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>cannot replace the journal with its compacted copy</source>
        <translation>Journal kann nicht durch seine verdichtete Kopie ersetzt werden</translation>
    </message>
    <message>
        <source>cannot write the compacted spool</source>
        <translation>Verdichteter Spool kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StoreLimits</name>
    <message numerus="yes">
        <source>%n NUL character(s) removed from %1</source>
        <translation>
            <numerusform>%n NUL-Zeichen aus %1 entfernt</numerusform>
            <numerusform>%n NUL-Zeichen aus %1 entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-finite number(s) in %1 stored as null</source>
        <translation>
            <numerusform>%n nicht endliche Zahl in %1 als null gespeichert</numerusform>
            <numerusform>%n nicht endliche Zahlen in %1 als null gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is outside the years %2–%3 the store accepts</source>
        <translation>Feld &apos;%1&apos; liegt außerhalb der Jahre %2–%3, die die Datenbank annimmt</translation>
    </message>
    <message>
        <source>field &apos;actual_loss_usd&apos; must be a finite amount below 10^13 USD (the store&apos;s DECIMAL(15,2))</source>
        <translation>Feld &apos;actual_loss_usd&apos; muss ein endlicher Betrag unter 10^13 USD sein (DECIMAL(15,2) der Datenbank)</translation>
    </message>
    <message>
        <source>field &apos;estimated_loss_usd&apos; must be a finite amount below 10^13 USD (the store&apos;s DECIMAL(15,2))</source>
        <translation>Feld &apos;estimated_loss_usd&apos; muss ein endlicher Betrag unter 10^13 USD sein (DECIMAL(15,2) der Datenbank)</translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; contains a NUL character; an identifier is never altered</source>
        <translation>Feld &apos;external_id&apos; enthält ein NUL-Zeichen; eine Kennung wird nie verändert</translation>
    </message>
    <message>
        <source>field &apos;external_id&apos; is longer than %1 bytes</source>
        <translation>Feld &apos;external_id&apos; ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>field &apos;resolution_category&apos; must be at most %1 characters</source>
        <translation>Feld &apos;resolution_category&apos; darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>field &apos;severity&apos; must be an integer from 1 to 5</source>
        <translation>Feld &apos;severity&apos; muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>field &apos;source&apos; must be at most %1 bytes without NUL</source>
        <translation>Feld &apos;source&apos; darf höchstens %1 Bytes ohne NUL enthalten</translation>
    </message>
    <message>
        <source>field &apos;type&apos; must be at most %1 characters</source>
        <translation>Feld &apos;type&apos; darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>reporter cut to %1 characters; it was: %2</source>
        <translation>Melder auf %1 Zeichen gekürzt; vollständig: %2</translation>
    </message>
</context>
<context>
    <name>TickerAdapter</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>ticker without product_id</source>
        <translation>Ticker ohne product_id</translation>
    </message>
    <message>
        <source>ticker price must be a decimal string</source>
        <translation>Ticker-Preis muss ein Dezimal-String sein</translation>
    </message>
    <message>
        <source>ticker price &apos;%1&apos; is not a number</source>
        <translation>Ticker-Preis „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>ticker without a valid &apos;time&apos;</source>
        <translation>Ticker ohne gültiges „time“</translation>
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
        <translation>Aufruf: pegboard [--db URL] [--data-dir DIR]
        pegboard &lt;Befehl&gt; [Optionen]

Ohne Befehl öffnet sich die Betriebskonsole. Ohne --db startet die eingebettete Standarddatenbank.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options:
  --db URL        PostgreSQL URL of a shared store (or PEGBOARD_DB)
  --data-dir DIR  where the embedded store lives
  -h, --help      this help; `pegboard &lt;command&gt; --help` for a command
  -v, --version   the version
</source>
        <translation>
Optionen:
  --db URL        PostgreSQL-URL einer gemeinsamen Datenbank (oder PEGBOARD_DB)
  --data-dir DIR  Verzeichnis der eingebetteten Datenbank
  -h, --help      diese Hilfe; `pegboard &lt;Befehl&gt; --help` für einen Befehl
  -v, --version   die Version
</translation>
    </message>
    <message>
        <source>Store URL.</source>
        <translation>Datenbank-URL.</translation>
    </message>
    <message>
        <source>Embedded store directory.</source>
        <translation>Verzeichnis der eingebetteten Datenbank.</translation>
    </message>
    <message>
        <source>A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable.</source>
        <translation>Ein Live-Feed, [name=][adapter:]ws://…[|fallback…]; wiederholbar.</translation>
    </message>
    <message>
        <source>pegboard: cannot use feed &apos;%1&apos;</source>
        <translation>pegboard: Feed „%1“ nicht verwendbar</translation>
    </message>
    <message>
        <source>The console with a generated history, a live depeg and a collector</source>
        <translation>Die Konsole mit erzeugter Historie, einem Live-Depeg und einem Collector</translation>
    </message>
    <message>
        <source>Open a review bundle (no store, no network).</source>
        <translation>Ein Review-Bundle öffnen (ohne Datenbank, ohne Netzwerk).</translation>
    </message>
    <message>
        <source>The primary&apos;s URL, for changes when --db is a read-only standby.</source>
        <translation>Die URL des Primärservers, für Änderungen, wenn --db ein schreibgeschützter Standby ist.</translation>
    </message>
</context>
<context>
    <name>pegboard</name>
    <message>
        <source>Export %p%</source>
        <translation>Export %p %</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 reports to %2</source>
        <translation>%1 Berichte nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export all reports in the filter</source>
        <translation>Alle Berichte im Filter exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export all open critical reports in the filter</source>
        <translation>Alle offenen kritischen Berichte im Filter exportieren</translation>
    </message>
</context>
<context>
    <name>pegboard::ActionsSection</name>
    <message>
        <source>6. Actions taken (audit log)</source>
        <translation>6. Ergriffene Maßnahmen (Audit-Log)</translation>
    </message>
    <message>
        <source>No action on these reports is recorded in the audit log.</source>
        <translation>Zu diesen Meldungen ist im Audit-Log keine Maßnahme erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Old → new, note</source>
        <translation>Alt → neu, Notiz</translation>
    </message>
    <message>
        <source>Audit id</source>
        <translation>Audit-ID</translation>
    </message>
</context>
<context>
    <name>pegboard::AlertService</name>
    <message>
        <source>The store is not connected yet; nothing was silenced.</source>
        <translation>Der Speicher ist noch nicht verbunden; nichts wurde stummgeschaltet.</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Alarme: %1</translation>
    </message>
    <message>
        <source>Saved (audited).</source>
        <translation>Gespeichert (auditiert).</translation>
    </message>
    <message>
        <source>the store is not connected yet</source>
        <translation>der Speicher ist noch nicht verbunden</translation>
    </message>
</context>
<context>
    <name>pegboard::AlertsPanel</name>
    <message>
        <source>Firings</source>
        <translation>Auslösungen</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>Rules and backtest</source>
        <translation>Regeln und Backtest</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Fired (UTC)</source>
        <translation>Ausgelöst (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>Behoben (UTC)</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>Until (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>New silence…</source>
        <translation>Neue Stummschaltung…</translation>
    </message>
    <message>
        <source>End silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The rules are not a JSON object.</source>
        <translation>Die Regeln sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Replaying the recorded feeds…</source>
        <translation>Die aufgezeichneten Feeds werden abgespielt…</translation>
    </message>
    <message>
        <source>What would these rules have fired over the last</source>
        <translation>Was hätten diese Regeln ausgelöst in den letzten</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>firing (silenced)</source>
        <translation>ausgelöst (stumm)</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Showing the latest %1 firings (open ones first).</source>
        <translation>Die letzten %1 Auslösungen (offene zuerst).</translation>
    </message>
    <message numerus="yes">
        <source>%n firing(s).</source>
        <translation>
            <numerusform>%n Auslösung.</numerusform>
            <numerusform>%n Auslösungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>all rules</source>
        <translation>alle Regeln</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>New silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <source>all coins</source>
        <translation>alle Coins</translation>
    </message>
    <message>
        <source>Rule (name or *):</source>
        <translation>Regel (Name oder *):</translation>
    </message>
    <message>
        <source>Coin:</source>
        <translation>Coin:</translation>
    </message>
    <message>
        <source>Until (UTC):</source>
        <translation>Bis (UTC):</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Grund (Pflicht):</translation>
    </message>
    <message>
        <source>A silence must end in the future.</source>
        <translation>Eine Stummschaltung muss in der Zukunft enden.</translation>
    </message>
    <message>
        <source>Silencing every rule from %1 to %2 UTC…</source>
        <translation>Alle Regeln werden von %1 bis %2 UTC stummgeschaltet…</translation>
    </message>
    <message>
        <source>%1: would not have fired.</source>
        <translation>%1: hätte nicht ausgelöst.</translation>
    </message>
    <message numerus="yes">
        <source>%1: would have fired %n time(s); first %2, last %3 (UTC).</source>
        <translation>
            <numerusform>%1: hätte %n-mal ausgelöst; zuerst %2, zuletzt %3 (UTC).</numerusform>
            <numerusform>%1: hätte %n-mal ausgelöst; zuerst %2, zuletzt %3 (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 → %3  (value %4, peak %5)</source>
        <translation>%1  %2 → %3  (Wert %4, Spitze %5)</translation>
    </message>
    <message>
        <source>still firing</source>
        <translation>noch ausgelöst</translation>
    </message>
    <message>
        <source>Backtest not run: %1</source>
        <translation>Backtest nicht ausgeführt: %1</translation>
    </message>
</context>
<context>
    <name>pegboard::AnalysisPipeline</name>
    <message>
        <source>Correlating conditions…</source>
        <translation>Bedingungen werden korreliert…</translation>
    </message>
    <message>
        <source>Clustering root causes…</source>
        <translation>Ursachen werden gruppiert…</translation>
    </message>
    <message>
        <source>Relating severity and prices…</source>
        <translation>Schweregrad und Preise werden in Beziehung gesetzt…</translation>
    </message>
    <message>
        <source>Training the oracle predictor…</source>
        <translation>Die Oracle-Vorhersage wird trainiert…</translation>
    </message>
    <message>
        <source>Forecasting maintenance windows…</source>
        <translation>Wartungsfenster werden prognostiziert…</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Meldungen werden geladen…</translation>
    </message>
    <message>
        <source>Loading all reports…</source>
        <translation>Alle Meldungen werden geladen…</translation>
    </message>
    <message>
        <source>Loading recorded feeds…</source>
        <translation>Aufgezeichnete Feeds werden geladen…</translation>
    </message>
    <message>
        <source>No model was trained, so none is saved to %1: %2</source>
        <translation>Es wurde kein Modell trainiert, daher wird keines in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pegboard::AnalyzeCommand</name>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL der Datenbank.</translation>
    </message>
    <message>
        <source>Start of the window (ISO 8601, UTC).</source>
        <translation>Beginn des Fensters (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>End of the window, exclusive (ISO 8601, UTC).</source>
        <translation>Ende des Fensters, exklusiv (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Not a valid ISO 8601 time: %1</source>
        <translation>Keine gültige ISO-8601-Zeit: %1</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Model loaded from %1, trained up to %2.</source>
        <translation>Modell aus %1 geladen, trainiert bis %2.</translation>
    </message>
    <message>
        <source>Model trained up to %2 and saved to %1.</source>
        <translation>Modell bis %2 trainiert und in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Predictor model file: tested on the window&apos;s rows after its training period if it exists, trained and saved there if not.</source>
        <translation>Modelldatei der Vorhersage: falls vorhanden, auf den Zeilen des Fensters nach ihrem Trainingszeitraum getestet, sonst trainiert und dort gespeichert.</translation>
    </message>
    <message>
        <source>Train the predictor even if --model exists, and overwrite it.</source>
        <translation>Die Vorhersage auch dann trainieren, wenn --model existiert, und die Datei überschreiben.</translation>
    </message>
    <message>
        <source>--retrain needs --model FILE.</source>
        <translation>--retrain benötigt --model DATEI.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write every clustered report as issue_id,cluster_id CSV to this file (the JSON lists at most 5,000 reports per cluster).</source>
        <translation>Jede gruppierte Meldung als CSV (issue_id,cluster_id) in diese Datei schreiben (das JSON listet höchstens 5.000 Meldungen je Gruppe).</translation>
    </message>
    <message>
        <source>%1 reports analysed.</source>
        <translation>%1 Meldungen analysiert.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>none significant</source>
        <translation>keine signifikanten</translation>
    </message>
    <message>
        <source>Root-cause clusters:</source>
        <translation>Ursachen-Cluster:</translation>
    </message>
    <message>
        <source>%1 reports, mostly %2: &quot;%3&quot;, losses %4 USD</source>
        <translation>%1 Meldungen, meist %2: „%3“, Verluste %4 USD</translation>
    </message>
    <message>
        <source>Oracle predictor (%1), tested on %2 later rows: AUC %3, precision %4, recall %5</source>
        <translation>Oracle-Prädiktor (%1), getestet an %2 späteren Zeilen: AUC %3, Precision %4, Recall %5</translation>
    </message>
    <message>
        <source>Oracle predictor: %1</source>
        <translation>Oracle-Prädiktor: %1</translation>
    </message>
    <message>
        <source>Severity moves with %1 (Pearson r = %2 over %3 reports).</source>
        <translation>Der Schweregrad folgt %1 (Pearson-r = %2 über %3 Meldungen).</translation>
    </message>
    <message>
        <source>Current risk: %1 / 10</source>
        <translation>Aktuelles Risiko: %1 / 10</translation>
    </message>
    <message>
        <source>Maintenance windows:</source>
        <translation>Wartungsfenster:</translation>
    </message>
    <message>
        <source>A review bundle to analyse instead of a store (no database needed).</source>
        <translation>Ein Review-Bundle statt einer Datenbank analysieren (keine Datenbank nötig).</translation>
    </message>
    <message>
        <source>Give either --db or --bundle, not both.</source>
        <translation>Entweder --db oder --bundle angeben, nicht beides.</translation>
    </message>
    <message>
        <source>Risk settings (JSON: weights, thresholds, escalation), or a watch rules file whose &quot;risk&quot; they are: the same settings the console and pegboard watch use.</source>
        <translation>Risikoeinstellungen (JSON: Gewichte, Schwellen, Eskalation) oder eine Watch-Regeldatei mit ihrem &quot;risk&quot;: dieselben Einstellungen wie in der Konsole und in pegboard watch.</translation>
    </message>
</context>
<context>
    <name>pegboard::AppendixSection</name>
    <message>
        <source>Appendix: evidence</source>
        <translation>Anhang: Nachweise</translation>
    </message>
    <message>
        <source>Every report and every audited change is a leaf of the store&apos;s append-only Merkle log (RFC 6962). The signed checkpoint below fixes the log at generation; `pegboard audit verify --checkpoint` with this text proves later that no cited record was edited, deleted, reordered or inserted.</source>
        <translation>Jede Meldung und jede auditierte Änderung ist ein Blatt des nur erweiterbaren Merkle-Logs des Speichers (RFC 6962). Der signierte Checkpoint unten hält das Log zum Erstellungszeitpunkt fest; `pegboard audit verify --checkpoint` mit diesem Text beweist später, dass kein zitierter Datensatz bearbeitet, gelöscht, umsortiert oder eingefügt wurde.</translation>
    </message>
    <message>
        <source>Signed checkpoint (C2SP tlog-checkpoint, verbatim)</source>
        <translation>Signierter Checkpoint (C2SP tlog-checkpoint, wörtlich)</translation>
    </message>
    <message>
        <source>Verifier key</source>
        <translation>Prüfschlüssel</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence set</source>
        <translation>SHA-256 der Nachweismenge</translation>
    </message>
    <message>
        <source>Records cited</source>
        <translation>Zitierte Datensätze</translation>
    </message>
    <message>
        <source>Verification of the rows at generation</source>
        <translation>Prüfung der Zeilen bei Erstellung</translation>
    </message>
    <message>
        <source>no tampering found</source>
        <translation>keine Manipulation gefunden</translation>
    </message>
    <message>
        <source>The evidence hash is the SHA-256 of one line per cited record, &quot;&lt;leaf&gt; &lt;table&gt; &lt;id&gt; &lt;base64 leaf hash&gt;\n&quot;, in leaf order.</source>
        <translation>Der Nachweis-Hash ist der SHA-256 über eine Zeile je zitiertem Datensatz, &quot;&lt;leaf&gt; &lt;table&gt; &lt;id&gt; &lt;base64 leaf hash&gt;\n&quot;, in Blattreihenfolge.</translation>
    </message>
    <message>
        <source>Leaf index of every cited record</source>
        <translation>Blattindex jedes zitierten Datensatzes</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Leaf hash (base64)</source>
        <translation>Blatt-Hash (Base64)</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cited records; the evidence hash covers all of them.</source>
        <translation>%1 von %2 zitierten Datensätzen gezeigt; der Nachweis-Hash deckt alle ab.</translation>
    </message>
    <message>
        <source>This report was made from a review bundle. A bundle carries the reports and audit rows of its window but not the store&apos;s Merkle log, so the leaf index and leaf hash of each cited record and the evidence hash are not recorded here; the bundle&apos;s own checks (table hashes and the manifest signature) are. To prove the cited records unchanged, generate the report from the store, or run `pegboard audit verify --checkpoint` on the store with a checkpoint taken before.</source>
        <translation>Dieser Bericht wurde aus einem Review-Bundle erstellt. Ein Bundle enthält die Meldungen und Audit-Zeilen seines Zeitfensters, aber nicht das Merkle-Log der Datenbank; Leaf-Index und Leaf-Hash jedes zitierten Datensatzes und der Hash der Beweismenge sind hier daher nicht erfasst, die eigenen Prüfungen des Bundles (Tabellen-Hashes und Manifest-Signatur) schon. Um zu belegen, dass die zitierten Datensätze unverändert sind, erstellen Sie den Bericht aus der Datenbank oder führen `pegboard audit verify --checkpoint` auf der Datenbank mit einem früher genommenen Checkpoint aus.</translation>
    </message>
    <message>
        <source>Checkpoint: %1 (the bundle&apos;s manifest holds none).</source>
        <translation>Checkpoint: %1 (das Manifest des Bundles enthält keinen).</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
</context>
<context>
    <name>pegboard::AuditCommand</name>
    <message>
        <source>Signed checkpoints of the evidence log, and verification against them (audit checkpoint|verify --db URL)</source>
        <translation>Signierte Checkpoints des Nachweis-Logs und Prüfung dagegen (audit checkpoint|verify --db URL)</translation>
    </message>
    <message>
        <source>checkpoint or verify</source>
        <translation>checkpoint oder verify</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL des Speichers.</translation>
    </message>
    <message>
        <source>Signing key (signed-note PRIVATE+KEY format); default: %1, created on first use.</source>
        <translation>Signaturschlüssel (signed-note-Format PRIVATE+KEY); Standard: %1, beim ersten Gebrauch angelegt.</translation>
    </message>
    <message>
        <source>Where to write the checkpoint (and FILE.leaves beside it).</source>
        <translation>Wohin der Checkpoint geschrieben wird (und FILE.leaves daneben).</translation>
    </message>
    <message>
        <source>An older checkpoint to verify against.</source>
        <translation>Ein älterer Checkpoint, gegen den geprüft wird.</translation>
    </message>
    <message>
        <source>The signer&apos;s verifier key (name+id+key); default: the key&apos;s .pub.</source>
        <translation>Der Prüfschlüssel des Signierers (name+id+key); Standard: die .pub des Schlüssels.</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s leaf list; default: CHECKPOINT.leaves when present.</source>
        <translation>Die Blattliste des Checkpoints; Standard: CHECKPOINT.leaves, falls vorhanden.</translation>
    </message>
    <message>
        <source>Print the verification as one JSON object.</source>
        <translation>Die Prüfung als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--db is required.</source>
        <translation>--db ist erforderlich.</translation>
    </message>
    <message>
        <source>checkpoint needs -o FILE.</source>
        <translation>checkpoint braucht -o DATEI.</translation>
    </message>
    <message>
        <source>Unknown or missing action; use &apos;checkpoint&apos; or &apos;verify&apos;.</source>
        <translation>Unbekannte oder fehlende Aktion; &apos;checkpoint&apos; oder &apos;verify&apos; verwenden.</translation>
    </message>
    <message>
        <source>Refusing to sign: the store does not verify.</source>
        <translation>Signieren verweigert: der Speicher besteht die Prüfung nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Checkpoint of %1 leaves written to %2 (leaf list: %2.leaves); verifier key: %3</source>
        <translation>Checkpoint über %1 Blätter nach %2 geschrieben (Blattliste: %2.leaves); Prüfschlüssel: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Verified: %1 leaves, root %2.</source>
        <translation>Geprüft: %1 Blätter, Wurzel %2.</translation>
    </message>
    <message>
        <source>FIRST: %1</source>
        <translation>ERSTER: %1</translation>
    </message>
</context>
<context>
    <name>pegboard::AuditTableModel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>pegboard::AuditVerifier</name>
    <message>
        <source>it is leaf %1 now, inside the part of the log the checkpoint covers, but the checkpoint did not list it</source>
        <translation>er ist jetzt Blatt %1, innerhalb des vom Checkpoint abgedeckten Teils, aber der Checkpoint führte ihn nicht</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s leaf %1 is this row, which is no longer in the store</source>
        <translation>Blatt %1 des Checkpoints ist diese Zeile, die nicht mehr im Speicher ist</translation>
    </message>
    <message>
        <source>its content no longer hashes to the checkpoint&apos;s leaf %1</source>
        <translation>sein Inhalt ergibt nicht mehr den Hash von Blatt %1 des Checkpoints</translation>
    </message>
    <message>
        <source>it was leaf %1 of the checkpoint and is leaf %2 now</source>
        <translation>er war Blatt %1 des Checkpoints und ist jetzt Blatt %2</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s signature does not verify with key %1 (%2).</source>
        <translation>Die Signatur des Checkpoints lässt sich mit Schlüssel %1 (%2) nicht bestätigen.</translation>
    </message>
    <message>
        <source>No public key given: the checkpoint&apos;s signature was not checked.</source>
        <translation>Kein öffentlicher Schlüssel angegeben: die Signatur des Checkpoints wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The checkpoint is of log %1, this store is %2.</source>
        <translation>Der Checkpoint gehört zu Log %1, dieser Speicher ist %2.</translation>
    </message>
    <message>
        <source>The log has %1 leaves, fewer than the checkpoint&apos;s %2: records were deleted.</source>
        <translation>Das Log hat %1 Blätter, weniger als die %2 des Checkpoints: Datensätze wurden gelöscht.</translation>
    </message>
    <message>
        <source>Consistent with the checkpoint of %1 leaves (RFC 9162 proof of %2 hashes).</source>
        <translation>Konsistent mit dem Checkpoint über %1 Blätter (RFC-9162-Beweis aus %2 Hashes).</translation>
    </message>
    <message>
        <source>The leaf list does not give the checkpoint&apos;s root; it belongs to another checkpoint or was altered.</source>
        <translation>Die Blattliste ergibt nicht die Wurzel des Checkpoints; sie gehört zu einem anderen Checkpoint oder wurde verändert.</translation>
    </message>
    <message>
        <source>The first %1 leaves no longer give the checkpoint&apos;s root %2.</source>
        <translation>Die ersten %1 Blätter ergeben nicht mehr die Wurzel %2 des Checkpoints.</translation>
    </message>
    <message>
        <source>Keep the checkpoint&apos;s .leaves file beside it to name the record.</source>
        <translation>Die .leaves-Datei neben dem Checkpoint aufbewahren, um den Datensatz zu benennen.</translation>
    </message>
</context>
<context>
    <name>pegboard::AuditView</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Filter: person, action, report, value…</source>
        <translation>Filter: Person, Aktion, Meldung, Wert…</translation>
    </message>
    <message>
        <source>Recompute every leaf of the evidence log and compare it with the last checkpoint</source>
        <translation>Jedes Blatt des Nachweis-Logs neu berechnen und mit dem letzten Checkpoint vergleichen</translation>
    </message>
    <message>
        <source>&amp;Checkpoint</source>
        <translation>&amp;Checkpoint</translation>
    </message>
    <message>
        <source>Sign the evidence log as it is now and keep the checkpoint outside the database</source>
        <translation>Das Nachweis-Log im jetzigen Stand signieren und den Checkpoint außerhalb der Datenbank aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Recomputing the evidence log…</source>
        <translation>Nachweis-Log wird neu berechnet…</translation>
    </message>
</context>
<context>
    <name>pegboard::Backtest</name>
    <message>
        <source>The backtest window is empty.</source>
        <translation>Das Backtest-Fenster ist leer.</translation>
    </message>
    <message>
        <source>Backtest cancelled.</source>
        <translation>Backtest abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pegboard::BundleCommand</name>
    <message>
        <source>Usage: pegboard bundle export|verify …; see pegboard bundle export --help.</source>
        <translation>Aufruf: pegboard bundle export|verify …; siehe pegboard bundle export --help.</translation>
    </message>
    <message>
        <source>Export a window of the store as one signed SQLite review bundle.</source>
        <translation>Ein Zeitfenster der Datenbank als ein signiertes SQLite-Review-Bundle exportieren.</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL der Datenbank.</translation>
    </message>
    <message>
        <source>Start of the window (ISO 8601, UTC).</source>
        <translation>Beginn des Zeitfensters (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>End of the window, exclusive (ISO 8601, UTC).</source>
        <translation>Ende des Zeitfensters, exklusiv (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Redaction profile: %1.</source>
        <translation>Schwärzungsprofil: %1.</translation>
    </message>
    <message>
        <source>Ed25519 private key (PEM) to sign the manifest with; default PEGBOARD_BUNDLE_KEY.</source>
        <translation>Privater Ed25519-Schlüssel (PEM) zum Signieren des Manifests; Standard PEGBOARD_BUNDLE_KEY.</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>Die zu schreibende Bundle-Datei.</translation>
    </message>
    <message>
        <source>bundle export needs --db URL and -o FILE.</source>
        <translation>bundle export braucht --db URL und -o DATEI.</translation>
    </message>
    <message>
        <source>Not a valid ISO 8601 time: %1</source>
        <translation>Keine gültige ISO-8601-Zeit: %1</translation>
    </message>
    <message>
        <source>--from must be before --to.</source>
        <translation>--from muss vor --to liegen.</translation>
    </message>
    <message>
        <source>Unknown redaction profile %1; known: %2.</source>
        <translation>Unbekanntes Schwärzungsprofil %1; bekannt: %2.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3 s): %4; %5.</source>
        <translation>%1 geschrieben (%2 Bytes, %3 s): %4; %5.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Check a review bundle&apos;s table hashes, row digests and signature.</source>
        <translation>Tabellen-Hashes, Zeilen-Digests und Signatur eines Review-Bundles prüfen.</translation>
    </message>
    <message>
        <source>The Ed25519 public key (PEM) the bundle must be signed with.</source>
        <translation>Der öffentliche Ed25519-Schlüssel (PEM), mit dem das Bundle signiert sein muss.</translation>
    </message>
    <message>
        <source>The bundle.</source>
        <translation>Das Bundle.</translation>
    </message>
    <message>
        <source>bundle verify needs exactly one FILE.</source>
        <translation>bundle verify braucht genau eine DATEI.</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>OK: %1 — %2; %3.</source>
        <translation>OK: %1 — %2; %3.</translation>
    </message>
    <message>
        <source>signed by Ed25519 key %1</source>
        <translation>signiert mit Ed25519-Schlüssel %1</translation>
    </message>
    <message>
        <source>Signed-note key the evidence log&apos;s checkpoint in the manifest is signed with (as `pegboard audit checkpoint --key`); default: %1 when it exists, else the checkpoint is unsigned.</source>
        <translation>Signed-Note-Schlüssel, mit dem der Checkpoint des Beweisprotokolls im Manifest signiert wird (wie `pegboard audit checkpoint --key`); Standard: %1, falls vorhanden, sonst bleibt der Checkpoint unsigniert.</translation>
    </message>
    <message>
        <source>Warning: the store&apos;s evidence log does not verify, so its checkpoint in the bundle is unsigned: %1</source>
        <translation>Warnung: Das Beweisprotokoll des Speichers lässt sich nicht verifizieren, daher ist sein Checkpoint im Bundle unsigniert: %1</translation>
    </message>
    <message>
        <source>The store keeps no evidence log; the manifest holds no audit checkpoint.</source>
        <translation>Der Speicher führt kein Beweisprotokoll; das Manifest enthält keinen Audit-Checkpoint.</translation>
    </message>
    <message>
        <source>Audit checkpoint (signed):</source>
        <translation>Audit-Checkpoint (signiert):</translation>
    </message>
    <message>
        <source>Audit checkpoint (unsigned):</source>
        <translation>Audit-Checkpoint (unsigniert):</translation>
    </message>
    <message>
        <source>No audit checkpoint in the manifest.</source>
        <translation>Kein Audit-Checkpoint im Manifest.</translation>
    </message>
    <message>
        <source>Audit checkpoint at export (%1 leaves, %2):</source>
        <translation>Audit-Checkpoint beim Export (%1 Blätter, %2):</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
</context>
<context>
    <name>pegboard::BundleDataset</name>
    <message>
        <source>No review bundle at %1.</source>
        <translation>Kein Review-Bundle unter %1.</translation>
    </message>
    <message>
        <source>%1 is not a Pegboard review bundle (%2).</source>
        <translation>%1 ist kein Pegboard-Review-Bundle (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Pegboard review bundle.</source>
        <translation>%1 ist kein Pegboard-Review-Bundle.</translation>
    </message>
    <message>
        <source>%1 is a review bundle of format version %2; this Pegboard reads up to %3.</source>
        <translation>%1 ist ein Review-Bundle im Format Version %2; dieses Pegboard liest bis Version %3.</translation>
    </message>
    <message>
        <source>review bundle %1 (%2 – %3 UTC)</source>
        <translation>Review-Bundle %1 (%2 – %3 UTC)</translation>
    </message>
    <message>
        <source>This is a review bundle: a signed, read-only copy of a window. Acknowledge, annotate and resolve in the live store.</source>
        <translation>Dies ist ein Review-Bundle: eine signierte, schreibgeschützte Kopie eines Zeitfensters. Bestätigen, kommentieren und lösen Sie in der laufenden Datenbank.</translation>
    </message>
    <message>
        <source>%1 rows of the bundle could not be read.</source>
        <translation>%1 Zeilen des Bundles konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>pegboard::BundleSigner</name>
    <message>
        <source>The signing key is not a PEM private key.</source>
        <translation>Der Signaturschlüssel ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 key.</source>
        <translation>Der Signaturschlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>Signing the manifest failed.</source>
        <translation>Das Signieren des Manifests ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 PEM key.</source>
        <translation>Der öffentliche Schlüssel ist kein Ed25519-PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::BundleVerifier</name>
    <message>
        <source>The bundle is not signed, but a public key was given.</source>
        <translation>Das Bundle ist nicht signiert, aber ein öffentlicher Schlüssel wurde angegeben.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature algorithm is not ed25519.</source>
        <translation>Der Signaturalgorithmus des Manifests ist nicht ed25519.</translation>
    </message>
    <message>
        <source>The manifest is signed by another key (%1) than the one given.</source>
        <translation>Das Manifest ist mit einem anderen Schlüssel (%1) als dem angegebenen signiert.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify: the manifest was changed after signing, or the signature is not from this key.</source>
        <translation>Die Signatur des Manifests ist ungültig: Das Manifest wurde nach dem Signieren geändert, oder die Signatur stammt nicht von diesem Schlüssel.</translation>
    </message>
    <message>
        <source>%1: the columns are %2, the format has %3.</source>
        <translation>%1: Die Spalten sind %2, das Format hat %3.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlen</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>am Anfang</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1: row %2 and later are missing (%3).</source>
        <translation>%1: Zeile %2 und folgende fehlen (%3).</translation>
    </message>
    <message>
        <source>%1: row %2 (%3) was inserted.</source>
        <translation>%1: Zeile %2 (%3) wurde eingefügt.</translation>
    </message>
    <message>
        <source>%1: row %2 is missing (%3, before %4).</source>
        <translation>%1: Zeile %2 fehlt (%3, vor %4).</translation>
    </message>
    <message>
        <source>%1: row %2 (%3) was changed.</source>
        <translation>%1: Zeile %2 (%3) wurde geändert.</translation>
    </message>
    <message>
        <source>%1: the manifest has no hash or row count for it.</source>
        <translation>%1: Das Manifest hat dafür keinen Hash oder keine Zeilenzahl.</translation>
    </message>
    <message>
        <source>%1: %2 rows, the manifest says %3.</source>
        <translation>%1: %2 Zeilen, laut Manifest %3.</translation>
    </message>
    <message>
        <source>%1: the table&apos;s SHA-256 does not match the manifest (its row digests were rewritten too).</source>
        <translation>%1: Der SHA-256 der Tabelle passt nicht zum Manifest (auch ihre Zeilen-Digests wurden umgeschrieben).</translation>
    </message>
    <message>
        <source>%1: the rows match the manifest but not their stored row digests.</source>
        <translation>%1: Die Zeilen passen zum Manifest, aber nicht zu ihren gespeicherten Zeilen-Digests.</translation>
    </message>
    <message>
        <source>The manifest&apos;s audit_checkpoint is not a checkpoint: %1</source>
        <translation>Der audit_checkpoint des Manifests ist kein Checkpoint: %1</translation>
    </message>
</context>
<context>
    <name>pegboard::BundleWriter</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Malformed COPY row in %1.</source>
        <translation>Fehlerhafte COPY-Zeile in %1.</translation>
    </message>
    <message>
        <source>Not an integer in %1.%2.</source>
        <translation>Keine ganze Zahl in %1.%2.</translation>
    </message>
    <message>
        <source>Not a number in %1.%2.</source>
        <translation>Keine Zahl in %1.%2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indizes werden erstellt…</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Connecting to the store…</source>
        <translation>Verbindung zur Datenbank…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reading the evidence log…</source>
        <translation>Beweisprotokoll wird gelesen…</translation>
    </message>
</context>
<context>
    <name>pegboard::ChangeListenerWorker</name>
    <message>
        <source>The database closed the connection.</source>
        <translation>Die Datenbank hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>pegboard::Checkpoint</name>
    <message>
        <source>Not a valid checkpoint: %1</source>
        <translation>Kein gültiger Checkpoint: %1</translation>
    </message>
    <message>
        <source>no blank line before the signatures</source>
        <translation>keine Leerzeile vor den Signaturen</translation>
    </message>
    <message>
        <source>fewer than three lines</source>
        <translation>weniger als drei Zeilen</translation>
    </message>
    <message>
        <source>the origin line is empty or has spaces</source>
        <translation>die Ursprungszeile ist leer oder enthält Leerzeichen</translation>
    </message>
    <message>
        <source>the tree size is not a decimal number</source>
        <translation>die Baumgröße ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>the root hash is not 32 bytes of base64</source>
        <translation>der Wurzel-Hash ist nicht 32 Byte Base64</translation>
    </message>
    <message>
        <source>an empty extension line</source>
        <translation>eine leere Erweiterungszeile</translation>
    </message>
    <message>
        <source>a signature line does not start with an em dash</source>
        <translation>eine Signaturzeile beginnt nicht mit einem Geviertstrich</translation>
    </message>
    <message>
        <source>a signature line has no key name</source>
        <translation>eine Signaturzeile hat keinen Schlüsselnamen</translation>
    </message>
    <message>
        <source>a signature is too short</source>
        <translation>eine Signatur ist zu kurz</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>keine Signatur</translation>
    </message>
    <message>
        <source>the text does not end with a newline</source>
        <translation>der Text endet nicht mit einem Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>pegboard::ClassificationSection</name>
    <message>
        <source>cannot assess</source>
        <translation>nicht bewertbar</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>3. Classification worksheet (DORA, Delegated Regulation (EU) 2024/1772)</source>
        <translation>3. Klassifizierungsblatt (DORA, Delegierte Verordnung (EU) 2024/1772)</translation>
    </message>
    <message>
        <source>Critical services affected</source>
        <translation>Kritische Dienste betroffen</translation>
    </message>
    <message>
        <source>yes (a precondition for a major incident)</source>
        <translation>ja (Voraussetzung für einen schwerwiegenden Vorfall)</translation>
    </message>
    <message>
        <source>Clients, counterparts and transactions affected</source>
        <translation>Betroffene Kunden, Gegenparteien und Transaktionen</translation>
    </message>
    <message>
        <source>&gt; 10 % of clients or &gt; 100,000 clients</source>
        <translation>&gt; 10 % der Kunden oder &gt; 100.000 Kunden</translation>
    </message>
    <message>
        <source>Data losses (availability, authenticity, integrity, confidentiality)</source>
        <translation>Datenverluste (Verfügbarkeit, Authentizität, Integrität, Vertraulichkeit)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>jeder</translation>
    </message>
    <message>
        <source>Reputational impact</source>
        <translation>Reputationsschaden</translation>
    </message>
    <message>
        <source>media coverage, complaints or regulatory attention</source>
        <translation>Medienberichte, Beschwerden oder aufsichtliche Aufmerksamkeit</translation>
    </message>
    <message>
        <source>(still open)</source>
        <translation>(noch offen)</translation>
    </message>
    <message>
        <source>Duration of the incident</source>
        <translation>Dauer des Vorfalls</translation>
    </message>
    <message>
        <source>&gt; 24 h</source>
        <translation>&gt; 24 h</translation>
    </message>
    <message>
        <source>Service downtime (critical services)</source>
        <translation>Ausfallzeit (kritische Dienste)</translation>
    </message>
    <message>
        <source>&gt; 2 h</source>
        <translation>&gt; 2 h</translation>
    </message>
    <message>
        <source>Geographical spread (Member States)</source>
        <translation>Geografische Ausbreitung (Mitgliedstaaten)</translation>
    </message>
    <message>
        <source>≥ 2 Member States</source>
        <translation>≥ 2 Mitgliedstaaten</translation>
    </message>
    <message>
        <source>(actual, from the store)</source>
        <translation>(tatsächlich, aus dem Speicher)</translation>
    </message>
    <message>
        <source>(estimated, from the store)</source>
        <translation>(geschätzt, aus dem Speicher)</translation>
    </message>
    <message>
        <source>(EUR rate not recorded)</source>
        <translation>(EUR-Kurs nicht erfasst)</translation>
    </message>
    <message>
        <source>Economic impact (direct and indirect costs and losses)</source>
        <translation>Wirtschaftliche Auswirkungen (direkte und indirekte Kosten und Verluste)</translation>
    </message>
    <message>
        <source>&gt; EUR 100,000</source>
        <translation>&gt; 100.000 EUR</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>A major incident affects critical services and either has data losses or meets two or more of the other criteria. &quot;cannot assess&quot; means the profile does not record the value.</source>
        <translation>Ein schwerwiegender Vorfall betrifft kritische Dienste und hat entweder Datenverluste oder erfüllt zwei oder mehr der übrigen Kriterien. &quot;nicht bewertbar&quot; heißt, das Profil erfasst den Wert nicht.</translation>
    </message>
</context>
<context>
    <name>pegboard::ClusterCorrectionController</name>
    <message>
        <source>A correction is still being saved.</source>
        <translation>Eine Korrektur wird noch gespeichert.</translation>
    </message>
    <message>
        <source>Choose two different clusters to merge.</source>
        <translation>Wählen Sie zwei verschiedene Cluster zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Choose some, but not all, of the cluster&apos;s reports to split off.</source>
        <translation>Wählen Sie einige, aber nicht alle Meldungen des Clusters zum Abtrennen.</translation>
    </message>
    <message>
        <source>Choose a report and a cluster it is not in.</source>
        <translation>Wählen Sie eine Meldung und einen Cluster, in dem sie nicht ist.</translation>
    </message>
</context>
<context>
    <name>pegboard::ClusterModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation>Gas %1 gwei</translation>
    </message>
    <message>
        <source>peg %1 bps</source>
        <translation>Peg %1 bps</translation>
    </message>
    <message>
        <source>oracle %1 s old</source>
        <translation>Oracle %1 s alt</translation>
    </message>
    <message>
        <source>%1 congestion</source>
        <translation>Netzlast %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Representative report</source>
        <translation>Typische Meldung</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Typical conditions</source>
        <translation>Typische Bedingungen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 pending transactions</source>
        <translation>%1 ausstehende Transaktionen</translation>
    </message>
    <message>
        <source>peg deviation %1 bps</source>
        <translation>Peg-Abweichung %1 bps</translation>
    </message>
    <message>
        <source>volatility %1</source>
        <translation>Volatilität %1</translation>
    </message>
    <message>
        <source>24 h volume %1 USD</source>
        <translation>24-h-Volumen %1 USD</translation>
    </message>
    <message>
        <source>collateral ratio %1</source>
        <translation>Besicherungsquote %1</translation>
    </message>
    <message>
        <source>coin %1</source>
        <translation>Coin %1</translation>
    </message>
    <message>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <source>MEV activity %1</source>
        <translation>MEV-Aktivität %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>protocol state</source>
        <translation>Protokollzustand</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>contract or transaction</source>
        <translation>Vertrag oder Transaktion</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Häufung</translation>
    </message>
    <message>
        <source>Repeated reports</source>
        <translation>Wiederholte Meldungen</translation>
    </message>
    <message>
        <source>Incident across report types</source>
        <translation>Vorfall über Meldungsarten hinweg</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message>
        <source>alike in %1</source>
        <translation>ähnlich in %1</translation>
    </message>
    <message>
        <source>cohesion %1</source>
        <translation>Kohäsion %1</translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation>korrigiert durch %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>pegboard::CommandAction</name>
    <message>
        <source>%1.program: required</source>
        <translation>%1.program: erforderlich</translation>
    </message>
    <message>
        <source>%1.args: must be a list of strings</source>
        <translation>%1.args: muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1.timeout_s: must lie within 0–3600</source>
        <translation>%1.timeout_s: muss zwischen 0 und 3600 liegen</translation>
    </message>
    <message>
        <source>cannot start: %1</source>
        <translation>kann nicht starten: %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>crashed: %1</source>
        <translation>abgestürzt: %1</translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceController</name>
    <message>
        <source>Verified: %1 leaves.</source>
        <translation>Geprüft: %1 Blätter.</translation>
    </message>
    <message>
        <source>FIRST: %1</source>
        <translation>ERSTER: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceReportDialog</name>
    <message>
        <source>Incident (any of its reports):</source>
        <translation>Vorfall (eine beliebige seiner Meldungen):</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>Period (the filter&apos;s window, UTC):</source>
        <translation>Zeitraum (Fenster des Filters, UTC):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>optional: JSON with entity name, LEI, clients, Member States…</source>
        <translation>optional: JSON mit Unternehmensname, LEI, Kunden, Mitgliedstaaten…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Reporting entity profile</source>
        <translation>Profil des meldenden Unternehmens</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The first page appears here.</source>
        <translation>Hier erscheint die erste Seite.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Not a report id: %1</source>
        <translation>Keine Meldungs-ID: %1</translation>
    </message>
    <message>
        <source>The period&apos;s start must be before its end.</source>
        <translation>Der Beginn des Zeitraums muss vor seinem Ende liegen.</translation>
    </message>
    <message>
        <source>The profile %1 is not a readable JSON object.</source>
        <translation>Das Profil %1 ist kein lesbares JSON-Objekt.</translation>
    </message>
    <message>
        <source>Save compliance report</source>
        <translation>Compliance-Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>%1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>No preview (pdftoppm from poppler-utils is needed).</source>
        <translation>Keine Vorschau (pdftoppm aus poppler-utils wird benötigt).</translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceSummaryPanel</name>
    <message>
        <source>No audit log loaded yet.</source>
        <translation>Noch kein Audit-Log geladen.</translation>
    </message>
    <message>
        <source>No checkpoint taken on this computer yet.</source>
        <translation>Auf diesem Rechner wurde noch kein Checkpoint erstellt.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Open filing deadlines:</source>
        <translation>Offene Meldefristen:</translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation>Letzter Checkpoint:</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>%1: DORA initial %2, NYDFS %3</source>
        <translation>%1: DORA-Erstmeldung %2, NYDFS %3</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message>
        <source>%1 open (UTC):</source>
        <translation>%1 offen (UTC):</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 leaves, root %2</source>
        <translation>%1 Blätter, Wurzel %2</translation>
    </message>
</context>
<context>
    <name>pegboard::ComplianceWiring</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Compliance and audit</source>
        <translation>Compliance und Audit</translation>
    </message>
    <message>
        <source>Checkpoint written to %1</source>
        <translation>Checkpoint nach %1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Compliance report…</source>
        <translation>&amp;Compliance-Bericht…</translation>
    </message>
</context>
<context>
    <name>pegboard::ConsoleApp</name>
    <message>
        <source>Demo: %1 (%2%)</source>
        <translation>Demo: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Demo running: a depeg is unfolding; reports arrive through the collector at %1.</source>
        <translation>Demo läuft: ein Depeg bahnt sich an; Meldungen kommen über den Collector unter %1.</translation>
    </message>
    <message>
        <source>Demo could not start</source>
        <translation>Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>Open review bundle</source>
        <translation>Review-Bundle öffnen</translation>
    </message>
    <message>
        <source>Review bundles (*.pgbundle *.sqlite *.db);;All files (*)</source>
        <translation>Review-Bundles (*.pgbundle *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Replay: recorded peg</source>
        <translation>Wiedergabe: aufgezeichneter Peg</translation>
    </message>
    <message>
        <source>Replay unavailable: %1</source>
        <translation>Wiedergabe nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Replay the filter&apos;s window</source>
        <translation>Zeitfenster des Filters wiedergeben</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Nächste Meldung</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
</context>
<context>
    <name>pegboard::ConsoleController</name>
    <message>
        <source>Lost the connection to the store (%1); reconnecting…</source>
        <translation>Verbindung zur Datenbank verloren (%1); verbinde neu…</translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Could not acknowledge the report: %1</source>
        <translation>Die Meldung konnte nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not resolve the report: %1</source>
        <translation>Die Meldung konnte nicht erledigt werden: %1</translation>
    </message>
    <message>
        <source>Could not record the prevention status: %1</source>
        <translation>Der Vorbeugungsstatus konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This store is a read-only standby, which sends no live notifications; checking it for new reports every second instead.</source>
        <translation>Diese Datenbank ist ein schreibgeschützter Standby, der keine Live-Benachrichtigungen sendet; stattdessen wird sie jede Sekunde auf neue Meldungen geprüft.</translation>
    </message>
</context>
<context>
    <name>pegboard::ContextFieldsModel</name>
    <message>
        <source>Gas price</source>
        <translation>Gaspreis</translation>
    </message>
    <message>
        <source>Pending transactions</source>
        <translation>Ausstehende Transaktionen</translation>
    </message>
    <message>
        <source>Network congestion</source>
        <translation>Netzauslastung</translation>
    </message>
    <message>
        <source>MEV bot activity</source>
        <translation>MEV-Bot-Aktivität</translation>
    </message>
    <message>
        <source>Peg deviation</source>
        <translation>Abweichung von der Bindung</translation>
    </message>
    <message>
        <source>24 h volume</source>
        <translation>24-h-Volumen</translation>
    </message>
    <message>
        <source>Volatility index</source>
        <translation>Volatilitätsindex</translation>
    </message>
    <message>
        <source>Arbitrage opportunity</source>
        <translation>Arbitragemöglichkeit</translation>
    </message>
    <message>
        <source>Collateral ratio</source>
        <translation>Besicherungsquote</translation>
    </message>
    <message>
        <source>Reserve balance</source>
        <translation>Reserven</translation>
    </message>
    <message>
        <source>Oracle last update</source>
        <translation>Letzte Orakel-Aktualisierung</translation>
    </message>
    <message>
        <source>Rebalance threshold reached</source>
        <translation>Rebalancing-Schwelle erreicht</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Alter der Daten</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>(%n s before the report)</source>
        <translation>
            <numerusform>(%n s vor der Meldung)</numerusform>
            <numerusform>(%n s vor der Meldung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n min before the report)</source>
        <translation>
            <numerusform>(%n min vor der Meldung)</numerusform>
            <numerusform>(%n min vor der Meldung)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gwei</source>
        <translation>%1 gwei</translation>
    </message>
    <message>
        <source>%1 bps</source>
        <translation>%1 bps</translation>
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
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>pegboard::ContextSnapshot</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>elevated</source>
        <translation>erhöht</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>pegboard::CsvExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>No store is open yet.</source>
        <translation>Noch ist kein Speicher geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 reports written</source>
        <translation>%1 Berichte geschrieben</translation>
    </message>
</context>
<context>
    <name>pegboard::DatasetReportSource</name>
    <message>
        <source>Review bundle manifest signer (Ed25519, base64)</source>
        <translation>Unterzeichner des Bundle-Manifests (Ed25519, Base64)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Review bundle audit rows and last audit hash</source>
        <translation>Audit-Zeilen des Bundles und letzter Audit-Hash</translation>
    </message>
</context>
<context>
    <name>pegboard::DeadlinesSection</name>
    <message>
        <source>8. Notification deadlines</source>
        <translation>8. Meldefristen</translation>
    </message>
    <message>
        <source>submitted %1 (on time)</source>
        <translation>eingereicht %1 (fristgerecht)</translation>
    </message>
    <message>
        <source>submitted %1 (late)</source>
        <translation>eingereicht %1 (verspätet)</translation>
    </message>
    <message>
        <source>cannot be computed: the start is not recorded</source>
        <translation>nicht berechenbar: der Beginn ist nicht erfasst</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>ÜBERFÄLLIG seit %1</translation>
    </message>
    <message>
        <source>open, %1 left</source>
        <translation>offen, noch %1</translation>
    </message>
    <message>
        <source>DORA initial notification</source>
        <translation>DORA-Erstmeldung</translation>
    </message>
    <message>
        <source>≤ 4 h after classification (≤ 24 h after detection)</source>
        <translation>≤ 4 h nach Klassifizierung (≤ 24 h nach Erkennung)</translation>
    </message>
    <message>
        <source>DORA intermediate report</source>
        <translation>DORA-Zwischenbericht</translation>
    </message>
    <message>
        <source>≤ 72 h after the initial notification</source>
        <translation>≤ 72 h nach der Erstmeldung</translation>
    </message>
    <message>
        <source>DORA final report</source>
        <translation>DORA-Abschlussbericht</translation>
    </message>
    <message>
        <source>≤ 1 month after the intermediate report</source>
        <translation>≤ 1 Monat nach dem Zwischenbericht</translation>
    </message>
    <message>
        <source>NYDFS 500.17 notice</source>
        <translation>NYDFS-500.17-Meldung</translation>
    </message>
    <message>
        <source>≤ 72 h after determining a cybersecurity incident</source>
        <translation>≤ 72 h nach Feststellung eines Cybersicherheitsvorfalls</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Fällig (UTC)</translation>
    </message>
    <message>
        <source>Status at generation</source>
        <translation>Stand bei Erstellung</translation>
    </message>
    <message>
        <source>Classification time: %1. Submission times come from the profile (initial_notification_at, intermediate_report_at, final_report_at, nydfs_notice_at).</source>
        <translation>Zeitpunkt der Klassifizierung: %1. Einreichungszeiten stammen aus dem Profil (initial_notification_at, intermediate_report_at, final_report_at, nydfs_notice_at).</translation>
    </message>
</context>
<context>
    <name>pegboard::DemoRunner</name>
    <message>
        <source>Starting the demo store</source>
        <translation>Demo-Datenbank wird gestartet</translation>
    </message>
    <message>
        <source>Cannot create the demo directory %1.</source>
        <translation>Das Demo-Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>History already in the store</source>
        <translation>Historie bereits in der Datenbank</translation>
    </message>
    <message>
        <source>Starting the feed simulator</source>
        <translation>Feed-Simulator wird gestartet</translation>
    </message>
    <message>
        <source>Starting the collector</source>
        <translation>Collector wird gestartet</translation>
    </message>
    <message>
        <source>No free local port for the collector.</source>
        <translation>Kein freier lokaler Port für den Collector.</translation>
    </message>
    <message>
        <source>The collector exited (code %1); see %2.</source>
        <translation>Der Collector wurde beendet (Code %1); siehe %2.</translation>
    </message>
    <message>
        <source>Cannot start the collector: %1</source>
        <translation>Der Collector kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The collector did not answer on %1 within %2 s.</source>
        <translation>Der Collector hat unter %1 nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Demo running</source>
        <translation>Demo läuft</translation>
    </message>
</context>
<context>
    <name>pegboard::EngineeringPerspective</name>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Show all reports</source>
        <translation>Alle Meldungen zeigen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Root-cause clusters</source>
        <translation>Ursachen-Cluster</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>The reports in the filter&apos;s window.</source>
        <translation>Die Meldungen im Zeitfenster des Filters.</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Merge the two selected clusters…</source>
        <translation>Die zwei ausgewählten Cluster zusammenführen …</translation>
    </message>
    <message>
        <source>Split the selected reports off this cluster…</source>
        <translation>Die ausgewählten Meldungen von diesem Cluster abtrennen …</translation>
    </message>
    <message>
        <source>Move the selected report to this cluster…</source>
        <translation>Die ausgewählte Meldung in diesen Cluster verschieben …</translation>
    </message>
    <message>
        <source>Undo a correction…</source>
        <translation>Eine Korrektur rückgängig machen …</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Root causes among the newest %1 of %2 reports in the window.</source>
        <translation>Ursachen unter den neuesten %1 von %2 Berichten im Zeitraum.</translation>
    </message>
</context>
<context>
    <name>pegboard::EvidenceLog</name>
    <message>
        <source>The key %1 has no private part.</source>
        <translation>Der Schlüssel %1 hat keinen privaten Teil.</translation>
    </message>
</context>
<context>
    <name>pegboard::ExecutivePerspective</name>
    <message>
        <source>Monthly impact</source>
        <translation>Monatliche Auswirkung</translation>
    </message>
    <message>
        <source>Resolution effectiveness</source>
        <translation>Wirksamkeit der Lösungen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the store…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Warte auf die Datenbank…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resolution effectiveness&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; reports resolved in view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; of resolutions came with a preventive measure.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wirksamkeit der Lösungen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Meldungen in der Ansicht gelöst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; der Lösungen kamen mit einer vorbeugenden Maßnahme.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pegboard::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export as image…</source>
        <translation>Als Bild exportieren…</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>%1 – %2 UTC</source>
        <translation>%1 – %2 UTC</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>types: %1</source>
        <translation>Typen: %1</translation>
    </message>
    <message>
        <source>severity %1–%2</source>
        <translation>Schweregrad %1–%2</translation>
    </message>
    <message>
        <source>protocols: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>open only</source>
        <translation>nur offene</translation>
    </message>
    <message>
        <source>Filter: %1 — exported %2 UTC</source>
        <translation>Filter: %1 — exportiert %2 UTC</translation>
    </message>
</context>
<context>
    <name>pegboard::FeedClient</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbinde neu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>pegboard::FeedStatusModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>URL in use</source>
        <translation>Aktive URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
</context>
<context>
    <name>pegboard::FilterBar</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jede Schwere</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 oder höher</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Jedes Protokoll</translation>
    </message>
    <message>
        <source>Search titles and bodies…</source>
        <translation>Titel und Texte durchsuchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n Typ</numerusform>
            <numerusform>%n Typen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>pegboard::FindingsModel</name>
    <message>
        <source>%1: %2 of %3 reports (%4× the base rate)</source>
        <translation>%1: %2 von %3 Meldungen (%4× die Basisrate)</translation>
    </message>
</context>
<context>
    <name>pegboard::ForecastModel</name>
    <message>
        <source>%1: forecast risk %2 / 10</source>
        <translation>%1: prognostiziertes Risiko %2 / 10</translation>
    </message>
    <message>
        <source>A peak: historically %1 incidents in this hour of the week</source>
        <translation>Eine Spitze: historisch %1 Vorfälle in dieser Stunde der Woche</translation>
    </message>
</context>
<context>
    <name>pegboard::GenerateCommand</name>
    <message>
        <source>Fill a store with a generated history and write its ground truth (generate --db URL)</source>
        <translation>Datenbank mit generierter Historie füllen und ihre Ground Truth schreiben (generate --db URL)</translation>
    </message>
    <message>
        <source>Generates a deterministic market history (feed samples) and issue reports with planted patterns, writes them to the store, and the planted ground truth to --truth.</source>
        <translation>Erzeugt eine deterministische Markthistorie (Feed-Messwerte) und Meldungen mit eingebauten Mustern, schreibt sie in die Datenbank und die eingebaute Ground Truth nach --truth.</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store (migrated).</source>
        <translation>PostgreSQL-URL der Datenbank (migriert).</translation>
    </message>
    <message>
        <source>Number of reports (default 847).</source>
        <translation>Anzahl der Meldungen (Standard 847).</translation>
    </message>
    <message>
        <source>Days of history (default 90).</source>
        <translation>Tage Historie (Standard 90).</translation>
    </message>
    <message>
        <source>Random seed (default 1); same seed, same history.</source>
        <translation>Zufalls-Seed (Standard 1); gleicher Seed, gleiche Historie.</translation>
    </message>
    <message>
        <source>Write the ground truth JSON to this file.</source>
        <translation>Ground-Truth-JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (UTC unless an offset is given); default now.</source>
        <translation>Ende der Historie, ISO 8601 (UTC, falls kein Offset angegeben); Standard: jetzt.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see pegboard generate --help.</source>
        <translation>Unerwartetes Argument „%1“; siehe pegboard generate --help.</translation>
    </message>
    <message>
        <source>No store given; use --db URL (or set PEGBOARD_DB).</source>
        <translation>Keine Datenbank angegeben; --db URL verwenden (oder PEGBOARD_DB setzen).</translation>
    </message>
    <message>
        <source>--issues must be a whole number from 0 to %1.</source>
        <translation>--issues muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to %1.</source>
        <translation>--days muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht-negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--end &apos;%1&apos; is not an ISO 8601 time such as 2026-03-01T12:00:00Z.</source>
        <translation>--end „%1“ ist keine ISO-8601-Zeit wie 2026-03-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>Generated %1 reports in %2 planted clusters (%3 new) and %4 feed samples (%5 new) over %6 days, seed %7, in %8 s.</source>
        <translation>%1 Meldungen in %2 eingebauten Clustern (%3 neu) und %4 Feed-Messwerte (%5 neu) über %6 Tage erzeugt, Seed %7, in %8 s.</translation>
    </message>
    <message>
        <source>%1 of the reports were already in the store (same seed); the stored ones were kept.</source>
        <translation>%1 der Meldungen waren bereits in der Datenbank (gleicher Seed); die gespeicherten wurden behalten.</translation>
    </message>
    <message>
        <source>Ground truth written to %1.</source>
        <translation>Ground Truth nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>pegboard::HeadlineFigures</name>
    <message>
        <source>&lt;i&gt;Waiting for the store…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Warte auf den Speicher…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>none resolved</source>
        <translation>keine gelöst</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>%1 ggü. Vorperiode</translation>
    </message>
    <message>
        <source>Critical incidents</source>
        <translation>Kritische Vorfälle</translation>
    </message>
    <message>
        <source>Median time to resolve</source>
        <translation>Median der Lösungsdauer</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>Period %1 – %2, compared with %3 – %4.</source>
        <translation>Zeitraum %1 – %2, verglichen mit %3 – %4.</translation>
    </message>
    <message>
        <source>±%1</source>
        <translation>±%1</translation>
    </message>
</context>
<context>
    <name>pegboard::HeatmapLegend</name>
    <message>
        <source>Lift over the type&apos;s base rate. Framed and bold: significant after Benjamini–Hochberg correction. Grey: too few reports to judge. Click or press Enter to see the reports.</source>
        <translation>Lift gegenüber der Basisrate des Typs. Umrahmt und fett: signifikant nach Benjamini-Hochberg-Korrektur. Grau: zu wenige Meldungen für eine Aussage. Klicken oder Enter drücken, um die Meldungen zu sehen.</translation>
    </message>
    <message>
        <source>Lift over the type&apos;s base rate; framed: significant. Click a cell for its reports.</source>
        <translation>Lift gegenüber der Basisrate; umrahmt: signifikant. Zelle anklicken für ihre Meldungen.</translation>
    </message>
</context>
<context>
    <name>pegboard::HeatmapModel</name>
    <message>
        <source>%1 of %2 issues (%3 %, 95 % CI %4–%5 %), %6× the baseline, q = %7</source>
        <translation>%1 von %2 Meldungen (%3 %, 95-%-KI %4–%5 %), %6× die Basislinie, q = %7</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::HistoryWriter</name>
    <message>
        <source>The store&apos;s schema (version %1) is newer than this Pegboard knows (up to %2); upgrade Pegboard first.</source>
        <translation>Das Schema der Datenbank (Version %1) ist neuer, als dieses Pegboard kennt (bis %2); zuerst Pegboard aktualisieren.</translation>
    </message>
    <message>
        <source>The store has no Pegboard schema yet.</source>
        <translation>Die Datenbank hat noch kein Pegboard-Schema.</translation>
    </message>
    <message>
        <source>The store&apos;s schema is at version %1, older than this Pegboard (%2).</source>
        <translation>Das Schema der Datenbank ist auf Version %1, älter als dieses Pegboard (%2).</translation>
    </message>
    <message>
        <source>Run `pegboard db migrate --db %1` first.</source>
        <translation>Zuerst `pegboard db migrate --db %1` ausführen.</translation>
    </message>
    <message>
        <source>The number of reports must be between 0 and %1.</source>
        <translation>Die Anzahl der Meldungen muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The number of days must be between 1 and %1.</source>
        <translation>Die Anzahl der Tage muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Cannot write the truth file %1.</source>
        <translation>Ground-Truth-Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Simulating the market</source>
        <translation>Simuliere den Markt</translation>
    </message>
    <message>
        <source>Planning reports</source>
        <translation>Plane Meldungen</translation>
    </message>
    <message>
        <source>Writing feed samples (days)</source>
        <translation>Schreibe Feed-Messwerte (Tage)</translation>
    </message>
    <message>
        <source>Writing reports</source>
        <translation>Schreibe Meldungen</translation>
    </message>
</context>
<context>
    <name>pegboard::HttpConnection</name>
    <message>
        <source>request body not complete within %1 ms</source>
        <translation>Request-Body nicht innerhalb von %1 ms vollständig</translation>
    </message>
    <message>
        <source>request head not complete within %1 ms</source>
        <translation>Request-Kopf nicht innerhalb von %1 ms vollständig</translation>
    </message>
</context>
<context>
    <name>pegboard::HttpDelivery</name>
    <message>
        <source>%1: must be an http:// or https:// URL</source>
        <translation>%1: muss eine http://- oder https://-URL sein</translation>
    </message>
</context>
<context>
    <name>pegboard::ImpactChartView</name>
    <message>
        <source>Financial impact per week</source>
        <translation>Finanzielle Auswirkung pro Woche</translation>
    </message>
    <message>
        <source>Financial impact per month</source>
        <translation>Finanzielle Auswirkung pro Monat</translation>
    </message>
    <message>
        <source>Estimated loss</source>
        <translation>Geschätzter Verlust</translation>
    </message>
    <message>
        <source>Actual loss</source>
        <translation>Tatsächlicher Verlust</translation>
    </message>
</context>
<context>
    <name>pegboard::IncidentDescriptionSection</name>
    <message>
        <source>4. Description and root cause</source>
        <translation>4. Beschreibung und Ursache</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation>Schweregrad (1–5)</translation>
    </message>
    <message>
        <source>Protocol / asset</source>
        <translation>Protokoll / Asset</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Root cause (the analysis&apos; root-cause cluster)</source>
        <translation>Ursache (Ursachen-Cluster der Analyse)</translation>
    </message>
    <message>
        <source>Entity&apos;s own root-cause statement: not recorded.</source>
        <translation>Ursachenangabe des Unternehmens: nicht erfasst.</translation>
    </message>
    <message>
        <source>Entity&apos;s own root-cause statement: %1</source>
        <translation>Ursachenangabe des Unternehmens: %1</translation>
    </message>
    <message>
        <source>Affected contracts</source>
        <translation>Betroffene Verträge</translation>
    </message>
    <message>
        <source>Related transaction hashes</source>
        <translation>Zugehörige Transaktions-Hashes</translation>
    </message>
    <message>
        <source>Reports in the incident (%1)</source>
        <translation>Meldungen im Vorfall (%1)</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id (end)</source>
        <translation>ID (Ende)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 reports; the appendix cites every one.</source>
        <translation>Die ersten %1 von %2 Meldungen gezeigt; der Anhang zitiert alle.</translation>
    </message>
</context>
<context>
    <name>pegboard::IncidentSummarySection</name>
    <message>
        <source>Major ICT-related incident report</source>
        <translation>Meldung eines schwerwiegenden IKT-bezogenen Vorfalls</translation>
    </message>
    <message>
        <source>Structured after the DORA major-incident notification template (Commission Implementing Regulation (EU) 2025/302) and the NYDFS 23 NYCRR 500.17 notice. Facts the incident store does not hold come from the reporting entity&apos;s profile, or read &quot;not recorded&quot;.</source>
        <translation>Gegliedert nach der DORA-Meldevorlage für schwerwiegende Vorfälle (Durchführungsverordnung (EU) 2025/302) und der NYDFS-Meldung nach 23 NYCRR 500.17. Angaben, die der Vorfallspeicher nicht enthält, stammen aus dem Profil des meldenden Unternehmens oder lauten &quot;nicht erfasst&quot;.</translation>
    </message>
    <message>
        <source>1. Reference and reporting entity</source>
        <translation>1. Referenz und meldendes Unternehmen</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>Berichtsreferenz</translation>
    </message>
    <message>
        <source>Incident reference (first report)</source>
        <translation>Vorfallreferenz (erste Meldung)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation>Meldendes Unternehmen</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Zuständige Behörde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>2. Times (UTC)</source>
        <translation>2. Zeitpunkte (UTC)</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>open (not all reports resolved)</source>
        <translation>offen (nicht alle Meldungen behoben)</translation>
    </message>
</context>
<context>
    <name>pegboard::IssueCsv</name>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pegboard::IssueDetailView</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>A&amp;nnotate…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>&amp;Prevention implemented</source>
        <translation>&amp;Vorbeugung umgesetzt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Context at receipt</source>
        <translation>Kontext bei Eingang</translation>
    </message>
    <message>
        <source>Transactions and contracts</source>
        <translation>Transaktionen und Contracts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a report to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Meldung auswählen, um Details zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 — %2 noted: %3</source>
        <translation>%1 — %2 notierte: %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Annotate report</source>
        <translation>Meldung kommentieren</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Related reports (same type and protocol, ±6 h)</source>
        <translation>Verwandte Meldungen (gleicher Typ und gleiches Protokoll, ±6 h)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Meldende(r): %1</translation>
    </message>
    <message>
        <source>Coin: %1</source>
        <translation>Coin: %1</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Estimated loss: %1 · Actual loss: %2</source>
        <translation>Geschätzter Verlust: %1 · Tatsächlicher Verlust: %2</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <source>Double-click or Enter opens it in %1.</source>
        <translation>Doppelklick oder Eingabe öffnet es in %1.</translation>
    </message>
    <message>
        <source>Open the original on %1</source>
        <translation>Original auf %1 öffnen</translation>
    </message>
</context>
<context>
    <name>pegboard::IssueTableModel</name>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Est. loss</source>
        <translation>Gesch. Verlust</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>pegboard::JsonTreeModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>pegboard::LeafList</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a leaf line</source>
        <translation>%1, Zeile %2: keine Blattzeile</translation>
    </message>
</context>
<context>
    <name>pegboard::ListCapBanner</name>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Export all to CSV…</source>
        <translation>Alle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Load %1 more</source>
        <translation>%1 weitere laden</translation>
    </message>
    <message>
        <source>Loads the rest in batches; the list stays usable meanwhile</source>
        <translation>Lädt den Rest in Blöcken; die Liste bleibt währenddessen benutzbar</translation>
    </message>
    <message>
        <source>Writes every report in the filter, not only the listed ones</source>
        <translation>Schreibt jeden Bericht im Filter, nicht nur die angezeigten</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 reports</source>
        <translation>Die neuesten %1 von %2 Berichten werden angezeigt</translation>
    </message>
</context>
<context>
    <name>pegboard::LiveDataset</name>
    <message>
        <source>store %1</source>
        <translation>Datenbank %1</translation>
    </message>
</context>
<context>
    <name>pegboard::LivePegPanel</name>
    <message>
        <source>Stablecoin</source>
        <translation>Stablecoin</translation>
    </message>
    <message>
        <source>%1 %2 (%3 bps)</source>
        <translation>%1 %2 (%3 bps)</translation>
    </message>
    <message>
        <source>%1: no price yet</source>
        <translation>%1: noch kein Preis</translation>
    </message>
    <message>
        <source>5-min average %1 bps</source>
        <translation>5-Min.-Mittel %1 bps</translation>
    </message>
    <message>
        <source>5-min average —</source>
        <translation>5-Min.-Mittel —</translation>
    </message>
    <message>
        <source>Live ▸</source>
        <translation>Live ▸</translation>
    </message>
    <message>
        <source>Back to the live edge (End)</source>
        <translation>Zurück zum Live-Rand (Ende)</translation>
    </message>
    <message>
        <source>High and critical reports</source>
        <translation>Hohe und kritische Berichte</translation>
    </message>
    <message numerus="yes">
        <source>%n high or critical %1 report(s) in the filter.</source>
        <translation>
            <numerusform>%n hoher oder kritischer %1-Bericht im Filter.</numerusform>
            <numerusform>%n hohe oder kritische %1-Berichte im Filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on the chart: no price at their time yet.</source>
        <translation>
            <numerusform>%n nicht im Diagramm: zu seinem Zeitpunkt noch kein Preis.</numerusform>
            <numerusform>%n nicht im Diagramm: zu ihrem Zeitpunkt noch kein Preis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::LocalCluster</name>
    <message>
        <source>No PostgreSQL server binaries (initdb, pg_ctl) found. Install the server (apt-get install postgresql-15) or set PEGBOARD_PG_BINDIR.</source>
        <translation>Keine PostgreSQL-Serverprogramme (initdb, pg_ctl) gefunden. Server installieren (apt-get install postgresql-15) oder PEGBOARD_PG_BINDIR setzen.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht in %2 s fertig</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>The cluster directory %1 is too long for a Unix socket path (at most %2 bytes).</source>
        <translation>Das Cluster-Verzeichnis %1 ist zu lang für einen Unix-Socket-Pfad (höchstens %2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>PostgreSQL refuses to run as root and there is no &apos;postgres&apos; user to run it as. Run Pegboard as an ordinary user, or install the postgresql package.</source>
        <translation>PostgreSQL läuft nicht als root, und es gibt keinen Benutzer „postgres“, unter dem es laufen könnte. Pegboard als normalen Benutzer starten oder das Paket postgresql installieren.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The private PostgreSQL server in %1 did not start: %2
%3</source>
        <translation>Der private PostgreSQL-Server in %1 ist nicht gestartet: %2
%3</translation>
    </message>
</context>
<context>
    <name>pegboard::LossesSection</name>
    <message>
        <source>5. Losses and market impact</source>
        <translation>5. Verluste und Marktauswirkung</translation>
    </message>
    <message>
        <source>Estimated losses (sum over the reports)</source>
        <translation>Geschätzte Verluste (Summe der Meldungen)</translation>
    </message>
    <message>
        <source>Actual losses</source>
        <translation>Tatsächliche Verluste</translation>
    </message>
    <message>
        <source>%1 (recorded for %2 of %3 reports)</source>
        <translation>%1 (erfasst für %2 von %3 Meldungen)</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>Member States affected</source>
        <translation>Betroffene Mitgliedstaaten</translation>
    </message>
    <message>
        <source>Peg deviation during the incident</source>
        <translation>Peg-Abweichung während des Vorfalls</translation>
    </message>
    <message>
        <source>Peg deviation of %1 during the incident (bps)</source>
        <translation>Peg-Abweichung von %1 während des Vorfalls (bps)</translation>
    </message>
    <message>
        <source>bps</source>
        <translation>bps</translation>
    </message>
    <message>
        <source>No price samples were recorded for this asset around the incident.</source>
        <translation>Für dieses Asset wurden um den Vorfall keine Preisdaten aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 recorded price samples; dashed lines at ±50 bps.</source>
        <translation>%1 aufgezeichnete Preisdaten; gestrichelte Linien bei ±50 bps.</translation>
    </message>
</context>
<context>
    <name>pegboard::MainWindow</name>
    <message>
        <source>Pegboard</source>
        <translation>Pegboard</translation>
    </message>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Engineering</source>
        <translation>&amp;Technik</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Betrieb</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>E&amp;xecutive</source>
        <translation>&amp;Management</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Starting the store…</source>
        <translation>Starte die Datenbank…</translation>
    </message>
    <message>
        <source>Embedded store</source>
        <translation>Eingebettete Datenbank</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Store unavailable</source>
        <translation>Datenbank nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in view</source>
        <translation>
            <numerusform>%n Meldung in der Ansicht</numerusform>
            <numerusform>%n Meldungen in der Ansicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Store connected</source>
        <translation>Datenbank verbunden</translation>
    </message>
    <message>
        <source>Store connection lost</source>
        <translation>Datenbankverbindung verloren</translation>
    </message>
    <message>
        <source>Password saved in the system keychain.</source>
        <translation>Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Analysis %p%</source>
        <translation>Analyse %p%</translation>
    </message>
    <message>
        <source>Stop analysis</source>
        <translation>Analyse stoppen</translation>
    </message>
    <message numerus="yes">
        <source>Analysed %n report(s) in %1 s</source>
        <translation>
            <numerusform>%n Meldung in %1 s analysiert</numerusform>
            <numerusform>%n Meldungen in %1 s analysiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Oracle predictor not trained: %1</source>
        <translation>Orakel-Vorhersage nicht trainiert: %1</translation>
    </message>
    <message>
        <source>Open review &amp;bundle…</source>
        <translation>Review-&amp;Bundle öffnen…</translation>
    </message>
    <message>
        <source>Pegboard — %1</source>
        <translation>Pegboard — %1</translation>
    </message>
    <message>
        <source>&amp;Search reports</source>
        <translation>Meldungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Engineering panels</source>
        <translation>Engineering-Bereiche</translation>
    </message>
    <message>
        <source>Operations panels</source>
        <translation>Operations-Bereiche</translation>
    </message>
    <message>
        <source>Executive panels</source>
        <translation>Management-Bereiche</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Panels back in their original places.</source>
        <translation>Bereiche wieder an ihren ursprünglichen Plätzen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the selected report (report tables)</source>
        <translation>Ausgewählte Meldung öffnen (Meldungstabellen)</translation>
    </message>
    <message>
        <source>Back to live on the peg chart after zooming or panning</source>
        <translation>Im Peg-Diagramm nach Zoomen oder Verschieben zurück zu live</translation>
    </message>
    <message>
        <source>cluster “%1” — %2</source>
        <translation>Cluster „%1“ – %2</translation>
    </message>
    <message>
        <source>New critical report: %1</source>
        <translation>Neue kritische Meldung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new critical report(s), the newest: %1</source>
        <translation>
            <numerusform>%n neue kritische Meldung, die neueste: %1</numerusform>
            <numerusform>%n neue kritische Meldungen, die neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Begründung (wird im Audit-Log festgehalten):</translation>
    </message>
    <message>
        <source>Merge clusters</source>
        <translation>Cluster zusammenführen</translation>
    </message>
    <message>
        <source>Split cluster</source>
        <translation>Cluster aufteilen</translation>
    </message>
    <message>
        <source>Move report</source>
        <translation>Meldung verschieben</translation>
    </message>
    <message>
        <source>#%1 %2 by %3: %4</source>
        <translation>#%1 %2 von %3: %4</translation>
    </message>
    <message>
        <source>No cluster correction is in force.</source>
        <translation>Keine Cluster-Korrektur ist in Kraft.</translation>
    </message>
    <message>
        <source>Undo a correction</source>
        <translation>Eine Korrektur rückgängig machen</translation>
    </message>
    <message>
        <source>Correction:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Undo correction</source>
        <translation>Korrektur rückgängig machen</translation>
    </message>
    <message>
        <source>Cluster correction #%1 saved; analysing again.</source>
        <translation>Cluster-Korrektur #%1 gespeichert; die Analyse läuft erneut.</translation>
    </message>
    <message>
        <source>The cluster correction was not saved: %1</source>
        <translation>Die Cluster-Korrektur wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Settings saved; risk weights, the block explorer and your name apply now, the store and language at the next start.</source>
        <translation>Einstellungen gespeichert; Risikogewichte, Block-Explorer und Ihr Name gelten sofort, Speicher und Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>pegboard::MaintenanceCalendar</name>
    <message>
        <source>Export window as .ics…</source>
        <translation>Fenster als .ics exportieren…</translation>
    </message>
    <message>
        <source>Export maintenance window</source>
        <translation>Wartungsfenster exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>No forecast for this day.</source>
        <translation>Keine Prognose für diesen Tag.</translation>
    </message>
    <message>
        <source>No low-risk window on this day.</source>
        <translation>Kein risikoarmes Fenster an diesem Tag.</translation>
    </message>
    <message>
        <source>No window chosen.</source>
        <translation>Kein Fenster ausgewählt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Maintenance window (forecast risk %1)</source>
        <translation>Wartungsfenster (prognostiziertes Risiko %1)</translation>
    </message>
    <message>
        <source>Silence alerts in this window</source>
        <translation>Alarme in diesem Fenster stummschalten</translation>
    </message>
    <message>
        <source>Forecast risk by hour (UTC, 0–10 as the live score); framed hours are recommended windows, a dark bar marks a peak:</source>
        <translation>Prognostiziertes Risiko je Stunde (UTC, 0–10 wie der Live-Wert); gerahmte Stunden sind empfohlene Fenster, ein dunkler Balken markiert eine Spitze:</translation>
    </message>
    <message>
        <source>%1 — forecast risk %2 / 10
%3</source>
        <translation>%1 — prognostiziertes Risiko %2 / 10
%3</translation>
    </message>
    <message>
        <source>No window while the incident is open.</source>
        <translation>Kein Fenster, solange der Vorfall offen ist.</translation>
    </message>
    <message>
        <source>Maintenance window %1 (forecast risk %2 / 10)</source>
        <translation>Wartungsfenster %1 (prognostiziertes Risiko %2 / 10)</translation>
    </message>
    <message>
        <source>Maintenance window %1 written to %2</source>
        <translation>Wartungsfenster %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>pegboard::MerkleLogReader</name>
    <message>
        <source>This store has no evidence log; run `pegboard db migrate` first.</source>
        <translation>Dieser Speicher hat kein Nachweis-Log; zuerst `pegboard db migrate` ausführen.</translation>
    </message>
    <message>
        <source>The store&apos;s merkle_log identity row is missing.</source>
        <translation>Die Identitätszeile merkle_log des Speichers fehlt.</translation>
    </message>
    <message>
        <source>Unexpected row shape from the evidence log query.</source>
        <translation>Unerwartete Zeilenform aus der Abfrage des Nachweis-Logs.</translation>
    </message>
    <message>
        <source>leaf %1 is missing from the log&apos;s order (the next is %2)</source>
        <translation>Blatt %1 fehlt in der Reihenfolge des Logs (das nächste ist %2)</translation>
    </message>
    <message>
        <source>the log lists it but the row is gone</source>
        <translation>das Log führt sie, aber die Zeile ist weg</translation>
    </message>
    <message>
        <source>column %1 was %2 before the change at leaf %3, but the audited value before it was %4</source>
        <translation>Spalte %1 war %2 vor der Änderung in Blatt %3, aber der auditierte Wert davor war %4</translation>
    </message>
    <message>
        <source>column %1 holds %2, but its last audited value (leaf %3) is %4: changed without an audit record</source>
        <translation>Spalte %1 enthält %2, aber ihr letzter auditierter Wert (Blatt %3) ist %4: ohne Audit-Eintrag geändert</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the row is not in the evidence log (inserted behind its back)</source>
        <translation>die Zeile ist nicht im Nachweis-Log (an ihm vorbei eingefügt)</translation>
    </message>
    <message>
        <source>the log lists the row again (first at leaf %1)</source>
        <translation>das Log führt die Zeile erneut (zuerst in Blatt %1)</translation>
    </message>
    <message>
        <source>Not a snapshot id: %1</source>
        <translation>Keine Snapshot-ID: %1</translation>
    </message>
</context>
<context>
    <name>pegboard::Migrator</name>
    <message>
        <source>The database schema is at version %1, newer than this Pegboard knows (up to %2). Upgrade Pegboard before using this database.</source>
        <translation>Das Datenbankschema ist auf Version %1, neuer, als dieses Pegboard kennt (bis %2). Pegboard aktualisieren, bevor diese Datenbank verwendet wird.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen und zurückgerollt: %3</translation>
    </message>
</context>
<context>
    <name>pegboard::NoteKey</name>
    <message>
        <source>A key name must be non-empty, without spaces or &apos;+&apos;: %1</source>
        <translation>Ein Schlüsselname darf nicht leer sein und weder Leerzeichen noch &apos;+&apos; enthalten: %1</translation>
    </message>
    <message>
        <source>An Ed25519 private key has 32 bytes.</source>
        <translation>Ein privater Ed25519-Schlüssel hat 32 Byte.</translation>
    </message>
    <message>
        <source>OpenSSL refused the Ed25519 private key.</source>
        <translation>OpenSSL hat den privaten Ed25519-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>OpenSSL could not derive the public key.</source>
        <translation>OpenSSL konnte den öffentlichen Schlüssel nicht ableiten.</translation>
    </message>
    <message>
        <source>No randomness for a new key.</source>
        <translation>Kein Zufall für einen neuen Schlüssel verfügbar.</translation>
    </message>
    <message>
        <source>Not a signed-note private key (PRIVATE+KEY+name+id+key).</source>
        <translation>Kein privater signed-note-Schlüssel (PRIVATE+KEY+name+id+key).</translation>
    </message>
    <message>
        <source>The private key is not an Ed25519 key.</source>
        <translation>Der private Schlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The private key&apos;s id does not match the key.</source>
        <translation>Die ID des privaten Schlüssels passt nicht zum Schlüssel.</translation>
    </message>
    <message>
        <source>Not a signed-note verifier key (name+id+key).</source>
        <translation>Kein signed-note-Prüfschlüssel (name+id+key).</translation>
    </message>
    <message>
        <source>The verifier key is not an Ed25519 key.</source>
        <translation>Der Prüfschlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The verifier key&apos;s name or id does not match the key.</source>
        <translation>Name oder ID des Prüfschlüssels passen nicht zum Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot read the key %1: %2</source>
        <translation>Der Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No key file at %1.</source>
        <translation>Keine Schlüsseldatei unter %1.</translation>
    </message>
    <message>
        <source>Cannot create the key %1: %2</source>
        <translation>Der Schlüssel %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::NoticeBar</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pegboard::NumberFormat</name>
    <message>
        <source>%1B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> bps</translation>
    </message>
</context>
<context>
    <name>pegboard::OnChainSource</name>
    <message>
        <source>Refused a JSON-RPC frame (%1): %2</source>
        <translation>JSON-RPC-Nachricht abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>Subscribed to AnswerUpdated logs at %1</source>
        <translation>AnswerUpdated-Logs abonniert bei %1</translation>
    </message>
    <message>
        <source>Raised %1: %2</source>
        <translation>Gemeldet %1: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::OpenCriticalPanel</name>
    <message>
        <source>Group repeats</source>
        <translation>Wiederholungen gruppieren</translation>
    </message>
    <message>
        <source>Show every report of this group</source>
        <translation>Jeden Bericht dieser Gruppe anzeigen</translation>
    </message>
    <message>
        <source>Reports of one type and coin with the same title within an hour of each other show as one row, “×12”, with the newest report</source>
        <translation>Berichte eines Typs und Coins mit demselben Titel innerhalb einer Stunde erscheinen als eine Zeile, „×12“, mit dem neuesten Bericht</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Writes every open critical report in the filter, not only the listed ones</source>
        <translation>Schreibt jeden offenen kritischen Bericht im Filter, nicht nur die angezeigten</translation>
    </message>
</context>
<context>
    <name>pegboard::OpenItemsSection</name>
    <message>
        <source>5. Open items (severity 4–5, unresolved)</source>
        <translation>5. Offene Punkte (Schweregrad 4–5, nicht behoben)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>The list is capped at %1 reports.</source>
        <translation>Die Liste ist auf %1 Meldungen begrenzt.</translation>
    </message>
    <message>
        <source>6. Audit summary</source>
        <translation>6. Audit-Übersicht</translation>
    </message>
    <message>
        <source>No audited change in the period.</source>
        <translation>Keine auditierte Änderung im Zeitraum.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 audited changes in the period; each is a leaf of the evidence log (appendix).</source>
        <translation>%1 auditierte Änderungen im Zeitraum; jede ist ein Blatt des Nachweis-Logs (Anhang).</translation>
    </message>
</context>
<context>
    <name>pegboard::OperationsPerspective</name>
    <message>
        <source>The live peg chart appears here when a feed is connected.</source>
        <translation>Das Live-Peg-Diagramm erscheint hier, sobald ein Feed verbunden ist.</translation>
    </message>
    <message>
        <source>Open critical reports</source>
        <translation>Offene kritische Meldungen</translation>
    </message>
    <message>
        <source>Resolution time trends</source>
        <translation>Trend der Lösungszeiten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Risk and recommended actions</source>
        <translation>Risiko und empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
</context>
<context>
    <name>pegboard::OracleWatcher</name>
    <message>
        <source>oracles[%1]: %2</source>
        <translation>oracles[%1]: %2</translation>
    </message>
    <message>
        <source>&apos;address&apos; must be a 0x-prefixed 20-byte hex address</source>
        <translation>&apos;address&apos; muss eine 20-Byte-Hex-Adresse mit 0x-Präfix sein</translation>
    </message>
    <message>
        <source>&apos;symbol&apos; is required</source>
        <translation>&apos;symbol&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;decimals&apos; must be from 0 to 36</source>
        <translation>&apos;decimals&apos; muss zwischen 0 und 36 liegen</translation>
    </message>
    <message>
        <source>&apos;heartbeat_s&apos; must be positive and &apos;grace_s&apos; not negative</source>
        <translation>&apos;heartbeat_s&apos; muss positiv und &apos;grace_s&apos; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;deviation_bps&apos; and &apos;peg&apos; must be positive</source>
        <translation>&apos;deviation_bps&apos; und &apos;peg&apos; müssen positiv sein</translation>
    </message>
    <message>
        <source>%1 oracle answer %2 is %3 bps off its %4 peg</source>
        <translation>%1-Oracle-Antwort %2 liegt %3 bps neben dem Peg von %4</translation>
    </message>
    <message>
        <source>Chainlink aggregator %1 reported %2 for %3 in round %4 (updated %5, block %6, transaction %7). The configured limit is %8 bps from the peg of %9.</source>
        <translation>Chainlink-Aggregator %1 meldete %2 für %3 in Runde %4 (aktualisiert %5, Block %6, Transaktion %7). Die eingestellte Grenze ist %8 bps vom Peg %9.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 oracle is stale: no answer for %2 s (heartbeat %3 s)</source>
        <translation>%1-Oracle veraltet: seit %2 s keine Antwort (Heartbeat %3 s)</translation>
    </message>
    <message>
        <source>Chainlink aggregator %1 last updated %2 in round %3 (transaction %4); its heartbeat is %5 s plus %6 s grace, and no AnswerUpdated has arrived since. Consumers reading it now price %7 on an outdated answer.</source>
        <translation>Chainlink-Aggregator %1 wurde zuletzt %2 in Runde %3 aktualisiert (Transaktion %4); sein Heartbeat beträgt %5 s plus %6 s Toleranz, und seitdem kam kein AnswerUpdated. Wer ihn jetzt liest, bewertet %7 mit einer veralteten Antwort.</translation>
    </message>
    <message>
        <source>No AnswerUpdated from Chainlink aggregator %1 since the collector started watching it %2 s ago; its heartbeat is %3 s plus %4 s grace.</source>
        <translation>Kein AnswerUpdated von Chainlink-Aggregator %1, seit der Collector ihn vor %2 s zu beobachten begann; sein Heartbeat beträgt %3 s plus %4 s Toleranz.</translation>
    </message>
</context>
<context>
    <name>pegboard::PdfDocument</name>
    <message>
        <source>%1 · generated %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No data recorded for this period.</source>
        <translation>Für diesen Zeitraum sind keine Daten erfasst.</translation>
    </message>
</context>
<context>
    <name>pegboard::PdfReport</name>
    <message>
        <source>Pegboard · incident report</source>
        <translation>Pegboard · Vorfallbericht</translation>
    </message>
    <message>
        <source>Pegboard · period report</source>
        <translation>Pegboard · Periodenbericht</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>Vorfallbericht %1</translation>
    </message>
    <message>
        <source>Period report %1</source>
        <translation>Periodenbericht %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no document.</source>
        <translation>Der PDF-Writer von Qt hat kein Dokument erzeugt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::PegChartMarkers</name>
    <message>
        <source>%1 The newest %2 are drawn.</source>
        <translation>%1 Die neuesten %2 werden gezeichnet.</translation>
    </message>
</context>
<context>
    <name>pegboard::PegChartView</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Price (USD)</source>
        <translation>Preis (USD)</translation>
    </message>
    <message>
        <source>Deviation (bps)</source>
        <translation>Abweichung (bps)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>5-min average</source>
        <translation>5-Min.-Mittel</translation>
    </message>
    <message>
        <source>±%1 bps</source>
        <translation>±%1 bps</translation>
    </message>
    <message>
        <source>%1 peg</source>
        <translation>%1-Peg</translation>
    </message>
    <message>
        <source>  ·  %1 USD (%2 bps)</source>
        <translation>  ·  %1 USD (%2 bps)</translation>
    </message>
    <message>
        <source>  ·  5-min avg %1 bps</source>
        <translation>  ·  5-Min.-Mittel %1 bps</translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation>  ·  pausiert</translation>
    </message>
    <message>
        <source>  ·  live</source>
        <translation>  ·  live</translation>
    </message>
    <message>
        <source>  ·  history</source>
        <translation>  ·  Verlauf</translation>
    </message>
    <message>
        <source>%1 UTC
price %2 USD  (%3 bps)</source>
        <translation>%1 UTC
Preis %2 USD  (%3 bps)</translation>
    </message>
    <message>
        <source>
5-min avg %1 bps</source>
        <translation>
5-Min.-Mittel %1 bps</translation>
    </message>
</context>
<context>
    <name>pegboard::PeriodOverviewSection</name>
    <message>
        <source>Compliance period report</source>
        <translation>Compliance-Periodenbericht</translation>
    </message>
    <message>
        <source>1. Reference and period</source>
        <translation>1. Referenz und Zeitraum</translation>
    </message>
    <message>
        <source>Report reference</source>
        <translation>Berichtsreferenz</translation>
    </message>
    <message>
        <source>Reporting entity</source>
        <translation>Meldendes Unternehmen</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Period (UTC, end exclusive)</source>
        <translation>Zeitraum (UTC, Ende ausschließlich)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reports in the period</source>
        <translation>Meldungen im Zeitraum</translation>
    </message>
    <message>
        <source>Incidents (root-cause clusters)</source>
        <translation>Vorfälle (Ursachen-Cluster)</translation>
    </message>
    <message>
        <source>Losses (actual where recorded, else estimated)</source>
        <translation>Verluste (tatsächlich, wo erfasst, sonst geschätzt)</translation>
    </message>
    <message>
        <source>2. Incidents</source>
        <translation>2. Vorfälle</translation>
    </message>
    <message>
        <source>The analysis found no incident (no root-cause cluster) in the period.</source>
        <translation>Die Analyse fand im Zeitraum keinen Vorfall (kein Ursachen-Cluster).</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Verluste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First report (end)</source>
        <translation>Erste Meldung (Ende)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 incidents.</source>
        <translation>Die ersten %1 von %2 Vorfällen gezeigt.</translation>
    </message>
</context>
<context>
    <name>pegboard::PredictorModelFile</name>
    <message>
        <source>The model description %1 is unusable: %2</source>
        <translation>Die Modellbeschreibung %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>Cannot write the model description %1: %2</source>
        <translation>Die Modellbeschreibung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The model %1 has no readable description %2: %3</source>
        <translation>Das Modell %1 hat keine lesbare Beschreibung %2: %3</translation>
    </message>
    <message>
        <source>symbol, horizon, training period or threshold is missing or out of range.</source>
        <translation>Symbol, Horizont, Trainingszeitraum oder Schwelle fehlt oder liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>it was trained on the features %1, this build computes %2.</source>
        <translation>es wurde mit den Merkmalen %1 trainiert, diese Version berechnet %2.</translation>
    </message>
    <message>
        <source>The model %1 expects %2 features per row, this build computes %3.</source>
        <translation>Das Modell %1 erwartet %2 Merkmale pro Zeile, diese Version berechnet %3.</translation>
    </message>
</context>
<context>
    <name>pegboard::PredictorStage</name>
    <message>
        <source>The model was trained on %1 feeds up to %2; this window has no later feed rows to test it on. Analyse a later window, or use --retrain.</source>
        <translation>Das Modell wurde mit %1-Feeds bis %2 trainiert; dieses Fenster hat keine späteren Feed-Zeilen, um es zu testen. Analysieren Sie ein späteres Fenster oder verwenden Sie --retrain.</translation>
    </message>
</context>
<context>
    <name>pegboard::PreventionSection</name>
    <message>
        <source>7. Prevention and recurrence</source>
        <translation>7. Prävention und Wiederholung</translation>
    </message>
    <message>
        <source>Reports resolved</source>
        <translation>Behobene Meldungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Resolved with a preventive measure</source>
        <translation>Mit Präventionsmaßnahme behoben</translation>
    </message>
    <message>
        <source>Resolution categories</source>
        <translation>Behebungskategorien</translation>
    </message>
    <message>
        <source>Lessons learned / measures</source>
        <translation>Erkenntnisse / Maßnahmen</translation>
    </message>
    <message>
        <source>Recurrent incident</source>
        <translation>Wiederkehrender Vorfall</translation>
    </message>
</context>
<context>
    <name>pegboard::RepeatGroupModel</name>
    <message numerus="yes">
        <source>%n report(s) like this from %1 to %2; the newest is shown (expand to see all).</source>
        <translation>
            <numerusform>%n solcher Bericht von %1 bis %2; der neueste wird angezeigt (aufklappen, um alle zu sehen).</numerusform>
            <numerusform>%n solche Berichte von %1 bis %2; der neueste wird angezeigt (aufklappen, um alle zu sehen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::ReplayController</name>
    <message>
        <source>Loading recorded feeds…</source>
        <translation>Aufgezeichnete Feeds werden geladen…</translation>
    </message>
    <message>
        <source>Risk %1 / 10 · no predictor for %2</source>
        <translation>Risiko %1 / 10 · keine Vorhersage für %2</translation>
    </message>
    <message>
        <source>Risk %1 / 10 · P(oracle failure within 15 min) %2</source>
        <translation>Risiko %1 / 10 · P(Oracle-Ausfall binnen 15 min) %2</translation>
    </message>
</context>
<context>
    <name>pegboard::ReplayPegChart</name>
    <message>
        <source>Reports known</source>
        <translation>Bekannte Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) known by now.</source>
        <translation>
            <numerusform>%n Meldung bis jetzt bekannt.</numerusform>
            <numerusform>%n Meldungen bis jetzt bekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::ReportBuilder</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Root-cause cluster %1: %2 reports, mostly %3 (%4 %), from %5 to %6; representative report: &quot;%7&quot;.</source>
        <translation>Ursachen-Cluster %1: %2 Meldungen, überwiegend %3 (%4 %), von %5 bis %6; typische Meldung: &quot;%7&quot;.</translation>
    </message>
    <message>
        <source>Typical conditions: gas %1 gwei, peg deviation %2 bps, oracle staleness %3 s.</source>
        <translation>Typische Bedingungen: Gas %1 gwei, Peg-Abweichung %2 bps, Oracle-Alter %3 s.</translation>
    </message>
    <message>
        <source>Finding the incident&apos;s root-cause cluster</source>
        <translation>Ursachen-Cluster des Vorfalls wird gesucht</translation>
    </message>
    <message>
        <source>No shared cause found: the analysis groups no other report with this one.</source>
        <translation>Keine gemeinsame Ursache gefunden: die Analyse gruppiert keine andere Meldung mit dieser.</translation>
    </message>
    <message>
        <source>Reading the incident&apos;s reports and actions</source>
        <translation>Meldungen und Maßnahmen des Vorfalls werden gelesen</translation>
    </message>
    <message>
        <source>Clustering the period&apos;s reports into incidents</source>
        <translation>Meldungen des Zeitraums werden zu Vorfällen gruppiert</translation>
    </message>
    <message>
        <source>Summarising losses and resolution times</source>
        <translation>Verluste und Behebungszeiten werden zusammengefasst</translation>
    </message>
    <message>
        <source>Laying out the PDF</source>
        <translation>PDF wird gesetzt</translation>
    </message>
    <message>
        <source>Reading and checking the evidence</source>
        <translation>Belege lesen und prüfen</translation>
    </message>
    <message>
        <source>No report %1 in the %2.</source>
        <translation>Keine Meldung %1 in %2.</translation>
    </message>
    <message>
        <source>Reading the %1</source>
        <translation>Lese %1</translation>
    </message>
</context>
<context>
    <name>pegboard::ReportCommand</name>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL des Speichers.</translation>
    </message>
    <message>
        <source>A review bundle instead of a store.</source>
        <translation>Ein Prüfpaket statt eines Speichers.</translation>
    </message>
    <message>
        <source>Any report of the incident (its id).</source>
        <translation>Eine beliebige Meldung des Vorfalls (ihre ID).</translation>
    </message>
    <message>
        <source>Period start (ISO 8601, UTC).</source>
        <translation>Beginn des Zeitraums (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>Period end, exclusive (ISO 8601, UTC).</source>
        <translation>Ende des Zeitraums, ausschließlich (ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>JSON with the facts the store does not hold.</source>
        <translation>JSON mit den Angaben, die der Speicher nicht enthält.</translation>
    </message>
    <message>
        <source>persons (pseudonymise people) or public (also texts).</source>
        <translation>persons (Personen pseudonymisieren) oder public (auch Texte).</translation>
    </message>
    <message>
        <source>Generation time to print (a fixed time gives identical bytes).</source>
        <translation>Auszugebende Erstellungszeit (eine feste Zeit ergibt identische Bytes).</translation>
    </message>
    <message>
        <source>Report language: en or de.</source>
        <translation>Berichtssprache: en oder de.</translation>
    </message>
    <message>
        <source>Checkpoint signing key (default: the audit key).</source>
        <translation>Signaturschlüssel des Checkpoints (Standard: der Audit-Schlüssel).</translation>
    </message>
    <message>
        <source>Record the generation in the audit log.</source>
        <translation>Die Erstellung im Audit-Log vermerken.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Die zu schreibende PDF.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o DATEI.pdf ist erforderlich.</translation>
    </message>
    <message>
        <source>Give either --incident ID or --from T --to T.</source>
        <translation>Entweder --incident ID oder --from T --to T angeben.</translation>
    </message>
    <message>
        <source>--incident: not a report id: %1</source>
        <translation>--incident: keine Meldungs-ID: %1</translation>
    </message>
    <message>
        <source>--from and --to must be ISO 8601 times with --from before --to.</source>
        <translation>--from und --to müssen ISO-8601-Zeiten sein, --from vor --to.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>--redact: use persons or public.</source>
        <translation>--redact: persons oder public verwenden.</translation>
    </message>
    <message>
        <source>--generated-at: not an ISO 8601 time.</source>
        <translation>--generated-at: keine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>--lang: en or de.</source>
        <translation>--lang: en oder de.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The report was written but its generation could not be recorded: %1</source>
        <translation>Der Bericht wurde geschrieben, seine Erstellung konnte aber nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 records cited, evidence SHA-256 %4.</source>
        <translation>%1 geschrieben: %2, %3 Datensätze zitiert, Nachweis-SHA-256 %4.</translation>
    </message>
    <message>
        <source>Give either --db URL or --bundle FILE, not both.</source>
        <translation>Entweder --db URL oder --bundle DATEI angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--db URL or --bundle FILE is required.</source>
        <translation>--db URL oder --bundle DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>--record writes to the store; a review bundle is read-only.</source>
        <translation>--record schreibt in die Datenbank; ein Review-Bundle ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>A PDF/A compliance report: an incident (DORA/NYDFS terms) or a period (report --db URL|--bundle FILE --incident ID | --from T --to T -o FILE.pdf)</source>
        <translation>Ein PDF/A-Compliance-Bericht: ein Vorfall (DORA/NYDFS) oder ein Zeitraum (report --db URL|--bundle DATEI --incident ID | --from T --to T -o DATEI.pdf)</translation>
    </message>
</context>
<context>
    <name>pegboard::ReportFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>%1 (role; no person recorded)</source>
        <translation>%1 (Rolle; keine Person erfasst)</translation>
    </message>
    <message>
        <source>%1 (role %2)</source>
        <translation>%1 (Rolle %2)</translation>
    </message>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>first report</source>
        <translation>erste Meldung</translation>
    </message>
    <message>
        <source>peg beyond 10 bps without interruption until the first report, recorded feed</source>
        <translation>Peg ohne Unterbrechung über 10 bps bis zur ersten Meldung, aufgezeichneter Feed</translation>
    </message>
    <message>
        <source>first acknowledgement, audit log</source>
        <translation>erste Bestätigung, Audit-Log</translation>
    </message>
    <message>
        <source>last report resolved</source>
        <translation>letzte Meldung behoben</translation>
    </message>
    <message>
        <source>peg back within 10 bps, recorded feed</source>
        <translation>Peg wieder innerhalb 10 bps, aufgezeichneter Feed</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>pegboard::ResolutionSection</name>
    <message>
        <source>4. Resolution times, prevention and recurrence</source>
        <translation>4. Behebungszeiten, Prävention und Wiederholung</translation>
    </message>
    <message>
        <source>No report was resolved in the period.</source>
        <translation>Im Zeitraum wurde keine Meldung behoben.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Mean time to resolve</source>
        <translation>Mittlere Behebungszeit</translation>
    </message>
    <message>
        <source>Resolved reports</source>
        <translation>Behobene Meldungen</translation>
    </message>
    <message>
        <source>Prevention rate (resolutions with a preventive measure)</source>
        <translation>Präventionsquote (Behebungen mit Präventionsmaßnahme)</translation>
    </message>
    <message>
        <source>Recurrence within 30 days (same type and protocol)</source>
        <translation>Wiederholung binnen 30 Tagen (gleicher Typ und gleiches Protokoll)</translation>
    </message>
    <message>
        <source>… with prevention / without</source>
        <translation>… mit Prävention / ohne</translation>
    </message>
</context>
<context>
    <name>pegboard::ResolutionTrendView</name>
    <message>
        <source>Time to resolve, by category</source>
        <translation>Lösungszeit nach Kategorie</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>pegboard::ResolveDialog</name>
    <message>
        <source>Oracle configuration changed</source>
        <translation>Orakel-Konfiguration geändert</translation>
    </message>
    <message>
        <source>Gas strategy adjusted</source>
        <translation>Gas-Strategie angepasst</translation>
    </message>
    <message>
        <source>Contract fixed</source>
        <translation>Vertrag korrigiert</translation>
    </message>
    <message>
        <source>Liquidity added or rebalanced</source>
        <translation>Liquidität ergänzt oder umverteilt</translation>
    </message>
    <message>
        <source>Infrastructure repaired</source>
        <translation>Infrastruktur repariert</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Bekannt:</translation>
    </message>
    <message>
        <source>A preventive measure was put in place</source>
        <translation>Eine vorbeugende Maßnahme wurde umgesetzt</translation>
    </message>
    <message>
        <source>Resolve report</source>
        <translation>Meldung lösen</translation>
    </message>
    <message>
        <source>What was done, and what would stop it happening again</source>
        <translation>Was getan wurde und was eine Wiederholung verhindert</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Actual loss:</source>
        <translation>Tatsächlicher Verlust:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>pegboard::ResponseAction</name>
    <message>
        <source>actions.%1.kind: must be one of %2</source>
        <translation>actions.%1.kind: muss eines von %2 sein</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: secrets are never read from the rules file; put it in an environment variable and write &quot;$NAME&quot;</source>
        <translation>%1: Geheimnisse werden nie aus der Regeldatei gelesen; legen Sie es in eine Umgebungsvariable und schreiben Sie &quot;$NAME&quot;</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
        <translation>%1: die Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>pegboard::RiskPanel</name>
    <message>
        <source>Risk: waiting for feeds…</source>
        <translation>Risiko: warte auf Feeds…</translation>
    </message>
    <message>
        <source>Risk %1 / 10</source>
        <translation>Risiko %1 / 10</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gew. %2)</translation>
    </message>
    <message>
        <source>unknown (scored 5)</source>
        <translation>unbekannt (5)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; no action needed.</source>
        <translation>&lt;b&gt;Empfohlen:&lt;/b&gt; keine Maßnahme nötig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommended:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Empfohlen:&lt;/b&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Oracle failure prediction: no model yet (one is trained when the analysis has recorded feeds).</source>
        <translation>Vorhersage von Orakelausfällen: noch kein Modell (es wird trainiert, sobald die Analyse aufgezeichnete Feeds hat).</translation>
    </message>
    <message>
        <source>Oracle failure prediction: waiting for the gas and oracle feeds.</source>
        <translation>Vorhersage von Orakelausfällen: warte auf die Gas- und Orakel-Feeds.</translation>
    </message>
    <message>
        <source>Oracle failure prediction paused: feeds stale for %1 s.</source>
        <translation>Vorhersage von Orakelausfällen pausiert: Feeds seit %1 s veraltet.</translation>
    </message>
    <message>
        <source>Oracle failure prediction failed: %1</source>
        <translation>Vorhersage von Orakelausfällen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>oracle age unknown</source>
        <translation>Alter des Orakels unbekannt</translation>
    </message>
    <message>
        <source>oracle %1 min stale</source>
        <translation>Orakel seit %1 min veraltet</translation>
    </message>
    <message>
        <source>oracle updated %1 s ago</source>
        <translation>Orakel vor %1 s aktualisiert</translation>
    </message>
    <message>
        <source>gas unknown</source>
        <translation>Gas unbekannt</translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation>Gas %1 gwei</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replaying:&lt;/b&gt; the risk as it read at %1 UTC, from the recorded feeds (the prediction at that moment is on the timeline bar).</source>
        <translation>&lt;b&gt;Wiedergabe:&lt;/b&gt; das Risiko, wie es um %1 UTC stand, aus den aufgezeichneten Feeds (die Vorhersage zu diesem Zeitpunkt steht in der Zeitleiste).</translation>
    </message>
    <message>
        <source>Risk %1 / 10 (confidence %2)</source>
        <translation>Risiko %1 / 10 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>Oracle failure within %1 min: %2 — %3, %4</source>
        <translation>Orakelausfall innerhalb von %1 min: %2 — %3, %4</translation>
    </message>
    <message>
        <source>Scored by the trained predictor for %1; highlighted at or above its decision threshold of %2, chosen on its training period.</source>
        <translation>Bewertet von der trainierten Vorhersage für %1; hervorgehoben ab ihrer Entscheidungsschwelle von %2, die im Trainingszeitraum gewählt wurde.</translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore</name>
    <message>
        <source>no data; scored as moderate</source>
        <translation>keine Daten; als mittel bewertet</translation>
    </message>
    <message>
        <source>Raise the oracle update frequency</source>
        <translation>Oracle-Aktualisierungsfrequenz erhöhen</translation>
    </message>
    <message>
        <source>Alert the operations team</source>
        <translation>Betriebsteam alarmieren</translation>
    </message>
    <message>
        <source>Start the emergency protocol</source>
        <translation>Notfallprotokoll starten</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Peg risk</source>
        <translation>Peg-Risiko</translation>
    </message>
    <message>
        <source>Oracle risk</source>
        <translation>Oracle-Risiko</translation>
    </message>
    <message>
        <source>Network risk</source>
        <translation>Netzwerkrisiko</translation>
    </message>
    <message>
        <source>Volatility risk</source>
        <translation>Volatilitätsrisiko</translation>
    </message>
    <message>
        <source>Protocol risk</source>
        <translation>Protokollrisiko</translation>
    </message>
    <message>
        <source>%1 bps from the peg (5-minute average %2 bps)</source>
        <translation>%1 bps vom Peg entfernt (5-Minuten-Mittel %2 bps)</translation>
    </message>
    <message>
        <source>%1 bps from the peg</source>
        <translation>%1 bps vom Peg entfernt</translation>
    </message>
    <message>
        <source>Peg critical: at least %1 bps off for %2.</source>
        <translation>Peg kritisch: seit %2 mindestens %1 bps entfernt.</translation>
    </message>
    <message>
        <source>Peg warning: 5-minute average %1 bps off.</source>
        <translation>Peg-Warnung: 5-Minuten-Mittel %1 bps entfernt.</translation>
    </message>
    <message>
        <source>oracle updated %1 ago (heartbeat %2)</source>
        <translation>Oracle vor %1 aktualisiert (Heartbeat %2)</translation>
    </message>
    <message numerus="yes">
        <source>oracle stale for %1: %n round(s) missed (heartbeat %2)</source>
        <translation>
            <numerusform>Oracle seit %1 veraltet: %n Runde verpasst (Heartbeat %2)</numerusform>
            <numerusform>Oracle seit %1 veraltet: %n Runden verpasst (Heartbeat %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>oracle answer %1 bps from the market price</source>
        <translation>Oracle-Antwort %1 bps vom Marktpreis entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Oracle critical: stale past its heartbeat (%n round(s) missed).</source>
        <translation>
            <numerusform>Oracle kritisch: über den Heartbeat hinaus veraltet (%n Runde verpasst).</numerusform>
            <numerusform>Oracle kritisch: über den Heartbeat hinaus veraltet (%n Runden verpasst).</numerusform>
        </translation>
    </message>
    <message>
        <source>Oracle critical: answer %1 bps from the market.</source>
        <translation>Oracle kritisch: Antwort %1 bps vom Markt entfernt.</translation>
    </message>
    <message>
        <source>Oracle warning: answer %1 bps from the market.</source>
        <translation>Oracle-Warnung: Antwort %1 bps vom Markt entfernt.</translation>
    </message>
    <message>
        <source>gas %1 gwei</source>
        <translation>Gas %1 gwei</translation>
    </message>
    <message>
        <source>%1 congestion</source>
        <translation>Netzlast %1</translation>
    </message>
    <message>
        <source>volatility index %1</source>
        <translation>Volatilitätsindex %1</translation>
    </message>
    <message>
        <source>collateral ratio %1</source>
        <translation>Besicherungsquote %1</translation>
    </message>
    <message>
        <source>feed stale for %1</source>
        <translation>Feed seit %1 veraltet</translation>
    </message>
    <message>
        <source>Predictor (%1%) and factors (oracle risk %2) agree: an oracle failure is likely.</source>
        <translation>Prognose (%1 %) und Faktoren (Oracle-Risiko %2) stimmen überein: ein Oracle-Ausfall ist wahrscheinlich.</translation>
    </message>
    <message>
        <source>Predictor (%1%) and factors (oracle risk %2) agree: no oracle failure expected.</source>
        <translation>Prognose (%1 %) und Faktoren (Oracle-Risiko %2) stimmen überein: kein Oracle-Ausfall erwartet.</translation>
    </message>
    <message>
        <source>The predictor expects an oracle failure (%1%) that the factors do not show yet (oracle risk %2).</source>
        <translation>Die Prognose erwartet einen Oracle-Ausfall (%1 %), den die Faktoren noch nicht zeigen (Oracle-Risiko %2).</translation>
    </message>
    <message>
        <source>The factors are alarmed (oracle risk %2) but the predictor expects no failure (%1%).</source>
        <translation>Die Faktoren schlagen Alarm (Oracle-Risiko %2), die Prognose erwartet aber keinen Ausfall (%1 %).</translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore::Config</name>
    <message>
        <source>Each risk weight must lie between 0 and 1.</source>
        <translation>Jedes Risikogewicht muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The risk weights must add up to 1 (they add up to %1).</source>
        <translation>Die Risikogewichte müssen sich zu 1 addieren (Summe ist %1).</translation>
    </message>
    <message>
        <source>Risk thresholds must rise within 0–10: oracle frequency &lt; alert &lt; emergency.</source>
        <translation>Risikoschwellen müssen innerhalb 0–10 steigen: Oracle-Frequenz &lt; Alarm &lt; Notfall.</translation>
    </message>
    <message>
        <source>Escalation levels, durations and the oracle heartbeat must be positive.</source>
        <translation>Eskalationsstufen, Dauern und der Oracle-Heartbeat müssen positiv sein.</translation>
    </message>
    <message>
        <source>An escalation&apos;s warning level must not exceed its critical level.</source>
        <translation>Die Warnstufe einer Eskalation darf ihre kritische Stufe nicht übersteigen.</translation>
    </message>
    <message>
        <source>risk.%1 must be a number.</source>
        <translation>risk.%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>risk.escalation must be true or false.</source>
        <translation>risk.escalation muss true oder false sein.</translation>
    </message>
    <message>
        <source>risk.emergency_signals must be a number.</source>
        <translation>risk.emergency_signals muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>risk.%1 is not a risk setting.</source>
        <translation>risk.%1 ist keine Risikoeinstellung.</translation>
    </message>
</context>
<context>
    <name>pegboard::Rule</name>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>required: 1–64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>erforderlich: 1–64 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>give exactly one of &apos;above&apos; and &apos;below&apos;</source>
        <translation>genau eines von &apos;above&apos; und &apos;below&apos; angeben</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>an &apos;above&apos; rule clears below: use &apos;clear_below&apos;</source>
        <translation>eine &apos;above&apos;-Regel endet darunter: &apos;clear_below&apos; verwenden</translation>
    </message>
    <message>
        <source>must not be above &apos;above&apos;</source>
        <translation>darf nicht über &apos;above&apos; liegen</translation>
    </message>
    <message>
        <source>a &apos;below&apos; rule clears above: use &apos;clear_above&apos;</source>
        <translation>eine &apos;below&apos;-Regel endet darüber: &apos;clear_above&apos; verwenden</translation>
    </message>
    <message>
        <source>must not be below &apos;below&apos;</source>
        <translation>darf nicht unter &apos;below&apos; liegen</translation>
    </message>
    <message>
        <source>must be critical, error, warning or info</source>
        <translation>muss critical, error, warning oder info sein</translation>
    </message>
    <message>
        <source>must be a list of action names</source>
        <translation>muss eine Liste von Aktionsnamen sein</translation>
    </message>
</context>
<context>
    <name>pegboard::RuleEvaluator</name>
    <message>
        <source>%1: %2 is %3 (%4 %5)</source>
        <translation>%1: %2 ist %3 (%4 %5)</translation>
    </message>
    <message>
        <source>%1 resolved: %2 is back at %3</source>
        <translation>%1 behoben: %2 ist zurück bei %3</translation>
    </message>
</context>
<context>
    <name>pegboard::RuleSet</name>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unbekanntes Feld</translation>
    </message>
    <message>
        <source>risk: must be an object</source>
        <translation>risk: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>actions: must be an object of named actions</source>
        <translation>actions: muss ein Objekt benannter Aktionen sein</translation>
    </message>
    <message>
        <source>actions.%1: must be an object with a string &apos;kind&apos;</source>
        <translation>actions.%1: muss ein Objekt mit einer Zeichenkette &apos;kind&apos; sein</translation>
    </message>
    <message>
        <source>rules: must be a non-empty list</source>
        <translation>rules: muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.name: &apos;%2&apos; is used twice</source>
        <translation>%1.name: &apos;%2&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>%1.actions: no action named &apos;%2&apos; in &apos;actions&apos;</source>
        <translation>%1.actions: keine Aktion namens &apos;%2&apos; in &apos;actions&apos;</translation>
    </message>
    <message>
        <source>Cannot read the rules file %1: %2</source>
        <translation>Die Regeldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: kein JSON-Objekt (%2 bei Position %3)</translation>
    </message>
    <message>
        <source>Cannot read the risk settings %1: %2</source>
        <translation>Die Risikoeinstellungen %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>pegboard::ScenarioReporter</name>
    <message>
        <source>%1 slipping off peg: %2 on Curve 3pool</source>
        <translation>%1 verliert den Peg: %2 im Curve-3pool</translation>
    </message>
    <message>
        <source>Price alert fired: %1 has been below 0.995 for a few minutes and the pool is getting lopsided. Watching for redemptions on the issuer side.</source>
        <translation>Preisalarm ausgelöst: %1 liegt seit einigen Minuten unter 0,995 und der Pool kippt. Wir beobachten Rücknahmen beim Emittenten.</translation>
    </message>
    <message>
        <source>Arb bot reverting on %1/USDT route</source>
        <translation>Arbitrage-Bot scheitert auf der %1/USDT-Route</translation>
    </message>
    <message>
        <source>Our peg-arbitrage bot had several transactions revert in a row; gas is at %1 gwei and the spread no longer covers it after slippage.</source>
        <translation>Unser Peg-Arbitrage-Bot hatte mehrere Reverts in Folge; Gas steht bei %1 gwei und der Spread deckt das nach Slippage nicht mehr.</translation>
    </message>
    <message>
        <source>%1 depeg deepening: %2, down %3 bps</source>
        <translation>%1-Depeg vertieft sich: %2, minus %3 bps</translation>
    </message>
    <message>
        <source>Escalating. Secondary markets are quoting %1 well under a dollar and sell pressure is not letting up. Pausing new %1 collateral listings until this settles.</source>
        <translation>Eskalation. Sekundärmärkte notieren %1 deutlich unter einem Dollar, der Verkaufsdruck hält an. Neue %1-Sicherheiten werden pausiert, bis sich das beruhigt.</translation>
    </message>
    <message>
        <source>Chainlink %1/USD feed stale during depeg</source>
        <translation>Chainlink-Feed %1/USD veraltet während des Depegs</translation>
    </message>
    <message>
        <source>Arbitrage failing: %1 gwei gas eats the %2 spread</source>
        <translation>Arbitrage scheitert: %1 gwei Gas fressen den Spread von %2</translation>
    </message>
    <message>
        <source>Mempool is congested and MEV searchers are front-running our rebalancing. Three bundles dropped in the last block window; arbitrage is not restoring the peg.</source>
        <translation>Der Mempool ist verstopft und MEV-Searcher laufen unserem Rebalancing voraus. Drei Bundles fielen im letzten Blockfenster weg; die Arbitrage stellt den Peg nicht wieder her.</translation>
    </message>
    <message>
        <source>INCIDENT: %1 at %2, liquidations starting on Aave</source>
        <translation>VORFALL: %1 bei %2, erste Liquidationen auf Aave</translation>
    </message>
    <message>
        <source>Full incident declared. %1 is trading near 0.97, collateral ratios are dropping and the first liquidations went through. War room open; all hands on the stability channel.</source>
        <translation>Vorfall ausgerufen. %1 handelt bei etwa 0,97, die Besicherungsquoten fallen und die ersten Liquidationen sind durch. War Room offen; alle in den Stabilitätskanal.</translation>
    </message>
    <message>
        <source>Oracle answer 3 percent off market for %1</source>
        <translation>Oracle-Antwort für %1 liegt 3 Prozent neben dem Markt</translation>
    </message>
    <message>
        <source>The on-chain answer still says about 1.00 while DEX prices are near %1. Positions are being valued on a price that no longer exists.</source>
        <translation>Die On-Chain-Antwort steht noch bei etwa 1,00, während DEX-Preise bei %1 liegen. Positionen werden mit einem Preis bewertet, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>%1 back on peg at %2, monitoring</source>
        <translation>%1 wieder am Peg bei %2, wird beobachtet</translation>
    </message>
    <message>
        <source>Recovered. The low of this episode was %1; the oracle is publishing again and gas is coming down. Keeping the war room open for another hour before closing.</source>
        <translation>Erholt. Das Tief dieser Episode lag bei %1; das Oracle veröffentlicht wieder und das Gas sinkt. Der War Room bleibt noch eine Stunde offen.</translation>
    </message>
    <message>
        <source>The %1/USD aggregator has not published a new round for %2 s while the market moved. Aave is still pricing %1 collateral at the old answer.</source>
        <translation>Der %1/USD-Aggregator hat seit %2 s keine neue Runde veröffentlicht, während sich der Markt bewegte. Aave bewertet %1-Sicherheiten noch mit dem alten Wert.</translation>
    </message>
</context>
<context>
    <name>pegboard::SettingsDialog</name>
    <message>
        <source>Pegboard settings</source>
        <translation>Pegboard-Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;Feeds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <source>Empty: the embedded store on this computer</source>
        <translation>Leer: die eingebettete Datenbank auf diesem Rechner</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Store URL:</source>
        <translation>Datenbank-URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Fallback URLs</source>
        <translation>Ausweich-URLs</translation>
    </message>
    <message>
        <source>&amp;Add feed</source>
        <translation>Feed &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>new feed</source>
        <translation>neuer Feed</translation>
    </message>
    <message>
        <source>Adapters: pegboard (JSON lines), jsonrpc (Ethereum eth_subscribe), ticker. Fallback URLs are tried in order when a feed&apos;s URL fails.</source>
        <translation>Adapter: pegboard (JSON-Zeilen), jsonrpc (Ethereum eth_subscribe), ticker. Ausweich-URLs werden der Reihe nach versucht, wenn die URL eines Feeds ausfällt.</translation>
    </message>
    <message>
        <source>Raise oracle update frequency above:</source>
        <translation>Oracle-Frequenz erhöhen ab:</translation>
    </message>
    <message>
        <source>Alert operations above:</source>
        <translation>Betrieb alarmieren ab:</translation>
    </message>
    <message>
        <source>Emergency protocol above:</source>
        <translation>Notfallprotokoll ab:</translation>
    </message>
    <message>
        <source>The store URL must start with postgresql:// (or be empty for the embedded store).</source>
        <translation>Die Datenbank-URL muss mit postgresql:// beginnen (oder für die eingebettete Datenbank leer sein).</translation>
    </message>
    <message>
        <source>Empty: changes go to the store URL</source>
        <translation>Leer: Änderungen gehen an die Datenbank-URL</translation>
    </message>
    <message>
        <source>Write URL (primary):</source>
        <translation>Schreib-URL (Primärserver):</translation>
    </message>
    <message>
        <source>A shared store is a PostgreSQL URL such as postgresql://alice@db.example/pegboard, or with several hosts postgresql://alice@db1,db2/pegboard?target_session_attrs=prefer-standby. When it is a read-only standby, acknowledgements and notes go to the write URL (the primary). Changes take effect at the next start.</source>
        <translation>Eine gemeinsame Datenbank ist eine PostgreSQL-URL wie postgresql://alice@db.example/pegboard, oder mit mehreren Hosts postgresql://alice@db1,db2/pegboard?target_session_attrs=prefer-standby. Ist sie ein schreibgeschützter Standby, gehen Bestätigungen und Notizen an die Schreib-URL (den Primärserver). Änderungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Transactions open at &lt;explorer&gt;/tx/&lt;hash&gt;, contracts at &lt;explorer&gt;/address/&lt;contract&gt;.</source>
        <translation>Transaktionen öffnen unter &lt;explorer&gt;/tx/&lt;hash&gt;, Verträge unter &lt;explorer&gt;/address/&lt;contract&gt;.</translation>
    </message>
    <message>
        <source>Block explorer:</source>
        <translation>Block-Explorer:</translation>
    </message>
    <message>
        <source>No feed is running now.</source>
        <translation>Derzeit läuft kein Feed.</translation>
    </message>
    <message>
        <source>Running now:
%1</source>
        <translation>Läuft derzeit:
%1</translation>
    </message>
    <message>
        <source>%1 weight:</source>
        <translation>Gewicht %1:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Oracle heartbeat:</source>
        <translation>Oracle-Heartbeat:</translation>
    </message>
    <message>
        <source>Empty: your login (%1)</source>
        <translation>Leer: Ihre Anmeldung (%1)</translation>
    </message>
    <message>
        <source>Every acknowledgement, note and resolution you make is recorded with this name and the database role. Applies to your next change.</source>
        <translation>Jede Bestätigung, Notiz und Behebung, die Sie vornehmen, wird mit diesem Namen und der Datenbankrolle aufgezeichnet. Gilt ab Ihrer nächsten Änderung.</translation>
    </message>
    <message>
        <source>Your name (recorded in the audit trail):</source>
        <translation>Ihr Name (im Audit-Trail erfasst):</translation>
    </message>
</context>
<context>
    <name>pegboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>pegboard::SqliteDb</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>pegboard::StoreWorker</name>
    <message>
        <source>No store is open yet.</source>
        <translation>Noch keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>the primary (write URL) cannot be reached: %1</source>
        <translation>der Primärserver (Schreib-URL) ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>this console reads a read-only standby, and changes can only be made on the primary. Set the primary&apos;s URL as the write URL in Settings (or start with --write-db URL).</source>
        <translation>diese Konsole liest einen schreibgeschützten Standby, und Änderungen sind nur auf dem Primärserver möglich. Tragen Sie die URL des Primärservers in den Einstellungen als Schreib-URL ein (oder starten Sie mit --write-db URL).</translation>
    </message>
    <message>
        <source>the write URL also leads to a read-only standby; it must reach the primary (for several hosts, add target_session_attrs=read-write).</source>
        <translation>auch die Schreib-URL führt zu einem schreibgeschützten Standby; sie muss den Primärserver erreichen (bei mehreren Hosts target_session_attrs=read-write ergänzen).</translation>
    </message>
</context>
<context>
    <name>pegboard::TimelineBar</name>
    <message>
        <source>Play / pause the replay (Space)</source>
        <translation>Wiedergabe abspielen / anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>The moment the console shows: everything as it was known then</source>
        <translation>Der Zeitpunkt, den die Konsole zeigt: alles, wie es damals bekannt war</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Wiedergabetempo</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Nächste Meldung</translation>
    </message>
    <message>
        <source>Incident start</source>
        <translation>Beginn des Vorfalls</translation>
    </message>
    <message>
        <source>As received</source>
        <translation>Wie empfangen</translation>
    </message>
    <message>
        <source>As reported (event time)</source>
        <translation>Wie gemeldet (Ereigniszeit)</translation>
    </message>
    <message>
        <source>Reports appear when Pegboard received them, or at the time they say they happened</source>
        <translation>Meldungen erscheinen, wenn Pegboard sie empfangen hat, oder zu dem Zeitpunkt, den sie selbst angeben</translation>
    </message>
    <message>
        <source>Jump to %1 UTC, where the largest incident of the window begins</source>
        <translation>Zu %1 UTC springen, wo der größte Vorfall des Zeitfensters beginnt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>pegboard::WatchCommand</name>
    <message>
        <source>Evaluate response rules on live feeds and fire their actions (watch --db URL --feed SPEC… --rules FILE [--backtest [--days N]])</source>
        <translation>Reaktionsregeln auf Live-Feeds auswerten und ihre Aktionen auslösen (watch --db URL --feed SPEC… --rules DATEI [--backtest [--days N]])</translation>
    </message>
    <message>
        <source>Secrets (PagerDuty routing keys, webhook secrets, Slack URLs) come from environment variables named in the rules file as &quot;$NAME&quot;, never from the file or the command line.</source>
        <translation>Geheimnisse (PagerDuty-Routing-Keys, Webhook-Geheimnisse, Slack-URLs) kommen aus Umgebungsvariablen, die in der Regeldatei als &quot;$NAME&quot; genannt sind, nie aus der Datei oder der Kommandozeile.</translation>
    </message>
    <message>
        <source>PostgreSQL URL of the store.</source>
        <translation>PostgreSQL-URL des Speichers.</translation>
    </message>
    <message>
        <source>A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable.</source>
        <translation>Ein Live-Feed, [name=][adapter:]ws://…[|fallback…]; wiederholbar.</translation>
    </message>
    <message>
        <source>The rules file (JSON).</source>
        <translation>Die Regeldatei (JSON).</translation>
    </message>
    <message>
        <source>Replay the recorded feeds instead of watching, and print what each rule would have fired.</source>
        <translation>Statt zu überwachen die aufgezeichneten Feeds abspielen und ausgeben, was jede Regel ausgelöst hätte.</translation>
    </message>
    <message>
        <source>Backtest window in days (default 90).</source>
        <translation>Backtest-Fenster in Tagen (Standard 90).</translation>
    </message>
    <message>
        <source>Backtest evaluation step in seconds (default 60).</source>
        <translation>Backtest-Auswertungsschritt in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>Backtest only this rule.</source>
        <translation>Nur diese Regel backtesten.</translation>
    </message>
    <message>
        <source>Oracle predictor model (from analyze --model) for oracle_failure_probability.</source>
        <translation>Oracle-Prognosemodell (von analyze --model) für oracle_failure_probability.</translation>
    </message>
    <message>
        <source>--db (or PEGBOARD_DB) and --rules are required.</source>
        <translation>--db (oder PEGBOARD_DB) und --rules sind erforderlich.</translation>
    </message>
    <message>
        <source>--days must be 1–3650 and --step a positive number of seconds.</source>
        <translation>--days muss 1–3650 sein und --step eine positive Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--rule: no rule named &apos;%1&apos; in the rules file.</source>
        <translation>--rule: keine Regel namens &apos;%1&apos; in der Regeldatei.</translation>
    </message>
    <message>
        <source>--feed is required (at least one live feed to watch).</source>
        <translation>--feed ist erforderlich (mindestens ein zu überwachender Live-Feed).</translation>
    </message>
    <message>
        <source>Backtest %1%</source>
        <translation>Backtest %1 %</translation>
    </message>
    <message>
        <source>--feed: cannot read &apos;%1&apos; (expected [name=][adapter:]ws://…[|fallback…]).</source>
        <translation>--feed: &apos;%1&apos; ist nicht lesbar (erwartet [name=][adapter:]ws://…[|fallback…]).</translation>
    </message>
    <message>
        <source>Store unavailable, %1 of %2 kept for retry: %3</source>
        <translation>Speicher nicht erreichbar, %1 von %2 für einen neuen Versuch aufbewahrt: %3</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 delivered (attempt %4)</source>
        <translation>%1: %2 von %3 zugestellt (Versuch %4)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed (attempt %4: %5); retrying in %6 ms</source>
        <translation>%1: %2 von %3 fehlgeschlagen (Versuch %4: %5); neuer Versuch in %6 ms</translation>
    </message>
    <message>
        <source>%1: %2 of %3 given up: %4</source>
        <translation>%1: %2 von %3 aufgegeben: %4</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n rule(s) on %1 feed(s); store %2</source>
        <translation>
            <numerusform>Überwache %n Regel auf %1 Feed(s); Speicher %2</numerusform>
            <numerusform>Überwache %n Regeln auf %1 Feed(s); Speicher %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exiting with %n action delivery(ies) still pending.</source>
        <translation>
            <numerusform>Beende mit %n noch ausstehender Aktionszustellung.</numerusform>
            <numerusform>Beende mit %n noch ausstehenden Aktionszustellungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pegboard::WebhookServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>use GET</source>
        <translation>GET verwenden</translation>
    </message>
    <message>
        <source>no such endpoint</source>
        <translation>Endpunkt existiert nicht</translation>
    </message>
    <message>
        <source>Report %1/%2 could not be spooled: %3</source>
        <translation>Meldung %1/%2 konnte nicht gespoolt werden: %3</translation>
    </message>
    <message>
        <source>not durable: %1</source>
        <translation>nicht dauerhaft gespeichert: %1</translation>
    </message>
    <message>
        <source>Ignored from %1 (%2): %3</source>
        <translation>Ignoriert von %1 (%2): %3</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>Refused %1 from %2 (%3): %4</source>
        <translation>%1 von %2 abgewiesen (%3): %4</translation>
    </message>
    <message>
        <source>the collector is not started</source>
        <translation>der Collector ist nicht gestartet</translation>
    </message>
    <message>
        <source>Report %1 could not be spooled: %2</source>
        <translation>Meldung %1 konnte nicht gespoolt werden: %2</translation>
    </message>
    <message>
        <source>%1 connections open, the limit</source>
        <translation>%1 Verbindungen offen, die Grenze</translation>
    </message>
    <message>
        <source>Report %1 refused: %2</source>
        <translation>Meldung %1 abgewiesen: %2</translation>
    </message>
    <message>
        <source>Report %1/%2 normalised for the store: %3</source>
        <translation>Meldung %1/%2 für die Datenbank angepasst: %3</translation>
    </message>
    <message>
        <source>the spool holds %1 bytes not yet in the store, the configured limit; retry later</source>
        <translation>der Spool hält %1 Bytes, die noch nicht in der Datenbank sind, die eingestellte Grenze; später erneut versuchen</translation>
    </message>
    <message>
        <source>use POST, not %1</source>
        <translation>POST verwenden, nicht %1</translation>
    </message>
</context>
<context>
    <name>pegboard::WeeklyLossesSection</name>
    <message>
        <source>3. Losses per week</source>
        <translation>3. Verluste pro Woche</translation>
    </message>
    <message>
        <source>Losses per week (USD thousands; actual where recorded, else estimated)</source>
        <translation>Verluste pro Woche (Tsd. USD; tatsächlich, wo erfasst, sonst geschätzt)</translation>
    </message>
    <message>
        <source>kUSD</source>
        <translation>Tsd. USD</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
</TS>
