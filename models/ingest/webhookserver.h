#pragma once

#include "collectorconfig.h"
#include "collectormetrics.h"
#include "domain/contextsource.h"
#include "enricher.h"
#include "normalizeoutcome.h"
#include "sourcenormalizer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace pegboard {

class Batcher;
class HttpConnection;
class Spool;
class SpoolAppender;

// The collector's front: HTTP endpoints per source, authentication, normalizing, enrichment at
// receipt, then the report is appended to the spool (group commit) and answered 2xx only once
// that append is fsynced; the Batcher moves it to the store. The spool is written first for every
// report, store up or not, so "durable" never depends on the store's state when answering.
class WebhookServer : public QObject
{
    Q_OBJECT
public:
    struct Counters
    {
        qint64 accepted = 0;
        qint64 answered = 0;
        qint64 ignored = 0;
        qint64 refused = 0;
    };

    WebhookServer(CollectorConfig config, std::shared_ptr<const ContextSource> context,
                  QObject *parent = nullptr);
    ~WebhookServer() override;

    // Opens the spool (recovering what a crash left), starts the batcher, listens.
    Result<void> start();
    quint16 port() const { return m_tcp.serverPort(); }
    Counters counters() const { return m_counters; }
    QByteArray health() const;
    // Prometheus text format; see CollectorMetrics.
    QByteArray metrics() const;
    // The way in for reports that do not arrive over HTTP (the on-chain source): enriched and
    // spooled like a webhook's; `done` runs on this object's thread once it is durable or refused.
    void submitIssue(Issue issue, std::function<void(bool ok, const QString &error)> done = {});

private:
    void acceptConnections();
    void handle(HttpConnection *connection, const WebhookRequest &request);
    void finish(const QPointer<HttpConnection> &connection, const QByteArray &peer, const QString &source,
                const NormalizeOutcome &outcome);
    // Normalises the enriched report to the store's limits and logs what was changed.
    void enforceLimits(Issue &issue, QStringList &notes) const;
    void refuse(HttpConnection *connection, const QString &source, int status, const QByteArray &reasonLabel,
                const QString &reason, const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    void logRefusal(const QByteArray &peer, const QString &source, int status, const QString &reason);

    CollectorConfig m_config;
    Enricher m_enricher;
    QHash<QByteArray, std::shared_ptr<SourceNormalizer>> m_routes;
    Counters m_counters;
    CollectorMetrics m_metrics;
    int m_connections = 0;
    // Destroyed in reverse: stop listening, finish pending appends, final drain, close the spool.
    std::unique_ptr<Spool> m_spool;
    std::unique_ptr<Batcher> m_batcher;
    std::unique_ptr<SpoolAppender> m_appender;
    QThreadPool m_pool; // normalizing; drained before the appender goes
    QTcpServer m_tcp;
};

} // namespace pegboard
