#include "domain/feedseries.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"

#include <QTest>
#include <cmath>

using namespace pegboard;

class TestFeedSampleStore : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void insertsIdempotentlyAndReadsRanges()
    {
        auto store = FeedSampleStore::open(m_pg.freshDatabase());
        QVERIFY(store);
        const qint64 t0 = 1751328000000; // 2025-07-01T00:00:00Z
        std::vector<FeedSample> samples;
        for (int m = 0; m < 120; ++m) {
            samples.push_back(
                {FeedSeries::price(QStringLiteral("USDC")), t0 + m * 60000, 1.0 - m * 1e-5, false});
            samples.push_back({FeedSeries::GasGwei, t0 + m * 60000, 20.0 + m, m % 10 == 0});
        }
        samples.push_back({FeedSeries::GasGwei, t0 + 999, std::nan(""), false}); // not a sample
        auto inserted = (*store)->insert(samples);
        QVERIFY2(inserted, qPrintable(inserted.error().message));
        QCOMPARE(*inserted, 240);
        QCOMPARE(*(*store)->insert(samples), 0);

        auto gas = (*store)->range({FeedSeries::GasGwei}, t0 + 10 * 60000, t0 + 20 * 60000);
        QVERIFY(gas);
        QCOMPARE(gas->size(), 10u);
        QCOMPARE(gas->front().value, 30.0);
        QVERIFY(gas->front().stale);
        QCOMPARE(gas->front().timestampMs, t0 + 10 * 60000);
        QCOMPARE(gas->back().value, 39.0);

        auto all = (*store)->range({}, t0, t0 + 60000);
        QVERIFY(all);
        QCOMPARE(all->size(), 2u);
        QCOMPARE((*store)->seriesNames()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFeedSampleStore)
#include "tst_feedsamplestore.moc"
