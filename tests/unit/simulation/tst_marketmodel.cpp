#include "domain/feedseries.h"
#include "simulation/marketmodel.h"

#include <QTest>
#include <set>

using namespace pegboard;

namespace {
// Monday 2026-06-01 00:00 UTC, so weekdays are easy to reason about in failures.
constexpr qint64 Start = 1780272000000;

MarketModel model(quint64 seed, int days = 42)
{
    return MarketModel({Start, days * 1440, seed});
}

double mean(const std::vector<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.empty() ? 0 : s / double(v.size());
}
} // namespace

class TestMarketModel : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHistoryOtherSeedDiffers()
    {
        const MarketModel a = model(7, 10), b = model(7, 10), c = model(8, 10);
        std::vector<FeedSample> sa, sb, sc;
        a.appendSamples(0, a.minutes(), sa);
        b.appendSamples(0, b.minutes(), sb);
        c.appendSamples(0, c.minutes(), sc);
        QVERIFY(sa.size() > size_t(10 * 1440 * 12));
        QVERIFY(sa == sb);
        QVERIFY(sa != sc);
        QCOMPARE(a.context(777, 2), b.context(777, 2));
        QVERIFY(!(a.context(777, 2) == c.context(777, 2)));
    }

    void samplesUseSharedSeriesNamesAndAreUniquePerSeriesAndTime()
    {
        const MarketModel m = model(3, 5);
        std::vector<FeedSample> s;
        m.appendSamples(0, m.minutes(), s);
        std::set<std::pair<QString, qint64>> keys;
        QSet<QString> names;
        for (const FeedSample &f : s) {
            QVERIFY2(keys.insert({f.series, f.timestampMs}).second, qPrintable(f.series));
            QVERIFY(std::isfinite(f.value));
            names.insert(f.series);
        }
        QVERIFY(names.contains(FeedSeries::GasGwei));
        QVERIFY(names.contains(FeedSeries::MevActivity));
        for (const QString &coin : MarketModel::coins()) {
            QVERIFY(names.contains(FeedSeries::price(coin)));
            QVERIFY(names.contains(FeedSeries::oracleUpdatedAt(coin)));
        }
        QVERIFY(names.contains(FeedSeries::collateralRatio(QStringLiteral("maker"))));
    }

    void contextIsTheMarketAtThatMinute()
    {
        const MarketModel m = model(9, 30);
        for (int i = 0; i < m.minutes(); i += 997) {
            for (int coin = 0; coin < MarketModel::coins().size(); ++coin) {
                const ContextSnapshot c = m.context(i, coin);
                QCOMPARE(c.gasPriceGwei().value(), std::round(m.gasGwei(i)));
                QVERIFY(std::abs(*c.pegDeviationBps() - (m.price(coin, i) - 1) * 1e4) <= 0.05 + 1e-9);
                QCOMPARE(c.oracleLastUpdate(),
                         QDateTime::fromSecsSinceEpoch(m.oracleUpdatedAtSec(coin, i), Qt::UTC));
                QVERIFY(c.oracleLastUpdate().toSecsSinceEpoch() <= m.timeMs(i) / 1000 + 59);
                QCOMPARE(c.collateralRatio().value(),
                         std::round(m.collateralRatio(MarketModel::protocolOfCoin(coin), i) * 1000) / 1000);
            }
        }
    }

    void gasFollowsTheWeeklyCycle()
    {
        const MarketModel m = model(11);
        std::vector<double> surge, tuesday, weekdayNight, weekendDay, weekdayDay;
        for (int i = 0; i < m.minutes(); ++i) {
            const int d = m.isoWeekday(i), h = m.hourOfDay(i);
            const double g = m.gasGwei(i);
            if (m.turbulent(i))
                continue;
            if (d == 3 && h >= 14 && h < 16)
                surge.push_back(g);
            else if (d == 2 && h >= 9 && h < 11)
                tuesday.push_back(g);
            else if (d <= 5 && h >= 2 && h < 5)
                weekdayNight.push_back(g);
            else if (d <= 5 && h >= 13 && h < 17)
                weekdayDay.push_back(g);
            else if (d >= 6 && h >= 13 && h < 17)
                weekendDay.push_back(g);
        }
        QVERIFY(!surge.empty() && !tuesday.empty());
        QVERIFY2(mean(surge) > 150, qPrintable(QString::number(mean(surge))));
        QVERIFY(mean(tuesday) > 2 * mean(weekdayNight));
        QVERIFY(mean(weekdayDay) > 1.3 * mean(weekdayNight));
        QVERIFY(mean(weekdayDay) > 1.2 * mean(weekendDay));
    }

    void oraclesGoStaleUnderHighGas()
    {
        const MarketModel m = model(5);
        std::vector<double> highAge, lowAge;
        for (int i = 0; i < m.minutes(); ++i)
            (m.gasGwei(i) > 150  ? highAge
             : m.gasGwei(i) < 60 ? lowAge
                                 : lowAge)
                .push_back(m.oracleAgeSeconds(0, i));
        QVERIFY(!highAge.empty());
        std::sort(highAge.begin(), highAge.end());
        std::sort(lowAge.begin(), lowAge.end());
        // Heartbeat keeps calm oracles under an hour; under high gas the rounds land late.
        QVERIFY(lowAge[lowAge.size() * 99 / 100] <= MarketModel::OracleHeartbeatSeconds + 600);
        QVERIFY(highAge.back() > MarketModel::OracleHeartbeatSeconds + 900);
        QVERIFY(mean(highAge) > 1.2 * mean(lowAge));
    }

    void depegsSlideRecoverAndTheFollowerLags()
    {
        const MarketModel m = model(21, 90);
        QVERIFY(m.depegs().size() >= 2);
        const int lead = m.leadMinutes();
        QVERIFY(lead >= 240 && lead <= 360);
        for (const DepegEpisode &e : m.depegs()) {
            QVERIFY(e.leader != e.follower);
            // Find the minute each coin first drops below half its planted depth.
            auto firstBelow = [&](int coin, double depth) {
                for (int i = e.startMinute; i < m.minutes(); ++i) {
                    if (m.price(coin, i) < 1 - depth / 2)
                        return i;
                }
                return -1;
            };
            const int leaderAt = firstBelow(e.leader, e.depth);
            const int followerAt = firstBelow(e.follower, e.followerDepth);
            QVERIFY(leaderAt > 0 && followerAt > 0);
            const int measured = followerAt - leaderAt;
            QVERIFY2(std::abs(measured - lead) < 60, qPrintable(QString::number(measured)));
            const int end = e.startMinute + e.leadMinutes + e.durationMinutes();
            QVERIFY(end < m.minutes());
            QVERIFY(std::abs(m.price(e.leader, end) - 1) < 0.002);
            // Volatility and gas respond to the depeg.
            QVERIFY(m.volatility(e.leader, leaderAt + e.slideMinutes) >
                    2 * m.volatility(e.leader, e.startMinute - 60));
        }
    }
};

QTEST_GUILESS_MAIN(TestMarketModel)
#include "tst_marketmodel.moc"
