#include "analysis/riskscore.h"

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

private slots:
    void calmMarketsScoreLowWithoutActions()
    {
        const auto a = RiskScore().assess(context(1, 30, 20, QStringLiteral("low"), 0.01, 1.6), m_at);
        QVERIFY(a.score < 2);
        QVERIFY(a.actions.isEmpty());
        for (const auto &f : a.factors)
            QVERIFY(f.known);
    }

    void crisisCrossesEveryThresholdAndBreakdownAddsUp()
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
        QVERIFY(qAbs(sum - a.score) < 1e-9);
        QVERIFY(qAbs(weights - 1) < 1e-12);
        QCOMPARE(a.factors[RiskScore::PegStability].weight, 0.35);
        QCOMPARE(a.factors[RiskScore::ProtocolHealth].weight, 0.05);
    }

    void thresholdsMapToActionsOneByOne()
    {
        // Peg fully off (10 × 0.35) and oracle an hour stale (10 × 0.25), the rest moderate-ish.
        RiskScore risk;
        const auto a = risk.assess(context(100, 3600, 150, QStringLiteral("medium"), 0.15, 1.25), m_at);
        QVERIFY2(a.score >= 7.5 && a.score < 8.5, qPrintable(QString::number(a.score)));
        QCOMPARE(a.actions.size(), 1);
        // Lower thresholds: the same context now alerts operations too.
        RiskScore::Config config;
        config.raiseOracleFrequency = 6;
        config.alertOperations = 7;
        config.emergencyProtocol = 9.5;
        QVERIFY(risk.setConfig(config));
        QCOMPARE(
            risk.assess(context(100, 3600, 150, QStringLiteral("medium"), 0.15, 1.25), m_at).actions.size(),
            2);
    }

    void configIsValidated()
    {
        RiskScore risk;
        RiskScore::Config bad;
        bad.weights = {0.5, 0.25, 0.20, 0.15, 0.05};
        auto refused = risk.setConfig(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(risk.config().weights[0], 0.35); // unchanged
        bad.weights = {1.2, -0.2, 0, 0, 0};
        QVERIFY(!bad.validate());
        RiskScore::Config order;
        order.alertOperations = 9.5;
        QVERIFY(!order.validate());
        // All weight on the peg: the score is the peg factor alone.
        RiskScore::Config pegOnly;
        pegOnly.weights = {1, 0, 0, 0, 0};
        QVERIFY(risk.setConfig(pegOnly));
        const auto a = risk.assess(context(50, 4000, 400, QStringLiteral("high"), 0.4, 1.0), m_at);
        QVERIFY(qAbs(a.score - 5.0) < 1e-9);
    }

    void missingContextIsModerateAndMarkedUnknown()
    {
        const auto a = RiskScore().assess(ContextSnapshot{}, m_at);
        QVERIFY(qAbs(a.score - 5.0) < 1e-9);
        for (const auto &f : a.factors)
            QVERIFY(!f.known);
    }
};

QTEST_GUILESS_MAIN(TestRiskScore)
#include "tst_riskscore.moc"
