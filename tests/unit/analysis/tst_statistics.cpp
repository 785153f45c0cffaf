#include "analysis/statistics.h"

#include <QTest>

using namespace pegboard;

class TestStatistics : public QObject
{
    Q_OBJECT
private slots:
    void wilsonIntervalMatchesTheFormula()
    {
        const auto [low, high] = Statistics::wilsonInterval(5, 10);
        QVERIFY(qAbs(low - 0.2366) < 1e-4);
        QVERIFY(qAbs(high - 0.7634) < 1e-4);
        // Stays inside [0, 1] at the edges, where the normal interval would not.
        const auto [zeroLow, zeroHigh] = Statistics::wilsonInterval(0, 20);
        QCOMPARE(zeroLow, 0.0);
        QVERIFY(zeroHigh > 0.1 && zeroHigh < 0.2);
        QCOMPARE(Statistics::wilsonInterval(0, 0), std::make_pair(0.0, 1.0));
    }

    void binomialTailIsExact()
    {
        // P(X >= 8), X ~ Bin(10, 0.5) = (45 + 10 + 1) / 1024.
        QVERIFY(qAbs(Statistics::binomialUpperTail(8, 10, 0.5) - 56.0 / 1024) < 1e-12);
        QVERIFY(qAbs(Statistics::binomialUpperTail(1, 3, 0.2) - (1 - 0.8 * 0.8 * 0.8)) < 1e-12);
        QCOMPARE(Statistics::binomialUpperTail(0, 10, 0.3), 1.0);
        QCOMPARE(Statistics::binomialUpperTail(11, 10, 0.3), 0.0);
        // Large counts stay finite and tiny rather than underflowing into NaN.
        const double p = Statistics::binomialUpperTail(6000, 100000, 0.05);
        QVERIFY(p > 0 && p < 1e-40);
    }

    void benjaminiHochbergAdjustsInInputOrder()
    {
        const std::vector<double> q = Statistics::benjaminiHochberg({0.01, 0.04, 0.03, 0.2});
        QCOMPARE(q.size(), std::size_t(4));
        QVERIFY(qAbs(q[0] - 0.04) < 1e-12);
        QVERIFY(qAbs(q[1] - 0.04 * 4 / 3) < 1e-12);
        QVERIFY(qAbs(q[2] - 0.04 * 4 / 3) < 1e-12);
        QVERIFY(qAbs(q[3] - 0.2) < 1e-12);
        QVERIFY(Statistics::benjaminiHochberg({}).empty());
    }

    void adjustedRandIndexOnKnownLabelings()
    {
        // Relabelled but identical partitions.
        QCOMPARE(Statistics::adjustedRandIndex({0, 0, 1, 1, 2}, {7, 7, 3, 3, 9}), 1.0);
        // Reference values (Hubert & Arabie's formula, as published for these labelings).
        QVERIFY(qAbs(Statistics::adjustedRandIndex({0, 0, 1, 1}, {0, 0, 1, 2}) - 0.5714285714) < 1e-9);
        QCOMPARE(Statistics::adjustedRandIndex({0, 0, 0, 0}, {0, 1, 2, 3}), 0.0);
        QVERIFY(Statistics::adjustedRandIndex({0, 0, 1, 1}, {0, 1, 0, 1}) < 0);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
