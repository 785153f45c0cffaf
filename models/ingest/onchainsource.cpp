#include "onchainsource.h"

#include "feeds/feedclient.h"
#include "feeds/jsonrpcadapter.h"
#include "webhookserver.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcOnChain, "pegboard.collector.onchain")

namespace pegboard {

OnChainSource::OnChainSource(Options options, WebhookServer &server, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(server)
    , m_watcher(new OracleWatcher(m_options.aggregators, this))
{
    auto adapter = std::make_unique<JsonRpcAdapter>();
    for (const OracleAggregator &aggregator : m_options.aggregators)
        adapter->addOracle(aggregator.address, aggregator.symbol);
    // The adapter's samples carry no round or transaction; the observer sees the whole log.
    const QPointer<OracleWatcher> watcher(m_watcher);
    adapter->setAnswerObserver([watcher](const AnswerUpdatedLog &log) {
        if (watcher)
            watcher->observe(log);
    });
    m_client = new FeedClient(QStringLiteral("onchain"), std::move(adapter), m_options.urls, this);
    m_client->setBackoff(m_options.backoffInitialMs, m_options.backoffMaxMs);
    connect(m_client, &FeedClient::frameRefused, this, [](const FeedRefusal &refusal) {
        qCWarning(lcOnChain).noquote() << tr("Refused a JSON-RPC frame (%1): %2")
                                              .arg(feedRefusalReasonName(refusal.reason), refusal.message);
    });
    connect(m_client, &FeedClient::connectedTo, this, [](const QUrl &url) {
        qCInfo(lcOnChain).noquote() << tr("Subscribed to AnswerUpdated logs at %1").arg(url.toString());
    });
    connect(m_watcher, &OracleWatcher::issueRaised, this, [this](const Issue &issue) {
        ++m_raised;
        qCWarning(lcOnChain).noquote() << tr("Raised %1: %2").arg(issue.externalId, issue.title);
        const QPointer<OnChainSource> self(this);
        const QString externalId = issue.externalId;
        m_server.submitIssue(issue, [self, externalId](bool ok, const QString &) {
            if (!self)
                return;
            if (ok)
                ++self->m_durable;
            emit self->issueSpooled(externalId, ok);
        });
    });
}

OnChainSource::~OnChainSource()
{
    m_client->stop();
}

void OnChainSource::start()
{
    m_watcher->start(m_options.checkIntervalMs);
    m_client->start();
}

} // namespace pegboard
