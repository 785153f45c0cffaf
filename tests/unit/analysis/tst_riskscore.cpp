#include "analysis/riskscore.h"
#include "domain/feedseries.h"
#include "feeds/feedhub.h"
#include "feeds/feedscenario.h"
#include "response/metricsampler.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestRiskScore : public QObject
{
    Q_OBJECT
    const QDateTime m_at = QDateTime(QDate(2025, 7, 2), QTime(14, 0), Qt::UTC);

    ContextSnapshot context(double peg, int oracleAgeS, double gas, const QString &congestion, double vol,
                            double cr)
    {
        ContextSnapshot c;
        c.setPegDeviationBps(peg);
        c.setOracleLastUpdate(m_at.addSecs(-oracleAgeS));
        c.setGasPriceGwei(gas);
        c.setCongestionLevel(congestion);
        c.setVolatilityIndex(vol);
        c.setCollateralRatio(cr);
        return c;
    }

    // What FeedSimServer sends for scenario time t (Pegboard JSON), as samples: the demo's feeds.
    static std::vector<FeedSample> scenarioSamples(const FeedScenario &scenario, double t, qint64 anchorMs)
    {
        const ScenarioState v = scenario.at(t);
        const qint64 ts = anchorMs + qint64(t * 1000);
        const QString coin = QStringLiteral("USDC");
        return {{FeedSeries::price(coin), ts, v.price, false},
                {FeedSeries::GasGwei, ts, v.gasGwei, false},
                {FeedSeries::PendingTx, ts, std::round(v.pendingTx), false},
                {FeedSeries::Congestion, ts, v.congestion, false},
                {FeedSeries::MevActivity, ts, v.mevActivity, false},
                {FeedSeries::collateralRatio(QStringLiteral("aave")), ts, v.collateralRatio, false},
                {FeedSeries::reserveUsd(QStringLiteral("aave")), ts, v.reserveUsd, false},
                {FeedSeries::oracleUpdatedAt(coin), ts,
                 double((anchorMs + qint64(v.oracleUpdatedAtS * 1000)) / 1000), false},
                {FeedSeries::oracleAnswer(coin), ts, v.oracleAnswer, false}};
    }

    struct Replay
    {
        QMap<int, RiskScore::Assessment> byT; // every 5 s of scenario time
        double firstAtOrAbove(double threshold) const
        {
            for (auto it = byT.begin(); it != byT.end(); ++it) {
                if (it.value().score >= threshold)
                    return it.key();
            }
            return -1;
        }
    };

    // One scenario period through FeedHub → MetricSampler, as the console and the watcher read it.
    static Replay replay(const QString &name)
    {
        const FeedScenario scenario = *FeedScenario::named(name);
        const qint64 anchor = 1'780'000'000'000;
        qint64 clock = anchor;
        FeedHub hub;
        hub.setClock([&clock] { return clock; });
        MetricSampler sampler(&hub);
        RiskScore::Config config;
        config.escalation.oracleHeartbeatS = FeedScenario::OracleHeartbeatS;
        [&] { QVERIFY(sampler.setConfig(config)); }();
        Replay r;
        for (int t = 0; t < int(scenario.periodS()); ++t) {
            clock = anchor + qint64(t) * 1000;
            hub.ingest(scenarioSamples(scenario, t, anchor));
            if (t % 5 == 0)
                r.byT.insert(t, sampler.sample(QStringLiteral("USDC"), clock).risk);
        }
        return r;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void calmMarketsScoreLowWithoutActions()
    {
        const auto a = RiskScore().assess(context(1, 30, 20, QStringLiteral("low"), 0.01, 1.6), m_at);
        QVERIFY(a.score < 2);
        QVERIFY(a.actions.isEmpty());
        QVERIFY(a.escalations.isEmpty());
        QCOMPARE(a.confidence, 1.0);
        for (const auto &f : a.factors)
            QVERIFY(f.known);
    }

    void breakdownAddsUpToTheBase()
    {
        const auto a = RiskScore().assess(context(150, 4000, 400, QStringLiteral("high"), 0.4, 1.0), m_at);
        QVERIFY(a.score >= 9.0);
        QCOMPARE(a.actions.size(), 3);
        double sum = 0, weights = 0;
        for (const auto &f : a.factors) {
            sum += f.contribution;
            weights += f.weight;
            QCOMPARE(f.contribution, f.weight * f.score);
            QVERIFY(!f.reason.isEmpty());
        }
        QVERIFY(qAbs(sum - a.baseScore) < 1e-9);
        QVERIFY(qAbs(weights - 1) < 1e-12);
        QCOMPARE(a.factors[RiskScore::PegRisk].weight, 0.35);
        QCOMPARE(a.factors[RiskScore::ProtocolRisk].weight, 0.05);
        QCOMPARE(RiskScore::factorName(RiskScore::PegRisk), QStringLiteral("Peg risk"));
        QCOMPARE(RiskScore::factorName(RiskScore::OracleRisk), QStringLiteral("Oracle risk"));
    }

    void aSingleCriticalSignalHoldsTheAlertThreshold_data()
    {
        QTest::addColumn<double>("peg");
        QTest::addColumn<double>("heldS");
        QTest::addColumn<int>("oracleAgeS");
        QTest::addColumn<double>("oracleAnswer");
        QTest::addColumn<double>("atLeast");
        QTest::addColumn<double>("below");
        // Calm everywhere else (gas 20, low congestion, low volatility, healthy collateral).
        QTest::newRow("calm") << 2.0 << 0.0 << 600 << 1.0002 << 0.0 << 3.0;
        QTest::newRow("peg 60 bps: warning") << -60.0 << 0.0 << 600 << 0.9940 << 7.5 << 8.5;
        QTest::newRow("peg 120 bps for 4 min: not yet") << -120.0 << 240.0 << 600 << 0.9885 << 7.5 << 8.5;
        QTest::newRow("peg 120 bps for 5 min") << -120.0 << 300.0 << 600 << 0.9885 << 8.5 << 9.0;
        QTest::newRow("oracle past heartbeat + 10 %") << 1.0 << 0.0 << 4000 << 1.0001 << 8.5 << 9.0;
        QTest::newRow("oracle a few minutes late") << 1.0 << 0.0 << 3900 << 1.0001 << 0.0 << 3.0;
        QTest::newRow("oracle diverges 150 bps") << -150.0 << 0.0 << 600 << 1.0 << 8.5 << 9.0;
        QTest::newRow("peg held and oracle stale") << -150.0 << 400.0 << 4000 << 0.9850 << 9.0 << 10.01;
    }

    void aSingleCriticalSignalHoldsTheAlertThreshold()
    {
        QFETCH(double, peg);
        QFETCH(double, heldS);
        QFETCH(int, oracleAgeS);
        QFETCH(double, oracleAnswer);
        QFETCH(double, atLeast);
        QFETCH(double, below);
        ContextSnapshot c = context(peg, oracleAgeS, 20, QStringLiteral("low"), 0.005, 1.6);
        c.priceContext[QStringLiteral("peg_deviation_bps_5m_avg")] = peg;
        c.protocolState[QStringLiteral("oracle_answer")] = oracleAnswer;
        const auto a = RiskScore().assess(c, m_at, heldS);
        QVERIFY2(a.score >= atLeast && a.score < below, qPrintable(QStringLiteral("%1 (base %2): %3")
                                                                       .arg(a.score)
                                                                       .arg(a.baseScore)
                                                                       .arg(a.escalations.join(' '))));
        // Whenever the score was held up, it says why.
        QCOMPARE(a.score > a.baseScore, !a.escalations.isEmpty());
    }

    void escalationCanBeTurnedOffAndTuned()
    {
        ContextSnapshot c = context(-150, 600, 20, QStringLiteral("low"), 0.005, 1.6);
        RiskScore risk;
        QVERIFY(risk.assess(c, m_at, 600).score >= 8.5);
        RiskScore::Config config;
        config.escalation.enabled = false;
        QVERIFY(risk.setConfig(config));
        const auto plain = risk.assess(c, m_at, 600);
        QCOMPARE(plain.score, plain.baseScore);
        config.escalation.enabled = true;
        config.escalation.pegCriticalBps = 200;
        config.escalation.pegWarningBps = 160;
        QVERIFY(risk.setConfig(config));
        QCOMPARE(risk.assess(c, m_at, 600).score, plain.baseScore);
    }

    void oracleAgeIsMeasuredAgainstTheHeartbeatAndMissedRoundsCounted()
    {
        RiskScore risk;
        const auto fresh = risk.assess(context(0, 1800, 20, QStringLiteral("low"), 0.005, 1.6), m_at);
        QCOMPARE(fresh.measured.oracleAgeS.value_or(-1), 1800.0);
        QCOMPARE(fresh.measured.missedRounds, 0);
        QVERIFY(fresh.factors[RiskScore::OracleRisk].score <= 3);
        const auto late =
            risk.assess(context(0, 3 * 3600 + 100, 20, QStringLiteral("low"), 0.005, 1.6), m_at);
        QCOMPARE(late.measured.missedRounds, 3);
        QCOMPARE(late.factors[RiskScore::OracleRisk].score, 10.0);
        QCOMPARE(late.factors[RiskScore::OracleRisk].level, RiskScore::Level::Critical);
    }

    void aStaleFeedLowersConfidenceInsteadOfReadingHealthy()
    {
        ContextSnapshot c = context(-80, 60, 20, QStringLiteral("low"), 0.005, 1.6);
        const auto live = RiskScore().assess(c, m_at);
        ContextSnapshot::markStale(c.priceContext, 45);
        const auto stale = RiskScore().assess(c, m_at);
        QCOMPARE(stale.factors[RiskScore::PegRisk].score, live.factors[RiskScore::PegRisk].score);
        QVERIFY(stale.factors[RiskScore::PegRisk].stale);
        QVERIFY(stale.factors[RiskScore::PegRisk].reason.contains(QLatin1String("stale")));
        QVERIFY(qAbs(stale.confidence - (1 - 0.35 - 0.15)) < 1e-9); // peg and volatility come from prices
        QVERIFY(stale.score >= live.score);
        const auto empty = RiskScore().assess(ContextSnapshot{}, m_at);
        QCOMPARE(empty.confidence, 0.0);
        QVERIFY(qAbs(empty.score - 5.0) < 1e-9);
    }

    void predictorAgreementIsStated()
    {
        ContextSnapshot c = context(1, 30, 20, QStringLiteral("low"), 0.005, 1.6);
        const auto calm = RiskScore().assess(c, m_at);
        QCOMPARE(RiskScore::agreement(calm, 0.05, 0.3).kind, RiskScore::Agreement::Kind::BothCalm);
        QCOMPARE(RiskScore::agreement(calm, 0.95, 0.3).kind, RiskScore::Agreement::Kind::PredictorOnly);
        const auto stale = RiskScore().assess(context(1, 7200, 20, QStringLiteral("low"), 0.005, 1.6), m_at);
        const auto both = RiskScore::agreement(stale, 0.95, 0.3);
        QCOMPARE(both.kind, RiskScore::Agreement::Kind::BothAlarmed);
        QVERIFY(both.text.contains(QLatin1String("95%")));
        QCOMPARE(RiskScore::agreement(stale, 0.02, 0.3).kind, RiskScore::Agreement::Kind::FactorsOnly);
        QCOMPARE(RiskScore::agreement(stale, -1, 0.3).kind, RiskScore::Agreement::Kind::Unknown);
    }

    void oneConfigValidatedInOnePlaceAndRoundTripped()
    {
        RiskScore risk;
        RiskScore::Config bad;
        bad.weights = {0.5, 0.25, 0.20, 0.15, 0.05};
        auto refused = risk.setConfig(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(QLatin1String("1.15")));
        QCOMPARE(risk.config().weights[0], 0.35); // unchanged
        bad.weights = {1.2, -0.2, 0, 0, 0};
        QVERIFY(!bad.validate());
        RiskScore::Config order;
        order.alertOperations = 9.5;
        QVERIFY(!order.validate());
        RiskScore::Config heartbeat;
        heartbeat.escalation.oracleHeartbeatS = 0;
        QVERIFY(!heartbeat.validate());

        RiskScore::Config custom;
        custom.weights = {0.4, 0.3, 0.1, 0.1, 0.1};
        custom.alertOperations = 8;
        custom.escalation.oracleHeartbeatS = 86400;
        custom.escalation.emergencySignals = 3;
        auto parsed = RiskScore::Config::fromJson(custom.toJson());
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QVERIFY(*parsed == custom);
        auto unknown = RiskScore::Config::fromJson(QJsonObject{{QStringLiteral("peg_wieght"), 0.3}});
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("peg_wieght")));
        auto wrongType =
            RiskScore::Config::fromJson(QJsonObject{{QStringLiteral("oracle_heartbeat_s"), "1h"}});
        QVERIFY(!wrongType);
        QVERIFY(wrongType.error().message.contains(QLatin1String("oracle_heartbeat_s")));

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("risk.ini")), QSettings::IniFormat);
        custom.save(settings);
        QVERIFY(RiskScore::Config::load(settings) == custom);
        settings.setValue(QStringLiteral("risk/peg_weight"), 3.0);
        QVERIFY(RiskScore::Config::load(settings) == RiskScore::Config());
    }

    // The demo's depeg, as FeedSimServer plays it: calm, a slide to 0.97 with gas spiking and the
    // oracle stalling (heartbeat 60 s), the bottom, then recovery. The score crosses each threshold
    // in order, in the seconds the rules say, holds the emergency while the peg and the oracle are
    // both critical, and reads calm before the slide and after the recovery.
    void depegScenarioCrossesEachThresholdWhereItShould()
    {
        const Replay r = replay(QStringLiteral("depeg"));
        const double raise = r.firstAtOrAbove(7.5);
        const double alert = r.firstAtOrAbove(8.5);
        const double emergency = r.firstAtOrAbove(9.0);
        qInfo("crossed 7.5 at %.0f s, 8.5 at %.0f s, 9.0 at %.0f s", raise, alert, emergency);
        // Slide starts at 120 s; divergence reaches 50 bps near 195 s and 100 bps near 237 s; the
        // oracle (last round at 120 s) is stale past heartbeat × 1.1 from 186 s.
        QVERIFY2(raise >= 150 && raise <= 250, qPrintable(QString::number(raise)));
        QVERIFY2(alert >= raise && alert <= 290, qPrintable(QString::number(alert)));
        QVERIFY2(emergency >= alert && emergency <= 300, qPrintable(QString::number(emergency)));
        for (int t = 0; t < 120; t += 5)
            QVERIFY2(r.byT[t].score < 3, qPrintable(QStringLiteral("t=%1: %2").arg(t).arg(r.byT[t].score)));
        for (int t = 300; t <= 650; t += 5) {
            const auto &a = r.byT[t];
            QVERIFY2(a.score >= 9.0, qPrintable(QStringLiteral("t=%1: %2").arg(t).arg(a.score)));
            QCOMPARE(a.actions.size(), 3);
            QCOMPARE(a.factors[RiskScore::OracleRisk].level, RiskScore::Level::Critical);
        }
        // Five minutes at ≥ 100 bps off: the peg itself is critical during the bottom.
        QCOMPARE(r.byT[580].factors[RiskScore::PegRisk].level, RiskScore::Level::Critical);
        QVERIFY(r.byT[580].measured.pegHeldS >= 300);
        QVERIFY(r.byT[580].measured.oracleDivergenceBps.value_or(0) >= 200);
        for (int t = 1150; t < 1200; t += 5)
            QVERIFY2(r.byT[t].score < 3, qPrintable(QStringLiteral("t=%1: %2").arg(t).arg(r.byT[t].score)));
    }

    void calmScenarioStaysBelowThree()
    {
        const Replay r = replay(QStringLiteral("calm"));
        double highest = 0;
        for (const auto &a : r.byT)
            highest = std::max(highest, a.score);
        qInfo("calm scenario: highest score %.2f", highest);
        QVERIFY(highest < 3);
        QVERIFY(!r.byT.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRiskScore)
#include "tst_riskscore.moc"
