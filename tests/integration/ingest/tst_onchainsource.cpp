#include "ingest/onchainsource.h"
#include "ingest/webhookserver.h"
#include "testcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <pqxx/pqxx>

using namespace pegboard;

namespace {
const QString Deviating = QStringLiteral("0x789190466e21a8b78b8027866cbbdc151542a26c");
const QString Silent = QStringLiteral("0x3e7d1eab13ad0104d2750b8863b489d65364e32d");
const QString DeviationTx =
    QStringLiteral("0x1b3c0f7a8d2e4b6c9a0f1e2d3c4b5a6978695a4b3c2d1e0f9a8b7c6d5e4f3a2b");

QString word(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).rightJustified(64, QLatin1Char('0'));
}

// An eth_subscription `logs` notification of AnswerUpdated in the shape of
// tests/data/feeds/AnswerUpdated.log.notification.json.
QString answerUpdated(const QString &address, quint64 answer, quint64 round, qint64 updatedAt,
                      const QString &tx)
{
    const QJsonObject log{
        {QStringLiteral("address"), address},
        {QStringLiteral("topics"),
         QJsonArray{QStringLiteral("0x0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f"),
                    word(answer), word(round)}},
        {QStringLiteral("data"), word(quint64(updatedAt))},
        {QStringLiteral("blockNumber"), QStringLiteral("0x1431c2a")},
        {QStringLiteral("transactionHash"), tx},
        {QStringLiteral("logIndex"), QStringLiteral("0x1f")},
        {QStringLiteral("removed"), false}};
    const QJsonObject notification{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("method"), QStringLiteral("eth_subscription")},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("subscription"), QStringLiteral("0x2")},
                                               {QStringLiteral("result"), log}}}};
    return QString::fromUtf8(QJsonDocument(notification).toJson(QJsonDocument::Compact));
}
} // namespace

// Just enough of an Ethereum node: acknowledges every eth_subscribe and, on the `logs` one, pushes
// the scripted notifications, then stays silent.
class FakeNode : public QObject
{
    Q_OBJECT
public:
    QWebSocketServer server{QStringLiteral("fake-node"), QWebSocketServer::NonSecureMode};
    QStringList notifications;
    int logSubscriptions = 0;

    FakeNode()
    {
        connect(&server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) { answer(socket, text); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())); }

private:
    void answer(QWebSocket *socket, const QString &text)
    {
        const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonValue id = request.value(QStringLiteral("id"));
        socket->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("result"), QStringLiteral("0x%1").arg(id.toInt())}})
                .toJson(QJsonDocument::Compact)));
        const QJsonArray params = request.value(QStringLiteral("params")).toArray();
        if (params.first().toString() != QLatin1String("logs"))
            return;
        ++logSubscriptions;
        for (const QString &notification : notifications)
            socket->sendTextMessage(notification);
    }
};

class TestOnChainSource : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QString m_url;
    QTemporaryDir m_spoolDir;
    FakeNode m_node;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<OnChainSource> m_source;

    qint64 rows(const QString &where)
    {
        pqxx::connection c(m_url.toStdString());
        pqxx::work tx(c);
        return tx.exec1("SELECT count(*) FROM stablecoin_issues WHERE " + where.toStdString())[0]
            .as<qint64>();
    }

    qint64 spoolDepth() const
    {
        return QJsonDocument::fromJson(m_server->health())
            .object()
            .value(QStringLiteral("spool_depth"))
            .toInteger(-1);
    }

    void startCollector()
    {
        CollectorConfig config;
        config.storeUrl = m_url;
        config.spoolDir = m_spoolDir.path();
        config.listenPort = 0;
        config.batching.intervalMs = 100;
        m_server = std::make_unique<WebhookServer>(config, nullptr);
        auto started = m_server->start();
        QVERIFY2(started, qPrintable(started.error().message));
        OnChainSource::Options options;
        // A dead first URL: the source must fall back to the node.
        options.urls = {QUrl(QStringLiteral("ws://127.0.0.1:1")), m_node.url()};
        OracleAggregator deviating;
        deviating.address = Deviating;
        deviating.symbol = QStringLiteral("USDC");
        deviating.heartbeatS = 3600;
        deviating.deviationBps = 50;
        OracleAggregator silent;
        silent.address = Silent;
        silent.symbol = QStringLiteral("USDT");
        silent.heartbeatS = 2;
        silent.graceS = 0;
        options.aggregators = {deviating, silent};
        options.checkIntervalMs = 100;
        options.backoffInitialMs = 20;
        options.backoffMaxMs = 200;
        m_source = std::make_unique<OnChainSource>(options, *m_server);
        m_source->start();
    }

    void stopCollector()
    {
        m_source.reset();
        m_server.reset();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_url = m_pg.freshDatabase();
        QVERIFY(m_node.server.listen(QHostAddress::LocalHost, 0));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_node.notifications = {
            answerUpdated(Deviating, 100000000, 1, now, QStringLiteral("0x") + QString(64, QLatin1Char('a'))),
            answerUpdated(Deviating, 97000000, 2, now, DeviationTx), // 0.97: 300 bps off the peg
            answerUpdated(Silent, 100010000, 5, now, QStringLiteral("0x") + QString(64, QLatin1Char('b'))),
        };
    }

    void cleanupTestCase() { stopCollector(); }

    void deviationAndSilenceEachStoredOnce()
    {
        startCollector();
        QTRY_VERIFY_WITH_TIMEOUT(rows(QStringLiteral("source = 'onchain'")) == 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(spoolDepth(), qint64(0), 10000);
        QCOMPARE(m_source->raised(), 2);
        QCOMPARE(
            rows(QStringLiteral("source = 'onchain' AND issue_type = 'oracle_failure' AND external_id = '%1' "
                                "AND '%2' = ANY(related_tx_hashes) AND affected_contracts = ARRAY['%3'] "
                                "AND severity_level = 5")
                     .arg(Deviating + QStringLiteral(":deviation:2"), DeviationTx, Deviating)),
            1);
        QCOMPARE(
            rows(QStringLiteral("source = 'onchain' AND issue_type = 'oracle_failure' AND external_id = '%1' "
                                "AND affected_contracts = ARRAY['%2'] AND symbol = 'USDT'")
                     .arg(Silent + QStringLiteral(":stale:5"), Silent)),
            1);
        // The round within the threshold raised nothing.
        QCOMPARE(rows(QStringLiteral("external_id LIKE '%:deviation:1'")), 0);
    }

    void restartDoesNotDuplicate()
    {
        const int subscriptionsBefore = m_node.logSubscriptions;
        stopCollector();
        startCollector();
        // The node replays the same rounds to the new subscription: the watcher raises both again,
        // and the store's (source, external_id) key keeps them single.
        QTRY_VERIFY_WITH_TIMEOUT(m_node.logSubscriptions > subscriptionsBefore, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_source->durable(), qint64(2), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(spoolDepth(), qint64(0), 10000);
        QCOMPARE(rows(QStringLiteral("source = 'onchain'")), 2);
        QCOMPARE(rows(QStringLiteral("external_id = '%1'").arg(Deviating + QStringLiteral(":deviation:2"))),
                 1);
        QCOMPARE(rows(QStringLiteral("external_id = '%1'").arg(Silent + QStringLiteral(":stale:5"))), 1);
    }
};

QTEST_GUILESS_MAIN(TestOnChainSource)
#include "tst_onchainsource.moc"
