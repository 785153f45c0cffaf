#include "analysis/condition.h"
#include "analysis/maintenanceplanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pegboard;

class TestMaintenancePlanner : public QObject
{
    Q_OBJECT

    // Four weeks of incidents on weekdays 08–20 UTC only, under high gas.
    static Snapshot busyOfficeHours()
    {
        QRandomGenerator rng(7);
        const QDateTime start(QDate(2025, 6, 2), QTime(0, 0), Qt::UTC);
        QList<Issue> issues;
        for (int n = 0; n < 3000; ++n) {
            Issue i;
            i.issueType = QStringLiteral("oracle_failure");
            i.severityLevel = 1 + int(rng.bounded(5));
            const int day = int(rng.bounded(28));
            if (day % 7 >= 5)
                continue;
            i.reportedAt = start.addDays(day).addSecs(8 * 3600 + qint64(rng.bounded(12 * 3600)));
            i.context.setGasPriceGwei(200 + rng.bounded(100.0));
            i.context.setPegDeviationBps(40);
            issues << i;
        }
        return Snapshot::fromIssues(issues);
    }

private slots:
    void forecastsFourteenDaysAndFindsTheQuietHours()
    {
        const Snapshot s = busyOfficeHours();
        const std::int64_t from = QDateTime(QDate(2025, 7, 7), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
        const auto plan = MaintenancePlanner::plan(s, from, RiskScore());
        QCOMPARE(plan.hours.size(), std::size_t(14 * 24));
        QCOMPARE(plan.hours.front().startMs, from - 30 * 60 * 1000); // rounded down to the hour
        QVERIFY(!plan.windows.empty());
        for (const auto &h : plan.hours) {
            const int day = Condition::weekdayOf(h.startMs), hour = Condition::hourOf(h.startMs);
            const bool busy = day < 5 && hour >= 8 && hour < 20;
            QVERIFY2(busy ? h.risk >= 3.0 : h.risk < 3.0, qPrintable(QString::number(h.risk)));
        }
        for (const auto &w : plan.windows) {
            QVERIFY(w.meanRisk < 3.0);
            QVERIFY(w.toMs > w.fromMs);
            QCOMPARE(w.reasons.size(), 2);
            for (std::int64_t t = w.fromMs; t < w.toMs; t += 3600 * 1000LL) {
                const int day = Condition::weekdayOf(t), hour = Condition::hourOf(t);
                QVERIFY(!(day < 5 && hour >= 8 && hour < 20));
            }
        }
        // The weekend stretch (Friday 20:00 to Monday 08:00) is the longest quiet window.
        const auto longest = std::max_element(plan.windows.begin(), plan.windows.end(), [](auto &a, auto &b) {
            return a.toMs - a.fromMs < b.toMs - b.fromMs;
        });
        QCOMPARE((longest->toMs - longest->fromMs) / (3600 * 1000LL), qint64(60));
    }

    void emptyHistoryGivesAQuietPlan()
    {
        const auto plan = MaintenancePlanner::plan(Snapshot{}, 0, RiskScore());
        QCOMPARE(plan.hours.size(), std::size_t(336));
        QCOMPARE(plan.windows.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestMaintenancePlanner)
#include "tst_maintenanceplanner.moc"
