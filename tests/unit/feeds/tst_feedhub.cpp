#include "domain/feedseries.h"
#include "feeds/feedhub.h"
#include "feeds/rollingmean.h"
#include "feeds/seriesring.h"

#include <QTest>

using namespace pegboard;

namespace {
const qint64 T0 = 1753951522000; // 2025-07-31T08:45:22Z
const QString Usdc = QStringLiteral("USDC");
} // namespace

class TestFeedHub : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsNewestAndSequences()
    {
        SeriesRing ring(4);
        for (int i = 0; i < 10; ++i)
            ring.push({T0 + i, double(i)});
        QCOMPARE(ring.size(), 4);
        QCOMPARE(ring.nextSequence(), 10);
        QCOMPARE(ring.latest().value, 9.0);
        const auto all = ring.since(0); // older ones are gone, not invented
        QCOMPARE(all.size(), 4u);
        QCOMPARE(all.front().value, 6.0);
        QCOMPARE(ring.since(8).size(), 2u);
        QCOMPARE(ring.since(10).size(), 0u);
    }

    void rollingMeanSlidesOverFiveMinutes()
    {
        RollingMean mean; // 5 min in 1 s buckets
        QVERIFY(!mean.mean());
        for (int s = 0; s < 300; ++s)
            mean.add(T0 + s * 1000, -10.0);
        QCOMPARE(*mean.mean(), -10.0);
        // Five more minutes at -40: the -10 minutes slide out entirely.
        for (int s = 300; s < 600; ++s)
            mean.add(T0 + s * 1000, -40.0);
        QCOMPARE(*mean.mean(), -40.0);
        // Half a window later the mean is between the two levels.
        for (int s = 600; s < 750; ++s)
            mean.add(T0 + s * 1000, 0.0);
        QVERIFY(qAbs(*mean.mean() - (-20.0)) < 0.5);
        // A jump of an hour empties the window except the new sample.
        mean.add(T0 + 3600 * 1000 + 750 * 1000, 5.0);
        QCOMPARE(*mean.mean(), 5.0);
    }

    void hubMarksGapsAndRollingDeviation()
    {
        FeedHub hub;
        hub.setExpectedInterval(1000);
        std::vector<FeedSample> batch;
        for (int s = 0; s < 60; ++s)
            batch.push_back({FeedSeries::price(Usdc), T0 + s * 1000, 0.999, false});
        // 30 s of silence, then more data: the first point after the silence starts a new segment.
        for (int s = 90; s < 100; ++s)
            batch.push_back({FeedSeries::price(Usdc), T0 + s * 1000, 0.997, false});
        hub.ingest(batch);
        qint64 next = 0;
        const auto points = hub.points(FeedSeries::price(Usdc), 0, &next);
        QCOMPARE(points.size(), 70u);
        QCOMPARE(next, 70);
        int gaps = 0;
        for (const SeriesPoint &p : points)
            gaps += p.gapBefore ? 1 : 0;
        QCOMPARE(gaps, 1);
        QVERIFY(points.at(60).gapBefore);
        QCOMPARE(points.at(60).timestampMs, T0 + 90 * 1000);
        QVERIFY(qAbs(points.at(59).rollingBps - (-10.0)) < 1e-9);
        const double expected = (60 * -10.0 + 10 * -30.0) / 70.0;
        QVERIFY(qAbs(*hub.rollingDeviationBps(Usdc) - expected) < 1e-9);
        QCOMPARE(hub.points(FeedSeries::price(Usdc), next, nullptr).size(), 0u);
    }

    void memoryBoundedPerSeries()
    {
        FeedHub hub;
        hub.setCapacity(1000);
        for (int chunk = 0; chunk < 50; ++chunk) {
            std::vector<FeedSample> batch;
            for (int i = 0; i < 1000; ++i)
                batch.push_back({FeedSeries::GasGwei, T0 + (chunk * 1000 + i) * 10, 30.0 + i % 7, false});
            hub.ingest(batch);
        }
        QCOMPARE(hub.samplesIngested(), 50000);
        QCOMPARE(hub.points(FeedSeries::GasGwei, 0, nullptr).size(), 1000u);
    }

    void snapshotFillsGroupsAndMarksStale()
    {
        qint64 now = T0;
        FeedHub hub;
        hub.setClock([&now] { return now; });
        hub.setStaleAfter(10000);
        hub.ingest({{FeedSeries::GasGwei, T0, 182.0, false},
                    {FeedSeries::Congestion, T0, 0.95, false},
                    {FeedSeries::MevActivity, T0, 0.5, false},
                    {FeedSeries::PendingTx, T0, 150000, false},
                    {FeedSeries::price(Usdc), T0, 0.9987, false},
                    {FeedSeries::collateralRatio(QStringLiteral("aave")), T0, 1.42, false},
                    {FeedSeries::oracleUpdatedAt(Usdc), T0, double(T0 / 1000 - 600), false}});
        ContextSnapshot c = hub.snapshot();
        QCOMPARE(*c.gasPriceGwei(), 182.0);
        QCOMPARE(c.congestionLevel(), QStringLiteral("critical"));
        QCOMPARE(c.mevActivity(), QStringLiteral("elevated"));
        QVERIFY(qAbs(*c.pegDeviationBps() - (-13.0)) < 1e-6);
        QCOMPARE(*c.collateralRatio(), 1.42);
        QCOMPARE(c.oracleLastUpdate().toSecsSinceEpoch(), T0 / 1000 - 600);
        QVERIFY(!ContextSnapshot::isStale(c.networkConditions));
        QVERIFY(!ContextSnapshot::isStale(c.priceContext));

        // 20 s later only the price feed has spoken: network and protocol groups are stale, with age.
        now = T0 + 20000;
        hub.ingest({{FeedSeries::price(Usdc), T0 + 20000, 0.9990, false}});
        c = hub.snapshot(Usdc, QStringLiteral("aave"));
        QVERIFY(ContextSnapshot::isStale(c.networkConditions));
        QCOMPARE(c.networkConditions.value(ContextKey::AgeSeconds).toDouble(), 20.0);
        QVERIFY(ContextSnapshot::isStale(c.protocolState));
        QVERIFY(!ContextSnapshot::isStale(c.priceContext));
        // Stale values are still reported, just never as fresh.
        QCOMPARE(*c.gasPriceGwei(), 182.0);

        // A coin with no feed at all gives an empty price group, not zeros.
        QVERIFY(hub.snapshot(QStringLiteral("DAI")).priceContext.isEmpty());
    }

    void sampleFromAClockAheadIsTakenAsArrived()
    {
        qint64 now = T0;
        FeedHub hub;
        hub.setClock([&now] { return now; });
        // A source 45 minutes ahead (a simulator's scenario clock, a skewed exchange) and one on time.
        hub.ingest({{FeedSeries::price(Usdc), T0 + 45 * 60 * 1000, 0.99, false},
                    {FeedSeries::GasGwei, T0 - 1000, 40.0, false}});
        const auto price = hub.points(FeedSeries::price(Usdc), 0, nullptr);
        QCOMPARE(price.size(), 1u);
        QCOMPARE(price.front().timestampMs, T0); // never in the future
        QCOMPARE(hub.points(FeedSeries::GasGwei, 0, nullptr).front().timestampMs, T0 - 1000);
    }
};

QTEST_GUILESS_MAIN(TestFeedHub)
#include "tst_feedhub.moc"
