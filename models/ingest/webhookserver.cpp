#include "webhookserver.h"

#include "batcher.h"
#include "datadognormalizer.h"
#include "discordnormalizer.h"
#include "githubnormalizer.h"
#include "httpconnection.h"
#include "ingestnormalizer.h"
#include "issuecodec.h"
#include "slacknormalizer.h"
#include "spool.h"
#include "spoolappender.h"
#include "storelimits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCollector, "pegboard.collector")

namespace pegboard {

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

WebhookServer::WebhookServer(CollectorConfig config, std::shared_ptr<const ContextSource> context,
                             QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_enricher(std::move(context))
{
    const auto add = [this](const QByteArray &path, std::shared_ptr<SourceNormalizer> normalizer) {
        m_routes.insert(path, std::move(normalizer));
    };
    const auto secret = [this](const char *source) {
        return m_config.secrets.value(QString::fromLatin1(source));
    };
    const IssueClassifier &c = m_config.classifier;
    // One line per source.
    add("/webhooks/github", std::make_shared<GitHubNormalizer>(c, secret("github")));
    add("/webhooks/datadog", std::make_shared<DatadogNormalizer>(c, secret("datadog")));
    add("/webhooks/slack", std::make_shared<SlackNormalizer>(c, secret("slack")));
    add("/webhooks/discord", std::make_shared<DiscordNormalizer>(c, secret("discord")));
    add("/ingest", std::make_shared<IngestNormalizer>(c, secret("ingest")));
    connect(&m_tcp, &QTcpServer::newConnection, this, &WebhookServer::acceptConnections);
}

WebhookServer::~WebhookServer()
{
    m_tcp.close();
    m_pool.waitForDone();
    m_appender.reset();
    m_batcher.reset();
}

Result<void> WebhookServer::start()
{
    auto spool = Spool::open(m_config.spoolDir);
    if (!spool)
        return Unexpected<Error>(spool.error());
    m_spool = std::move(spool).value();
    m_batcher = std::make_unique<Batcher>(m_config.storeUrl, *m_spool, m_config.batching,
                                          [this](int rows) { m_metrics.batchRows().observe(rows); });
    Batcher *batcher = m_batcher.get();
    // A fsync group's answers go back to this thread as one event, not one per report.
    m_appender = std::make_unique<SpoolAppender>(
        *m_spool, [batcher] { batcher->notifyAppended(); },
        [this](std::function<void()> group) {
            QMetaObject::invokeMethod(this, std::move(group), Qt::QueuedConnection);
        });
    if (!m_tcp.listen(m_config.listenAddress, m_config.listenPort))
        return Error::make(Error::Code::Io, tr("cannot listen on %1:%2: %3")
                                                .arg(m_config.listenAddress.toString())
                                                .arg(m_config.listenPort)
                                                .arg(m_tcp.errorString()));
    return {};
}

void WebhookServer::acceptConnections()
{
    HttpConnection::Limits limits;
    limits.reader.maxBodyBytes = std::size_t(m_config.maxBodyBytes);
    limits.reader.maxHeaderBytes = std::size_t(m_config.maxHeaderBytes);
    limits.headerTimeoutMs = m_config.headerTimeoutMs;
    limits.requestTimeoutMs = m_config.requestTimeoutMs;
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, limits, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const WebhookRequest &request) { handle(connection, request); });
        connect(connection, &HttpConnection::refused, this,
                [this, connection](int status, const QString &reason) {
                    ++m_counters.refused;
                    m_metrics.countRefusal(status == 503   ? "connection_cap"
                                           : status == 413 ? "too_large"
                                           : status == 408 ? "timeout"
                                                           : "malformed_http");
                    logRefusal(connection->peer(), QStringLiteral("http"), status, reason);
                });
        connect(connection, &HttpConnection::answered, this,
                [this](int, double seconds) { m_metrics.answerLatency().observe(seconds); });
        ++m_connections;
        connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
        if (m_connections > m_config.maxConnections)
            connection->refuseAtOnce(503, tr("%1 connections open, the limit").arg(m_config.maxConnections),
                                     1);
    }
}

QByteArray WebhookServer::health() const
{
    const QDateTime lastFlush = m_batcher ? m_batcher->lastFlush() : QDateTime();
    const QDateTime oldest = m_batcher ? m_batcher->oldestUnflushed() : QDateTime();
    const Batcher::StoreState state = m_batcher ? m_batcher->storeState() : Batcher::StoreState::Unknown;
    const QString storeError = m_batcher ? m_batcher->storeError() : QString();
    return json(
        {{QStringLiteral("store"), Batcher::stateName(state)},
         {QStringLiteral("store_reachable"),
          state == Batcher::StoreState::Up || state == Batcher::StoreState::Refusing},
         {QStringLiteral("store_error"), storeError.isEmpty() ? QJsonValue() : QJsonValue(storeError)},
         {QStringLiteral("spool_depth"), m_spool ? m_spool->pendingRecords() : 0},
         {QStringLiteral("oldest_unflushed_age_s"),
          oldest.isValid()
              ? QJsonValue(std::max<qint64>(0, oldest.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0)
              : QJsonValue(0)},
         {QStringLiteral("last_flush"),
          lastFlush.isValid() ? QJsonValue(lastFlush.toString(Qt::ISODateWithMs)) : QJsonValue()},
         // Counters run since this process started; the spool's depth is what it holds on disk.
         {QStringLiteral("counters_since"), m_metrics.started().toString(Qt::ISODateWithMs)},
         {QStringLiteral("inserted"), m_batcher ? m_batcher->inserted() : 0},
         {QStringLiteral("rejected"), m_batcher ? m_batcher->rejected() : 0},
         {QStringLiteral("store_write_s"), m_batcher ? m_batcher->storeWriteSeconds() : 0},
         {QStringLiteral("accepted"), m_counters.accepted},
         {QStringLiteral("ignored"), m_counters.ignored},
         {QStringLiteral("refused"), m_counters.refused}});
}

QByteArray WebhookServer::metrics() const
{
    CollectorMetrics::Gauges g;
    g.accepted = m_counters.accepted;
    g.ignored = m_counters.ignored;
    if (m_batcher) {
        g.inserted = m_batcher->inserted();
        g.rejected = m_batcher->rejected();
        g.storeWriteSeconds = m_batcher->storeWriteSeconds();
        g.storeState = Batcher::stateName(m_batcher->storeState());
        const QDateTime oldest = m_batcher->oldestUnflushed();
        if (oldest.isValid())
            g.oldestUnflushedAgeSeconds =
                std::max<qint64>(0, oldest.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    }
    if (m_spool) {
        g.spoolDepth = m_spool->pendingRecords();
        g.unflushedBytes = m_spool->unflushedBytes();
    }
    g.connections = m_connections;
    return m_metrics.render(g);
}

void WebhookServer::refuse(HttpConnection *connection, const QString &source, int status,
                           const QByteArray &reasonLabel, const QString &reason,
                           const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    ++m_counters.refused;
    m_metrics.countRefusal(reasonLabel);
    logRefusal(connection->peer(), source, status, reason);
    connection->respond(status, json({{QStringLiteral("error"), reason}}), "application/json", extraHeaders);
}

void WebhookServer::handle(HttpConnection *connection, const WebhookRequest &request)
{
    if (request.path == "/healthz" || request.path == "/metrics") {
        if (request.method != "GET")
            return connection->respond(405, json({{QStringLiteral("error"), tr("use GET")}}));
        if (request.path == "/metrics")
            return connection->respond(200, metrics(), "text/plain; version=0.0.4; charset=utf-8");
        return connection->respond(200, health());
    }
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.constEnd())
        return refuse(connection, QString::fromUtf8(request.path.left(200)), 404, "not_found",
                      tr("no such endpoint"));
    const SourceNormalizer &normalizer = **route;
    if (request.method != "POST")
        return refuse(connection, normalizer.source(), 405, "method_not_allowed",
                      tr("use POST, not %1").arg(QString::fromUtf8(request.method.left(32))));
    // Back-pressure: past the configured backlog the client is told to come back, rather than the
    // disk being filled; what was acknowledged stays safe either way.
    if (m_config.maxUnflushedBytes > 0 && m_spool->unflushedBytes() >= m_config.maxUnflushedBytes)
        return refuse(connection, normalizer.source(), 503, "spool_full",
                      tr("the spool holds %1 bytes not yet in the store, the configured limit; retry later")
                          .arg(m_spool->unflushedBytes()),
                      {{"Retry-After", "5"}});
    // The CPU work of a report (MAC, JSON, classification, encoding) runs on the pool, so the HTTP
    // thread only moves bytes and both cores work; every answer is given back on this thread.
    const std::shared_ptr<const SourceNormalizer> shared = *route;
    const QPointer<HttpConnection> target(connection);
    const QByteArray peer = connection->peer();
    m_pool.start([this, shared, target, peer, request] {
        const QString source = shared->source();
        NormalizeOutcome outcome;
        if (auto refused = shared->authenticate(request))
            outcome = *refused;
        else
            outcome = shared->normalize(request);
        // The store's limits are checked before answering, so no value can fail a batch later.
        QStringList notes;
        if (outcome.isAccepted()) {
            if (auto fits = StoreLimits::apply(outcome.issue, &notes); !fits)
                outcome = NormalizeOutcome::badRequest(fits.error().message);
        }
        if (!outcome.isAccepted()) {
            QMetaObject::invokeMethod(
                this, [this, target, peer, source, outcome] { finish(target, peer, source, outcome); },
                Qt::QueuedConnection);
            return;
        }
        Issue &issue = outcome.issue;
        m_enricher.enrich(issue);
        enforceLimits(issue, notes);
        const QString id = issue.id.toString(QUuid::WithoutBraces);
        const QString externalId = issue.externalId;
        // Called on this object's thread once the record is fsynced (see the appender's deliver).
        m_appender->submit(IssueCodec::encode(issue), [this, target, id, externalId,
                                                       source](bool ok, const QString &error) {
            if (!ok) {
                ++m_counters.refused;
                m_metrics.countRefusal("spool_error");
                qCCritical(lcCollector).noquote()
                    << tr("Report %1/%2 could not be spooled: %3").arg(source, externalId, error);
                if (target)
                    target->respond(503, json({{QStringLiteral("error"), tr("not durable: %1").arg(error)}}),
                                    "application/json", {{"Retry-After", "5"}});
                return;
            }
            ++m_counters.accepted;
            if (target)
                target->respond(202, json({{QStringLiteral("status"), QStringLiteral("durable")},
                                           {QStringLiteral("id"), id},
                                           {QStringLiteral("external_id"), externalId}}));
        });
    });
}

void WebhookServer::submitIssue(Issue issue, std::function<void(bool ok, const QString &error)> done)
{
    if (!m_appender) {
        if (done)
            done(false, tr("the collector is not started"));
        return;
    }
    // Enrichment may read the store, so it runs on the pool as for webhooks.
    m_pool.start([this, issue = std::move(issue), done = std::move(done)]() mutable {
        QStringList notes;
        if (auto fits = StoreLimits::apply(issue, &notes); !fits) {
            const QString reason = fits.error().message;
            QMetaObject::invokeMethod(
                this,
                [this, reason, label = issue.source + QLatin1Char('/') + issue.externalId, done] {
                    ++m_counters.refused;
                    qCWarning(lcCollector).noquote() << tr("Report %1 refused: %2").arg(label, reason);
                    if (done)
                        done(false, reason);
                },
                Qt::QueuedConnection);
            return;
        }
        m_enricher.enrich(issue);
        enforceLimits(issue, notes);
        const QString label = issue.source + QLatin1Char('/') + issue.externalId;
        m_appender->submit(IssueCodec::encode(issue), [this, label, done](bool ok, const QString &error) {
            if (ok) {
                ++m_counters.accepted;
            } else {
                ++m_counters.refused;
                qCCritical(lcCollector).noquote()
                    << tr("Report %1 could not be spooled: %2").arg(label, error);
            }
            if (done)
                done(ok, error);
        });
    });
}

void WebhookServer::enforceLimits(Issue &issue, QStringList &notes) const
{
    // Again after enrichment: the context comes from feeds, which may carry what JSONB refuses.
    QStringList more;
    [[maybe_unused]] const auto fits = StoreLimits::apply(issue, &more);
    notes += more;
    if (!notes.isEmpty())
        qCInfo(lcCollector).noquote()
            << tr("Report %1/%2 normalised for the store: %3")
                   .arg(issue.source, issue.externalId, notes.join(QStringLiteral("; ")));
}

void WebhookServer::finish(const QPointer<HttpConnection> &connection, const QByteArray &peer,
                           const QString &source, const NormalizeOutcome &outcome)
{
    if (!connection)
        return; // the client went away; counted nowhere, as nothing was decided for it
    switch (outcome.kind) {
    case NormalizeOutcome::Kind::Answered:
        ++m_counters.answered;
        return connection->respond(200, outcome.answerBody, outcome.answerContentType);
    case NormalizeOutcome::Kind::Ignored:
        ++m_counters.ignored;
        qCInfo(lcCollector).noquote()
            << tr("Ignored from %1 (%2): %3").arg(QString::fromUtf8(peer), source, outcome.reason);
        return connection->respond(202, json({{QStringLiteral("status"), QStringLiteral("ignored")},
                                              {QStringLiteral("reason"), outcome.reason}}));
    default:
        ++m_counters.refused;
        m_metrics.countRefusal(outcome.kind == NormalizeOutcome::Kind::Unauthorized ? "unauthorized"
                                                                                    : "bad_request");
        logRefusal(peer, source, outcome.httpStatus(), outcome.reason);
        // 401s say no more than that: the reason (which check failed) is for the operator's log.
        const QString reason =
            outcome.kind == NormalizeOutcome::Kind::Unauthorized ? tr("unauthorized") : outcome.reason;
        return connection->respond(outcome.httpStatus(), json({{QStringLiteral("error"), reason}}));
    }
}

void WebhookServer::logRefusal(const QByteArray &peer, const QString &source, int status,
                               const QString &reason)
{
    qCWarning(lcCollector).noquote()
        << tr("Refused %1 from %2 (%3): %4").arg(status).arg(QString::fromUtf8(peer), source, reason);
}

} // namespace pegboard
