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
        <source>Analyse a window of reports (analyze --db URL [--from T] [--to T] [--model FILE [--retrain]] [--json])</source>
        <translation>Ein Zeitfenster von Meldungen analysieren (analyze --db URL [--from T] [--to T] [--model DATEI [--retrain]] [--json])</translation>
    </message>
</context>
<context>
    <name>Batcher</name>
    <message>
        <source>Report set aside in rejected.log: %1</source>
        <translation>Meldung in rejected.log zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Store unreachable, reports stay in the spool: %1</source>
        <translation>Datenbank nicht erreichbar, Meldungen bleiben im Spool: %1</translation>
    </message>
    <message>
        <source>Store write failed, will retry: %1</source>
        <translation>Schreiben in die Datenbank fehlgeschlagen, neuer Versuch folgt: %1</translation>
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
    <name>MaintenancePlanner</name>
    <message>
        <source>%1 %2–%3 UTC</source>
        <translation>%1 %2–%3 UTC</translation>
    </message>
    <message>
        <source>%1: forecast risk %2 (below %3)</source>
        <translation>%1: prognostiziertes Risiko %2 (unter %3)</translation>
    </message>
    <message>
        <source>historically %1 incidents per hour here vs %2 on average</source>
        <translation>hier bisher %1 Vorfälle pro Stunde gegenüber %2 im Schnitt</translation>
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
</context>
<context>
    <name>RiskConfig</name>
    <message>
        <source>Each weight must lie between 0 and 1.</source>
        <translation>Jedes Gewicht muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The weights must add up to 1 (they add up to %1).</source>
        <translation>Die Gewichte müssen sich zu 1 addieren (Summe ist %1).</translation>
    </message>
    <message>
        <source>Thresholds must rise: oracle frequency &lt; alert &lt; emergency, within 0–10.</source>
        <translation>Schwellen müssen steigen: Oracle-Frequenz &lt; Alarm &lt; Notfall, innerhalb 0–10.</translation>
    </message>
</context>
<context>
    <name>RiskScore</name>
    <message>
        <source>Risk weights must sum to 1 (they sum to %1).</source>
        <translation>Risikogewichte müssen sich zu 1 addieren (Summe ist %1).</translation>
    </message>
    <message>
        <source>%1 bps from the peg</source>
        <translation>%1 bps vom Peg entfernt</translation>
    </message>
    <message>
        <source>oracle last updated %1 s ago</source>
        <translation>Oracle zuletzt vor %1 s aktualisiert</translation>
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
        <source>cannot compact the spool</source>
        <translation>Spool kann nicht kompaktiert werden</translation>
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
        <source>Start the demo: history, a live depeg, a collector.</source>
        <translation>Startet die Demo: Historie, Live-Depeg, Collector.</translation>
    </message>
</context>
<context>
    <name>pegboard::AnalysisController</name>
    <message>
        <source>Loading reports…</source>
        <translation>Lade Meldungen…</translation>
    </message>
    <message>
        <source>Correlating conditions…</source>
        <translation>Korreliere Bedingungen…</translation>
    </message>
    <message>
        <source>Finding patterns…</source>
        <translation>Suche Muster…</translation>
    </message>
    <message>
        <source>Clustering root causes…</source>
        <translation>Clustere Ursachen…</translation>
    </message>
    <message>
        <source>Forecasting maintenance windows…</source>
        <translation>Prognostiziere Wartungsfenster…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Training the oracle predictor…</source>
        <translation>Orakel-Vorhersage wird trainiert…</translation>
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
        <source>No model was trained, so none is saved to %1: %2</source>
        <translation>Es wurde kein Modell trainiert, daher wird keines in %1 gespeichert: %2</translation>
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
</context>
<context>
    <name>pegboard::ChangeListener</name>
    <message>
        <source>The database closed the connection.</source>
        <translation>Die Datenbank hat die Verbindung geschlossen.</translation>
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
        <source>&lt;h3&gt;Resolution effectiveness&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; reports resolved in view.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; of resolutions came with a preventive measure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; recurred within 30 days (same type and protocol):&lt;br&gt;%4 with prevention, %5 without.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wirksamkeit der Lösungen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; Meldungen in der Ansicht gelöst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; der Lösungen kamen mit einer Vorbeugemaßnahme.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%3&lt;/b&gt; traten innerhalb von 30 Tagen erneut auf (gleicher Typ und gleiches Protokoll):&lt;br&gt;%4 mit Vorbeugung, %5 ohne.&lt;/p&gt;</translation>
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
        <source>%1 UTC: forecast risk %2</source>
        <translation>%1 UTC: prognostiziertes Risiko %2</translation>
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
    <name>pegboard::HeatmapLegend</name>
    <message>
        <source>Lift over the type&apos;s base rate. Framed and bold: significant after Benjamini–Hochberg correction. Grey: too few reports to judge. Click or press Enter to see the reports.</source>
        <translation>Lift gegenüber der Basisrate des Typs. Umrahmt und fett: signifikant nach Benjamini-Hochberg-Korrektur. Grau: zu wenige Meldungen für eine Aussage. Klicken oder Enter drücken, um die Meldungen zu sehen.</translation>
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
        <source>request head larger than 64 KiB</source>
        <translation>Request-Kopf größer als 64 KiB</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Request-Zeile</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>chunked bodies are not accepted; send Content-Length</source>
        <translation>Chunked-Bodies werden nicht akzeptiert; Content-Length senden</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>fehlerhafte Content-Length</translation>
    </message>
    <message>
        <source>body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Body mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
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
    <message>
        <source>thousand USD</source>
        <translation>Tsd. USD</translation>
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
        <source>Resolve report</source>
        <translation>Meldung erledigen</translation>
    </message>
    <message>
        <source>Resolution category:</source>
        <translation>Lösungskategorie:</translation>
    </message>
    <message>
        <source>Related reports (same type and protocol, ±6 h)</source>
        <translation>Verwandte Meldungen (gleicher Typ und gleiches Protokoll, ±6 h)</translation>
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
        <source>Filter</source>
        <translation>Filter</translation>
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
        <source>Settings saved; the store and language apply at the next start.</source>
        <translation>Einstellungen gespeichert; Datenbank und Sprache gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
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
        <source>Risk and recommended actions</source>
        <translation>Risiko und Maßnahmen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Oracle predictor not trained: %1</source>
        <translation>Orakel-Vorhersage nicht trainiert: %1</translation>
    </message>
    <message>
        <source>cluster “%1” — %2</source>
        <translation>Cluster „%1“ – %2</translation>
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
</context>
<context>
    <name>pegboard::MaintenanceCalendar</name>
    <message>
        <source>Export window as .ics…</source>
        <translation>Fenster als .ics exportieren…</translation>
    </message>
    <message>
        <source>Forecast risk by hour (UTC); framed hours are recommended windows below 3.0:</source>
        <translation>Prognostiziertes Risiko pro Stunde (UTC); umrahmte Stunden sind empfohlene Fenster unter 3,0:</translation>
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
        <source>%1 – %2 UTC, mean risk %3
%4</source>
        <translation>%1 – %2 UTC, mittleres Risiko %3
%4</translation>
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
        <source>Oracle failure within %1 min: %2% — %3, %4</source>
        <translation>Orakelausfall innerhalb von %1 min: %2 % — %3, %4</translation>
    </message>
    <message>
        <source>Scored by the trained predictor for %1; highlighted at or above its decision threshold of %2%, chosen on its training period.</source>
        <translation>Bewertet von der trainierten Vorhersage für %1; hervorgehoben ab ihrer Entscheidungsschwelle von %2 %, die im Trainingszeitraum gewählt wurde.</translation>
    </message>
</context>
<context>
    <name>pegboard::RiskScore</name>
    <message>
        <source>Peg stability</source>
        <translation>Peg-Stabilität</translation>
    </message>
    <message>
        <source>Oracle health</source>
        <translation>Oracle-Zustand</translation>
    </message>
    <message>
        <source>Network stress</source>
        <translation>Netzwerklast</translation>
    </message>
    <message>
        <source>Market volatility</source>
        <translation>Marktvolatilität</translation>
    </message>
    <message>
        <source>Protocol health</source>
        <translation>Protokollzustand</translation>
    </message>
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
</context>
<context>
    <name>pegboard::RiskScore::Config</name>
    <message>
        <source>Risk weights must not be negative.</source>
        <translation>Risikogewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Risk thresholds must lie within 0–10 and rise from oracle frequency to alert to emergency.</source>
        <translation>Risikoschwellen müssen innerhalb 0–10 liegen und von Oracle-Frequenz über Alarm zu Notfall steigen.</translation>
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
        <source>The %1/USD aggregator has not published a new round for about %2 minutes while the market moved. Aave is still pricing %1 collateral at the old answer.</source>
        <translation>Der %1/USD-Aggregator hat seit etwa %2 Minuten keine neue Runde veröffentlicht, während sich der Markt bewegt hat. Aave bewertet %1-Sicherheiten noch mit der alten Antwort.</translation>
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
        <source>A shared store is a PostgreSQL URL such as postgresql://alice@db.example/pegboard. Changes take effect at the next start.</source>
        <translation>Eine gemeinsame Datenbank ist eine PostgreSQL-URL wie postgresql://alice@db.example/pegboard. Änderungen gelten ab dem nächsten Start.</translation>
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
        <source>Peg stability weight:</source>
        <translation>Gewicht Peg-Stabilität:</translation>
    </message>
    <message>
        <source>Oracle health weight:</source>
        <translation>Gewicht Oracle-Zustand:</translation>
    </message>
    <message>
        <source>Network stress weight:</source>
        <translation>Gewicht Netzwerklast:</translation>
    </message>
    <message>
        <source>Market volatility weight:</source>
        <translation>Gewicht Marktvolatilität:</translation>
    </message>
    <message>
        <source>Protocol health weight:</source>
        <translation>Gewicht Protokollzustand:</translation>
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
</context>
<context>
    <name>pegboard::StoreWorker</name>
    <message>
        <source>No store is open yet.</source>
        <translation>Noch keine Datenbank geöffnet.</translation>
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
        <source>method %1</source>
        <translation>Methode %1</translation>
    </message>
    <message>
        <source>use POST</source>
        <translation>POST verwenden</translation>
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
</context>
</TS>
