#pragma once

#include "oraclewatcher.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace pegboard {

class FeedClient;
class WebhookServer;

// The collector's on-chain source: one JSON-RPC websocket (with fallbacks) subscribed to the
// AnswerUpdated logs of the configured aggregators, an OracleWatcher judging them, and every issue
// it raises handed to the WebhookServer's durable path (enrich → spool → batcher → store).
class OnChainSource : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<QUrl> urls;
        QList<OracleAggregator> aggregators;
        int checkIntervalMs = 1000;
        int backoffInitialMs = 250;
        int backoffMaxMs = 10000;
    };

    OnChainSource(Options options, WebhookServer &server, QObject *parent = nullptr);
    ~OnChainSource() override;

    void start();
    OracleWatcher &watcher() { return *m_watcher; }
    FeedClient &client() { return *m_client; }
    qint64 raised() const { return m_raised; }
    qint64 durable() const { return m_durable; }

signals:
    // After the spool has fsynced it (ok) or refused it.
    void issueSpooled(const QString &externalId, bool ok);

private:
    Options m_options;
    WebhookServer &m_server;
    OracleWatcher *m_watcher = nullptr;
    FeedClient *m_client = nullptr;
    qint64 m_raised = 0;
    qint64 m_durable = 0;
};

} // namespace pegboard
