#pragma once

#include "batcher.h"
#include "domain/error.h"
#include "issueclassifier.h"
#include "oraclewatcher.h"

#include <QHash>
#include <QHostAddress>
#include <QUrl>

namespace pegboard {

// Everything `pegboard collect` runs with. Secrets come from the environment or the config file,
// never from the command line (where every user of the machine could read them in ps).
struct CollectorConfig
{
    QString storeUrl;
    QString spoolDir;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    qsizetype maxBodyBytes = 1 << 20;
    int maxHeaderBytes = 16 * 1024;
    // Connections beyond this are answered 503 with Retry-After and closed at once.
    int maxConnections = 512;
    int headerTimeoutMs = 10000;  // the request head must be complete this long after its first byte
    int requestTimeoutMs = 60000; // the whole request, body included
    // When the part of the spool not yet in the store passes this, reports are answered 503 with
    // Retry-After instead of filling the disk (0: no limit).
    qint64 maxUnflushedBytes = qint64(1) << 30;
    // source name ("github", "slack", …) → secret or token; a source without one refuses everything.
    QHash<QString, QByteArray> secrets;
    IssueClassifier classifier;
    Batcher::Options batching;
    // Context from recorded feeds: the coin and protocol assumed when a report names none, and
    // the age beyond which a group is recorded as stale. {"context": {"symbol", "protocol", "max_age_s"}}
    QString contextSymbol = QStringLiteral("USDC");
    QString contextProtocol;
    double contextMaxAgeSeconds = 60;
    // On-chain source: JSON-RPC websocket URLs (first, then fallbacks) and the Chainlink
    // aggregators to watch, {"oracles": [...]} (see OracleWatcher::aggregatorsFromJson),
    // {"oracle_check_interval_ms": 1000}. Without URLs and aggregators the source is off.
    QList<QUrl> chainRpcUrls;
    QList<OracleAggregator> oracles;
    int oracleCheckIntervalMs = 1000;

    // PEGBOARD_GITHUB_WEBHOOK_SECRET, PEGBOARD_SLACK_SIGNING_SECRET, PEGBOARD_DATADOG_TOKEN,
    // PEGBOARD_INGEST_TOKEN, PEGBOARD_DISCORD_TOKEN (Discord falls back to the ingest token).
    void loadEnvironment();
    // {"secrets": {"github": "…", …}, "classifier": {…}, "batch_size": 50, "batch_interval_ms": 5000,
    //  "max_body_bytes": 1048576, "max_header_bytes", "max_connections", "header_timeout_ms",
    //  "request_timeout_ms", "max_unflushed_bytes"}; values here are overridden by the environment.
    Result<void> loadFile(const QString &path);
    // "HOST:PORT", "[v6]:PORT" or ":PORT".
    Result<void> setListen(const QString &hostPort);
    // "ws://a|wss://b": the first URL, then fallbacks.
    Result<void> setChainRpc(const QString &urls);
};

} // namespace pegboard
