#include "analysis/leadlagfinder.h"

#include <QTest>

using namespace pegboard;

class TestLeadLagFinder : public QObject
{
    Q_OBJECT

    static constexpr std::int64_t Minute = 60000;

    // A price that sits at the peg and slides to `low` over an hour from `start` minutes, holds
    // two hours and recovers over an hour.
    static void episode(std::vector<FeedSample> &out, const QString &coin, int start, double low, int minutes)
    {
        for (int m = 0; m < minutes; ++m) {
            double price = 1.0;
            const int t = m - start;
            if (t >= 0 && t < 60)
                price = 1 + (low - 1) * t / 60.0;
            else if (t >= 60 && t < 180)
                price = low;
            else if (t >= 180 && t < 240)
                price = low + (1 - low) * (t - 180) / 60.0;
            out.push_back({QStringLiteral("price:") + coin, m * Minute, price, false});
        }
    }

private slots:
    void onsetIsWhereTheSlideBegan()
    {
        std::vector<FeedSample> feeds;
        episode(feeds, QStringLiteral("FRAX"), 100, 0.97, 2000);
        std::vector<std::pair<std::int64_t, double>> prices;
        for (const FeedSample &f : feeds)
            prices.emplace_back(f.timestampMs, f.value);
        const auto onsets = LeadLagFinder::onsets(prices, {});
        QCOMPARE(onsets.size(), std::size_t(1));
        QCOMPARE(onsets.front(), 100 * Minute); // not where it crossed 50 bps, ten minutes later
    }

    void aFollowerHoursLaterIsFoundAndShallowWobblesAreNot()
    {
        std::vector<FeedSample> feeds;
        episode(feeds, QStringLiteral("USDC"), 100, 0.97, 3000);
        episode(feeds, QStringLiteral("DAI"), 100 + 300, 0.985, 3000);
        episode(feeds, QStringLiteral("USDT"), 500, 0.997, 3000); // 30 bps: not a depeg
        const std::vector<LeadLag> found = LeadLagFinder::find(feeds);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().leader, QStringLiteral("USDC"));
        QCOMPARE(found.front().follower, QStringLiteral("DAI"));
        // The shallower slide leaves the peg's last 3 bps a minute later.
        QVERIFY(qAbs(found.front().medianLagMinutes - 300) <= 2);
        QCOMPARE(LeadLagFinder::medianLagMinutes(found), found.front().medianLagMinutes);
    }

    void aFollowerTooLateIsNoLead()
    {
        std::vector<FeedSample> feeds;
        episode(feeds, QStringLiteral("USDC"), 100, 0.97, 2000);
        episode(feeds, QStringLiteral("DAI"), 100 + 13 * 60, 0.97, 2000);
        QVERIFY(LeadLagFinder::find(feeds).empty());
    }
};

QTEST_GUILESS_MAIN(TestLeadLagFinder)
#include "tst_leadlagfinder.moc"
