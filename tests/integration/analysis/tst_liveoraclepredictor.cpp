#include "analysis/liveoraclepredictor.h"
#include "domain/feedseries.h"
#include "feeds/feedclient.h"
#include "feeds/feedhub.h"
#include "feeds/pegboardjsonadapter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cmath>

using namespace pegboard;

// The live predictor fed the way the console feeds it: a real websocket server, a FeedClient
// decoding Pegboard JSON lines into a FeedHub, and a model trained in the test on generated rows in
// which failures follow a stalled oracle and a gas spike.
class TestLiveOraclePredictor : public QObject
{
    Q_OBJECT
    QWebSocketServer m_server{QStringLiteral("feeds"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> m_clients;
    FeedHub m_hub;
    std::unique_ptr<FeedClient> m_client;
    std::shared_ptr<OraclePredictor> m_model;
    PredictorModelFile::Info m_info;

    static QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

    // Rows as the live context yields them: the window-derived features are missing live, so they
    // are missing here too.
    static PredictorDataset generated(quint32 seed)
    {
        QRandomGenerator rng(seed);
        PredictorDataset d;
        const std::int64_t start = QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 6000; ++i) {
            const float gas = float(10 + rng.bounded(300.0));
            const float age = float(rng.bounded(4) == 0 ? rng.bounded(1800.0) : rng.bounded(90.0));
            const float row[PredictorDataset::FeatureCount] = {
                gas, NAN, float(rng.bounded(3) * 0.3 + 0.2), float(rng.bounded(20.0)),
                NAN, age, float(rng.bounded(3) * 0.3 + 0.2), NAN};
            d.features.insert(d.features.end(), row, row + PredictorDataset::FeatureCount);
            const double risk = 0.02 + (age > 600 ? 0.6 : 0) + (gas > 200 ? 0.3 : 0);
            d.labels.push_back(rng.bounded(1.0) < risk ? 1.f : 0.f);
            d.timesMs.push_back(start + std::int64_t(i) * 60000);
        }
        return d;
    }

    void send(double gasGwei, qint64 oracleAgeS)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString frame =
            QStringLiteral(R"({"feed":"network","ts":"%1","gas_gwei":%2,"pending_tx":9000,"congestion":0.3,)"
                           R"("mev_activity":0.1})"
                           "\n"
                           R"({"feed":"price","symbol":"USDC","ts":"%1","price":1.0002})"
                           "\n"
                           R"({"feed":"protocol","protocol":"aave","symbol":"USDC","ts":"%1",)"
                           R"("collateral_ratio":1.6,"reserve_usd":2e8,"oracle_updated_at":"%3"})")
                .arg(iso(now))
                .arg(gasGwei)
                .arg(iso(now.addSecs(-oracleAgeS)));
        for (QWebSocket *c : std::as_const(m_clients))
            c->sendTextMessage(frame);
    }

    // The next Ready prediction whose inputs are the given gas price.
    LiveOraclePredictor::Prediction readyWithGas(LiveOraclePredictor &live, double gas)
    {
        LiveOraclePredictor::Prediction p;
        QSignalSpy spy(&live, &LiveOraclePredictor::predicted);
        const auto matches = [&] {
            for (const auto &args : spy)
                if (auto q = args.at(0).value<LiveOraclePredictor::Prediction>();
                    q.state == LiveOraclePredictor::Prediction::State::Ready &&
                    q.features[PredictorDataset::GasGwei] == float(gas)) {
                    p = q;
                    return true;
                }
            return false;
        };
        for (int i = 0; i < 100 && !matches(); ++i)
            spy.wait(100);
        return p;
    }

private slots:
    void initTestCase()
    {
        const PredictorDataset d = generated(11);
        m_model = std::make_shared<OraclePredictor>();
        auto metrics = m_model->train(d);
        QVERIFY2(metrics, qPrintable(metrics.error().message));
        QVERIFY2(metrics->auc > 0.7, qPrintable(QString::number(metrics->auc)));
        m_info = PredictorModelFile::describe(QStringLiteral("USDC"), d.horizonMs, *metrics);

        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection())
                m_clients << s;
        });
        m_hub.setDefaults(QStringLiteral("USDC"), QStringLiteral("aave"));
        m_client = std::make_unique<FeedClient>(
            QStringLiteral("test"), std::make_unique<PegboardJsonAdapter>(),
            QList<QUrl>{QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()))});
        connect(m_client.get(), &FeedClient::samplesReceived, &m_hub, &FeedHub::ingest, Qt::DirectConnection);
        m_client->start();
        QTRY_COMPARE(m_clients.size(), 1);
    }

    void withoutAModelSaysSo()
    {
        LiveOraclePredictor live(&m_hub);
        QSignalSpy spy(&live, &LiveOraclePredictor::predicted);
        live.predictSoon();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(live.latest().state, LiveOraclePredictor::Prediction::State::NoModel);
        QVERIFY(!live.latest().aboveThreshold());
    }

    void probabilityRisesWhenTheOracleStallsAndGasSpikes()
    {
        LiveOraclePredictor live(&m_hub);
        live.setModel(m_model, m_info);
        // New data is noticed within the poll interval, not after the 15 s cadence.
        live.setActivityCounter([this] { return m_hub.samplesIngested(); }, 50);

        send(25, 20);
        const auto calm = readyWithGas(live, 25);
        QCOMPARE(calm.state, LiveOraclePredictor::Prediction::State::Ready);
        QVERIFY(calm.features[PredictorDataset::OracleAgeS] >= 19 &&
                calm.features[PredictorDataset::OracleAgeS] < 60);

        send(280, 1300);
        const auto stressed = readyWithGas(live, 280);
        QCOMPARE(stressed.state, LiveOraclePredictor::Prediction::State::Ready);
        QVERIFY(stressed.features[PredictorDataset::OracleAgeS] >= 1299);
        qInfo("calm %.3f, stalled oracle and gas spike %.3f (threshold %.2f)", calm.probability,
              stressed.probability, m_info.threshold);
        QVERIFY(stressed.probability > calm.probability + 0.3);
        QVERIFY(stressed.aboveThreshold());
        QVERIFY(!calm.aboveThreshold());
        QCOMPARE(stressed.symbol, QStringLiteral("USDC"));

        // Only the oracle stalls: still clearly riskier than calm.
        send(26, 1300);
        const auto stalled = readyWithGas(live, 26);
        QVERIFY(stalled.probability > calm.probability);

        // Back to calm, the probability falls back.
        send(27, 5);
        const auto again = readyWithGas(live, 27);
        QVERIFY(again.probability < stressed.probability);
    }

    void feedsThatStopAreReportedStale()
    {
        LiveOraclePredictor live(&m_hub);
        live.setModel(m_model, m_info);
        send(25, 20);
        QTRY_VERIFY(m_hub.latest(FeedSeries::GasGwei) && m_hub.latest(FeedSeries::GasGwei)->value == 25);
        // Two minutes later on the hub's clock nothing has arrived.
        m_hub.setClock([] { return QDateTime::currentMSecsSinceEpoch() + 120000; });
        QSignalSpy spy(&live, &LiveOraclePredictor::predicted);
        live.predictSoon();
        QTRY_VERIFY(!spy.isEmpty() && live.latest().state == LiveOraclePredictor::Prediction::State::Stale);
        QVERIFY(live.latest().staleForS >= 100);
        QVERIFY(!live.latest().aboveThreshold());
        m_hub.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
    }

    void cleanupTestCase() { m_client->stop(); }
};

QTEST_GUILESS_MAIN(TestLiveOraclePredictor)
#include "tst_liveoraclepredictor.moc"
