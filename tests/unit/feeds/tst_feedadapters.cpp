#include "domain/feedseries.h"
#include "feeds/feedadapterfactory.h"
#include "feeds/jsonrpcadapter.h"
#include "feeds/pegboardjsonadapter.h"
#include "feeds/tickeradapter.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace pegboard;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("PEGBOARD_TEST_DATA") + QStringLiteral("/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll().trimmed();
}

const FeedSample *find(const std::vector<FeedSample> &samples, const QString &series)
{
    for (const FeedSample &s : samples) {
        if (s.series == series)
            return &s;
    }
    return nullptr;
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}
} // namespace

class TestFeedAdapters : public QObject
{
    Q_OBJECT

private slots:
    void pegboardPriceNetworkProtocol()
    {
        PegboardJsonAdapter a;
        auto price =
            a.parse(R"({"feed":"price","symbol":"USDC","ts":"2025-07-31T08:45:22Z","price":0.9987})");
        QVERIFY2(price, qPrintable(price.error().message));
        QCOMPARE(price->size(), 1u);
        QCOMPARE(price->front().series, FeedSeries::price(QStringLiteral("USDC")));
        QCOMPARE(price->front().value, 0.9987);
        QCOMPARE(price->front().timestampMs, ms("2025-07-31T08:45:22Z"));

        auto net = a.parse(R"({"feed":"network","ts":"2025-07-31T08:45:23Z","gas_gwei":182.5,)"
                           R"("pending_tx":150000,"congestion":0.8,"mev_activity":0.4})");
        QVERIFY2(net, qPrintable(net.error().message));
        QCOMPARE(net->size(), 4u);
        QCOMPARE(find(*net, FeedSeries::GasGwei)->value, 182.5);
        QCOMPARE(find(*net, FeedSeries::PendingTx)->value, 150000.0);
        QCOMPARE(find(*net, FeedSeries::MevActivity)->value, 0.4);

        auto proto = a.parse(
            R"({"feed":"protocol","protocol":"aave","symbol":"USDC","ts":"2025-07-31T08:45:24Z",)"
            R"("collateral_ratio":1.42,"reserve_usd":2.5e8,"oracle_updated_at":"2025-07-31T08:40:00Z"})");
        QVERIFY2(proto, qPrintable(proto.error().message));
        QCOMPARE(find(*proto, FeedSeries::collateralRatio(QStringLiteral("aave")))->value, 1.42);
        QCOMPARE(find(*proto, FeedSeries::reserveUsd(QStringLiteral("aave")))->value, 2.5e8);
        QCOMPARE(find(*proto, FeedSeries::oracleUpdatedAt(QStringLiteral("USDC")))->value,
                 double(ms("2025-07-31T08:40:00Z") / 1000));
    }

    void pegboardRefusals_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("reason");
        using R = FeedRefusal::Reason;
        QTest::newRow("not json") << QByteArray("{\"feed\":\"price\",") << int(R::Malformed);
        QTest::newRow("array") << QByteArray("[1,2]") << int(R::Malformed);
        QTest::newRow("price as string")
            << QByteArray(R"({"feed":"price","symbol":"USDC","ts":"2025-07-31T08:45:22Z","price":"0.99"})")
            << int(R::WrongType);
        QTest::newRow("negative price")
            << QByteArray(R"({"feed":"price","symbol":"USDC","ts":"2025-07-31T08:45:22Z","price":-0.5})")
            << int(R::AbsurdValue);
        QTest::newRow("absurd price")
            << QByteArray(R"({"feed":"price","symbol":"USDC","ts":"2025-07-31T08:45:22Z","price":1e9})")
            << int(R::AbsurdValue);
        QTest::newRow("congestion > 1")
            << QByteArray(R"({"feed":"network","ts":"2025-07-31T08:45:22Z","congestion":3})")
            << int(R::AbsurdValue);
        QTest::newRow("bad ts") << QByteArray(R"({"feed":"price","ts":"yesterday","price":1})")
                                << int(R::Malformed);
        QTest::newRow("numeric ts") << QByteArray(R"({"feed":"price","ts":17,"price":1})")
                                    << int(R::WrongType);
        QTest::newRow("unknown kind")
            << QByteArray(R"({"feed":"weather","ts":"2025-07-31T08:45:22Z"})") << int(R::Malformed);
        QTest::newRow("empty network")
            << QByteArray(R"({"feed":"network","ts":"2025-07-31T08:45:22Z"})") << int(R::Malformed);
    }

    void pegboardRefusals()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, reason);
        PegboardJsonAdapter a;
        auto r = a.parse(frame);
        QVERIFY(!r);
        QCOMPARE(int(r.error().reason), reason);
        QVERIFY(!r.error().message.isEmpty());
    }

    void outOfOrderRefusedThenLaterAccepted()
    {
        PegboardJsonAdapter a;
        QVERIFY(a.parse(R"({"feed":"price","ts":"2025-07-31T08:45:22Z","price":0.999})"));
        auto older = a.parse(R"({"feed":"price","ts":"2025-07-31T08:45:00Z","price":0.998})");
        QVERIFY(!older);
        QCOMPARE(older.error().reason, FeedRefusal::Reason::OutOfOrder);
        // A refused frame does not move the series; the next in-order frame passes.
        QVERIFY(a.parse(R"({"feed":"price","ts":"2025-07-31T08:45:30Z","price":0.997})"));
        // Ordering is per series: an older network frame is unaffected by price frames.
        QVERIFY(a.parse(R"({"feed":"network","ts":"2025-07-31T08:00:00Z","gas_gwei":20})"));
    }

    void jsonRpcNewHeadsFixture()
    {
        JsonRpcAdapter a;
        auto r = a.parse(fixture(QStringLiteral("newHeads.notification.json")));
        QVERIFY2(r, qPrintable(r.error().message));
        const FeedSample *gas = find(*r, FeedSeries::GasGwei);
        QVERIFY(gas);
        QCOMPARE(gas->value, 200.0); // 0x2e90edd000 wei
        QCOMPARE(gas->timestampMs, qint64(0x67436a4b) * 1000);
        const FeedSample *congestion = find(*r, FeedSeries::Congestion);
        QVERIFY(congestion);
        QVERIFY(qAbs(congestion->value - double(0x1c8a1f0) / double(0x1c9c380)) < 1e-12);
    }

    void jsonRpcAnswerUpdatedFixture()
    {
        JsonRpcAdapter a;
        a.addOracle(QStringLiteral("0x789190466E21a8b78b8027866CBBDc151542A26C"), QStringLiteral("USDT"));
        auto r = a.parse(fixture(QStringLiteral("AnswerUpdated.log.notification.json")));
        QVERIFY2(r, qPrintable(r.error().message));
        const FeedSample *answer = find(*r, FeedSeries::oracleAnswer(QStringLiteral("USDT")));
        QVERIFY(answer);
        QVERIFY(qAbs(answer->value - 0.99984816) < 1e-12);
        const FeedSample *updated = find(*r, FeedSeries::oracleUpdatedAt(QStringLiteral("USDT")));
        QVERIFY(updated);
        QCOMPARE(updated->value, double(0x67436a4b));

        JsonRpcAdapter sixDecimals;
        sixDecimals.setDecimals(6);
        auto r6 = sixDecimals.parse(fixture(QStringLiteral("AnswerUpdated.log.notification.json")));
        QVERIFY(r6);
        QVERIFY(qAbs(find(*r6, FeedSeries::oracleAnswer(QStringLiteral("USDC")))->value - 99.984816) < 1e-9);
    }

    void jsonRpcControlAndBadFrames()
    {
        JsonRpcAdapter a;
        auto ack = a.parse(R"({"jsonrpc":"2.0","id":1,"result":"0x9ce59a13059e417087c02d3236a0b1cc"})");
        QVERIFY(ack);
        QVERIFY(ack->empty());
        auto err = a.parse(R"({"jsonrpc":"2.0","id":2,"error":{"code":-32000,"message":"rate limited"}})");
        QVERIFY(!err);
        QCOMPARE(err.error().reason, FeedRefusal::Reason::ServerError);

        // A negative int256 answer (two's complement) is refused, not read as a huge price.
        QByteArray negative = fixture(QStringLiteral("AnswerUpdated.log.notification.json"));
        negative.replace("0x0000000000000000000000000000000000000000000000000000000005f5a5b0",
                         "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffa0a5a50");
        auto neg = a.parse(negative);
        QVERIFY(!neg);
        QCOMPARE(neg.error().reason, FeedRefusal::Reason::AbsurdValue);

        QByteArray wrongType = fixture(QStringLiteral("newHeads.notification.json"));
        wrongType.replace("\"0x2e90edd000\"", "200");
        auto wt = a.parse(wrongType);
        QVERIFY(!wt);
        QCOMPARE(wt.error().reason, FeedRefusal::Reason::WrongType);

        auto other = a.parse(
            R"({"jsonrpc":"2.0","method":"eth_subscription","params":{"result":{"topics":["0xddf2"],"data":"0x"}}})");
        QVERIFY(other);
        QVERIFY(other->empty());

        const auto subscribe = a.subscribeMessages();
        QCOMPARE(subscribe.size(), 2);
        QVERIFY(subscribe.at(0).contains("newHeads"));
        QVERIFY(subscribe.at(1).contains(JsonRpcAdapter::answerUpdatedTopic().toLatin1()));
    }

    void tickerFixture()
    {
        TickerAdapter a;
        auto r = a.parse(fixture(QStringLiteral("coinbase.ticker.json")));
        QVERIFY2(r, qPrintable(r.error().message));
        const FeedSample *price = find(*r, FeedSeries::price(QStringLiteral("USDT")));
        QVERIFY(price);
        QCOMPARE(price->value, 0.99871);
        QCOMPARE(price->timestampMs, ms("2026-11-24T14:07:31.512Z"));
        QVERIFY(find(*r, FeedSeries::volume24hUsd(QStringLiteral("USDT"))));

        auto heartbeat = a.parse(R"({"type":"heartbeat","sequence":1})");
        QVERIFY(heartbeat && heartbeat->empty());
        QByteArray numeric = fixture(QStringLiteral("coinbase.ticker.json"));
        numeric.replace("\"price\":\"0.99871\"", "\"price\":0.99871");
        QCOMPARE(a.parse(numeric).error().reason, FeedRefusal::Reason::WrongType);
        QByteArray negative = fixture(QStringLiteral("coinbase.ticker.json"));
        negative.replace("\"price\":\"0.99871\"", "\"price\":\"-1\"");
        negative.replace("14:07:31", "14:07:32");
        QCOMPARE(a.parse(negative).error().reason, FeedRefusal::Reason::AbsurdValue);
        QCOMPARE(a.parse("garbage").error().reason, FeedRefusal::Reason::Malformed);
    }

    void isoTimestampsMatchQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t :
             {"2025-07-31T08:45:22Z", "2026-11-24T14:07:31.512334Z", "2024-02-29T23:59:59.9Z",
              "1999-12-31T00:00:00.000Z", "2025-07-31T10:45:22+02:00", "2100-03-01T12:00:00.123456789Z"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void isoTimestampsMatchQDateTime()
    {
        QFETCH(QString, text);
        QCOMPARE(FeedAdapter::isoToMs(text),
                 QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

    void badIsoTimestampsAreZero()
    {
        for (const char *t : {"2025-02-30T08:45:22Z", "2025-07-31T25:45:22Z", "2025-07-31T08:45:22.Z",
                              "2025-07-31T08:4x:22Z", "yesterday", ""})
            QCOMPARE(FeedAdapter::isoToMs(QString::fromLatin1(t)), 0);
    }

    void garbageNeverCrashesNorYieldsAbsurdSamples()
    {
        // Fixtures with random bytes flipped, truncated or spliced, through every adapter.
        QRandomGenerator rng(20251124);
        const QList<QByteArray> seeds{
            fixture(QStringLiteral("newHeads.notification.json")),
            fixture(QStringLiteral("AnswerUpdated.log.notification.json")),
            fixture(QStringLiteral("coinbase.ticker.json")),
            R"({"feed":"network","ts":"2025-07-31T08:45:23Z","gas_gwei":182.5,"congestion":0.8})"};
        int accepted = 0;
        for (const QString &name : FeedAdapterFactory::names()) {
            auto adapter = FeedAdapterFactory::create(name);
            for (int i = 0; i < 3000; ++i) {
                QByteArray frame = seeds.at(int(rng.bounded(seeds.size())));
                switch (rng.bounded(3)) {
                case 0:
                    for (int k = 0; k < 3; ++k)
                        frame[int(rng.bounded(frame.size()))] = char(rng.bounded(256));
                    break;
                case 1:
                    frame.truncate(int(rng.bounded(frame.size())));
                    break;
                default:
                    frame =
                        frame.left(int(rng.bounded(frame.size()))) + seeds.at(int(rng.bounded(seeds.size())));
                }
                auto r = adapter->parse(frame);
                if (!r) {
                    QVERIFY(!r.error().message.isEmpty());
                    continue;
                }
                for (const FeedSample &s : *r) {
                    ++accepted;
                    QVERIFY(std::isfinite(s.value));
                    QVERIFY(s.timestampMs > 0);
                    if (s.series.startsWith(QLatin1String("price:")))
                        QVERIFY(s.value > 0 && s.value <= 100);
                }
            }
        }
        QVERIFY(accepted > 0); // some mutations hit fields that do not matter and still parse
    }

    void factoryKnowsEveryAdapter()
    {
        for (const QString &name : FeedAdapterFactory::names()) {
            auto adapter = FeedAdapterFactory::create(name);
            QVERIFY(adapter);
            QCOMPARE(adapter->name(), name);
        }
        QVERIFY(!FeedAdapterFactory::create(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestFeedAdapters)
#include "tst_feedadapters.moc"
