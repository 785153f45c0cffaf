#include "domain/feedseries.h"
#include "ingest/feedsamplecontextsource.h"
#include "store/feedsamplestore.h"
#include "testcluster.h"

#include <QTest>

using namespace pegboard;

class TestFeedSampleContextSource : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void latestSamplesBecomeContextStaleOnesMarked()
    {
        const QString url = m_pg.freshDatabase();
        const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(14, 0), Qt::UTC).toMSecsSinceEpoch();
        auto store = FeedSampleStore::open(url);
        QVERIFY(store);
        const std::vector<FeedSample> samples{
            {FeedSeries::GasGwei, now - 20000, 150, false},
            {FeedSeries::GasGwei, now - 2000, 210, false}, // the latest wins
            {FeedSeries::Congestion, now - 2000, 0.9, false},
            {FeedSeries::price(QStringLiteral("USDC")), now - 120000, 0.9962, false}, // two minutes old
            {FeedSeries::price(QStringLiteral("DAI")), now - 1000, 1.0004, false},
            {FeedSeries::collateralRatio(QStringLiteral("maker")), now - 1000, 1.54, true}, // recorded stale
        };
        QVERIFY((*store)->insert(samples));

        qint64 clock = now;
        FeedSampleContextSource source(url, {QStringLiteral("USDC"), {}, 60, 0, 3600000},
                                       [&clock] { return clock; });
        QVERIFY2(source.refresh(), "refresh failed");
        const ContextSnapshot usdc = source.snapshot();
        QCOMPARE(usdc.gasPriceGwei(), 210.0);
        QCOMPARE(usdc.congestionLevel(), QStringLiteral("critical")); // 0.9: the one vocabulary
        QVERIFY(!ContextSnapshot::isStale(usdc.networkConditions));
        QVERIFY(qAbs(*usdc.pegDeviationBps() + 38.0) < 1e-6);
        QVERIFY(ContextSnapshot::isStale(usdc.priceContext));
        QCOMPARE(usdc.priceContext.value(ContextKey::AgeSeconds).toDouble(), 120.0);
        QVERIFY(usdc.protocolState.isEmpty());

        const ContextSnapshot dai = source.snapshot(QStringLiteral("DAI"), QStringLiteral("maker"));
        QVERIFY(!ContextSnapshot::isStale(dai.priceContext));
        QCOMPARE(dai.collateralRatio(), 1.54);
        QVERIFY(ContextSnapshot::isStale(dai.protocolState));

        // Only new rows are read on the next refresh, and a newer value replaces the old one.
        clock += 5000;
        QVERIFY((*store)->insert(std::vector<FeedSample>{{FeedSeries::GasGwei, now + 4000, 95, false}}));
        QVERIFY(source.refresh());
        QCOMPARE(source.snapshot().gasPriceGwei(), 95.0);
    }
};

QTEST_GUILESS_MAIN(TestFeedSampleContextSource)
#include "tst_feedsamplecontextsource.moc"
