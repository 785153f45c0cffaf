#include "feeds/feedscenario.h"

#include <QTest>

using namespace pegboard;

class TestFeedScenario : public QObject
{
    Q_OBJECT

private slots:
    void unknownNameRefused()
    {
        QVERIFY(!FeedScenario::named(QStringLiteral("meltdown")));
        QCOMPARE(FeedScenario::names(), (QStringList{QStringLiteral("calm"), QStringLiteral("depeg")}));
    }

    void calmStaysOnPeg()
    {
        const auto calm = *FeedScenario::named(QStringLiteral("calm"));
        for (double t = 0; t < 2 * calm.periodS(); t += 7.3) {
            const ScenarioState v = calm.at(t);
            QVERIFY2(qAbs(v.price - 1.0) < 0.0005, qPrintable(QString::number(v.price)));
            QVERIFY(v.gasGwei < 60);
            QVERIFY(t - v.oracleUpdatedAtS < FeedScenario::OracleHeartbeatS + 1e-9);
            QVERIFY(!calm.oracleStalled(t));
        }
    }

    void depegSlidesStallsAndRecovers()
    {
        const auto depeg = *FeedScenario::named(QStringLiteral("depeg"));
        const ScenarioState before = depeg.at(60);
        QVERIFY(before.price > 0.999);
        QVERIFY(before.gasGwei < 60);

        double lowest = 1;
        double maxGas = 0;
        for (double t = 400; t < 600; t += 1) {
            lowest = std::min(lowest, depeg.at(t).price);
            maxGas = std::max(maxGas, depeg.at(t).gasGwei);
        }
        QVERIFY2(lowest < 0.975 && lowest > 0.96, qPrintable(QString::number(lowest)));
        QVERIFY(maxGas > 200);

        // The oracle holds one answer from before the slide while the price falls away from it.
        const ScenarioState bottom = depeg.at(500);
        QVERIFY(depeg.oracleStalled(500));
        QVERIFY(500 - bottom.oracleUpdatedAtS > 300);
        QVERIFY(bottom.oracleAnswer > 0.995);

        const ScenarioState after = depeg.at(1000);
        QVERIFY(after.price > 0.998);
        QVERIFY(after.gasGwei < 80);
        QVERIFY(!depeg.oracleStalled(1000));
        QVERIFY(1000 - after.oracleUpdatedAtS <= FeedScenario::OracleHeartbeatS);
    }

    void deterministicAndRepeating()
    {
        const auto depeg = *FeedScenario::named(QStringLiteral("depeg"));
        QCOMPARE(depeg.at(433.25).price, depeg.at(433.25).price);
        QVERIFY(qAbs(depeg.at(500).price - depeg.at(500 + depeg.periodS()).price) < 0.003);
        // Oracle update times only move forward, across the repeat too.
        double last = -1;
        for (double t = 0; t < 3 * depeg.periodS(); t += 5) {
            const double updated = depeg.at(t).oracleUpdatedAtS;
            QVERIFY(updated >= last);
            last = updated;
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedScenario)
#include "tst_feedscenario.moc"
