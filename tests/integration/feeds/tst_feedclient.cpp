#include "domain/feedseries.h"
#include "feeds/feedclient.h"
#include "feeds/jsonrpcadapter.h"
#include "feeds/pegboardjsonadapter.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace pegboard;

namespace {
QByteArray priceFrame(int second, double price)
{
    return QStringLiteral(R"({"feed":"price","symbol":"USDC","ts":"2025-07-31T08:45:%1Z","price":%2})")
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(price)
        .toUtf8();
}

// A real websocket server on 127.0.0.1 that sends a script of frames to each new connection and
// records what clients send it.
class ScriptServer : public QObject
{
public:
    explicit ScriptServer(QList<QByteArray> script, bool dropAfterScript = false)
        : m_server(QStringLiteral("test"), QWebSocketServer::NonSecureMode)
        , m_script(std::move(script))
        , m_drop(dropAfterScript)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                connect(s, &QWebSocket::textMessageReceived, this,
                        [this](const QString &m) { received.append(m); });
                for (const QByteArray &frame : std::as_const(m_script))
                    s->sendTextMessage(QString::fromUtf8(frame));
                s->flush();
                // Drop only the first connection, as a server restart would.
                if (m_drop && connections == 1)
                    s->close(QWebSocketProtocol::CloseCodeGoingAway);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }

    int connections = 0;
    QStringList received;

private:
    QWebSocketServer m_server;
    QList<QByteArray> m_script;
    bool m_drop;
};

QUrl deadUrl()
{
    // A port that was just free: nothing listens there any more.
    QWebSocketServer probe(QStringLiteral("dead"), QWebSocketServer::NonSecureMode);
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
}

std::unique_ptr<FeedClient> makeClient(QList<QUrl> urls)
{
    auto client = std::make_unique<FeedClient>(QStringLiteral("usdc"),
                                               std::make_unique<PegboardJsonAdapter>(), std::move(urls));
    client->setBackoff(20, 200);
    return client;
}
} // namespace

class TestFeedClient : public QObject
{
    Q_OBJECT

private slots:
    void normalFlowDeliversSamples()
    {
        ScriptServer server({priceFrame(1, 0.999), priceFrame(2, 0.998), priceFrame(3, 0.997)});
        auto client = makeClient({server.url()});
        QSignalSpy samples(client.get(), &FeedClient::samplesReceived);
        client->start();
        QTRY_COMPARE(samples.count(), 3);
        const auto last = samples.last().at(0).value<std::vector<FeedSample>>();
        QCOMPARE(last.front().value, 0.997);
        QCOMPARE(last.front().series, FeedSeries::price(QStringLiteral("USDC")));
        QCOMPARE(client->state(), FeedClient::State::Connected);
        const FeedCounters c = client->counters();
        QCOMPARE(c.messages, 3);
        QCOMPARE(c.samples, 3);
        QCOMPARE(c.malformed, 0);
        QCOMPARE(c.reconnects, 0);
        QVERIFY(client->lastMessageAgeMs() >= 0);
    }

    void malformedFrameCountedNotFatal()
    {
        ScriptServer server({priceFrame(1, 0.999), "{not json",
                             R"({"feed":"price","ts":"2025-07-31T08:45:02Z","price":-3})",
                             priceFrame(3, 0.997)});
        auto client = makeClient({server.url()});
        QSignalSpy samples(client.get(), &FeedClient::samplesReceived);
        QSignalSpy refused(client.get(), &FeedClient::frameRefused);
        client->start();
        QTRY_COMPARE(samples.count(), 2);
        QCOMPARE(refused.count(), 2);
        QCOMPARE(refused.at(1).at(0).value<FeedRefusal>().reason, FeedRefusal::Reason::AbsurdValue);
        QCOMPARE(client->counters().malformed, 2);
        QCOMPARE(client->counters().messages, 4);
        QCOMPARE(client->state(), FeedClient::State::Connected);
        QCOMPARE(server.connections, 1);
    }

    void serverDropReconnectsSameUrl()
    {
        ScriptServer server({priceFrame(1, 0.999)}, true);
        auto client = makeClient({server.url()});
        QSignalSpy connected(client.get(), &FeedClient::connectedTo);
        client->start();
        QTRY_COMPARE(connected.count(), 2);
        QCOMPARE(connected.at(1).at(0).toUrl(), server.url());
        QCOMPARE(server.connections, 2);
        QVERIFY(client->counters().reconnects >= 1);
        QTRY_COMPARE(client->state(), FeedClient::State::Connected);
    }

    void deadPrimaryFailsOverToFallback()
    {
        ScriptServer fallback({priceFrame(1, 0.999)});
        auto client = makeClient({deadUrl(), fallback.url()});
        QSignalSpy connected(client.get(), &FeedClient::connectedTo);
        QSignalSpy samples(client.get(), &FeedClient::samplesReceived);
        client->start();
        QTRY_COMPARE(connected.count(), 1);
        QCOMPARE(connected.at(0).at(0).toUrl(), fallback.url());
        QCOMPARE(client->currentUrl(), fallback.url());
        QTRY_COMPARE(samples.count(), 1);
        QVERIFY(client->counters().reconnects >= 1);
    }

    void silentPrimaryTimesOutToFallback()
    {
        // Accepts TCP but never completes the websocket handshake, like a hung load balancer.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ScriptServer fallback({priceFrame(1, 0.999)});
        auto client =
            makeClient({QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort())), fallback.url()});
        client->setConnectTimeout(200);
        QSignalSpy connected(client.get(), &FeedClient::connectedTo);
        client->start();
        QTRY_COMPARE(connected.count(), 1);
        QCOMPARE(connected.at(0).at(0).toUrl(), fallback.url());
        QVERIFY(client->counters().reconnects >= 1);
    }

    void allDeadKeepsRetryingWithoutCrash()
    {
        auto client = makeClient({deadUrl(), deadUrl()});
        client->start();
        QTRY_VERIFY(client->counters().reconnects >= 4);
        QVERIFY(client->state() != FeedClient::State::Connected);
        client->stop();
        QCOMPARE(client->state(), FeedClient::State::Stopped);
    }

    void jsonRpcSubscribesOnConnect()
    {
        ScriptServer server({});
        auto adapter = std::make_unique<JsonRpcAdapter>();
        adapter->addOracle(QStringLiteral("0x789190466e21a8b78b8027866cbbdc151542a26c"),
                           QStringLiteral("USDT"));
        FeedClient client(QStringLiteral("mainnet"), std::move(adapter), {server.url()});
        client.start();
        QTRY_COMPARE(server.received.size(), 2);
        QVERIFY(server.received.at(0).contains(QLatin1String("\"eth_subscribe\"")));
        QVERIFY(server.received.at(0).contains(QLatin1String("newHeads")));
        QVERIFY(server.received.at(1).contains(QLatin1String("0x789190466e21a8b78b8027866cbbdc151542a26c")));
        QVERIFY(server.received.at(1).contains(JsonRpcAdapter::answerUpdatedTopic()));
    }

    void silentFeedGoesStale()
    {
        ScriptServer server({priceFrame(1, 0.999)});
        auto client = makeClient({server.url()});
        client->setStaleAfter(150);
        QSignalSpy stale(client.get(), &FeedClient::staleChanged);
        client->start();
        QTRY_VERIFY(client->isStale());
        QCOMPARE(stale.last().at(0).toBool(), true);
        QVERIFY(client->lastMessageAgeMs() >= 150);
    }
};

QTEST_GUILESS_MAIN(TestFeedClient)
#include "tst_feedclient.moc"
