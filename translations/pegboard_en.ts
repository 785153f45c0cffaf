<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkLoader</name>
    <message>
        <source>Load cancelled after %1 of %2 reports.</source>
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
</context>
<context>
    <name>pegboard::ChangeListener</name>
    <message>
        <source>The database closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::ConsoleController</name>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the store (%1); reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pegboard::EngineeringPerspective</name>
    <message>
        <source>Report</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>
