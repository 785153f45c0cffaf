#include "issuefactory.h"
#include "store/issuestore.h"
#include "testcluster.h"

#include <QMap>
#include <QTest>

using namespace pegboard;

class TestImpactSummary : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); }

    void weeklyLossesMatchTheRows()
    {
        auto store = IssueStore::open(m_pg.freshDatabase());
        QVERIFY(store);
        const QList<Issue> issues = test::articleIssues(20000); // ~22 days of reports
        QVERIFY((*store)->insert(issues));
        auto summary = (*store)->impactSummary({}, {});
        QVERIFY2(summary, qPrintable(summary.error().message));

        QMap<qint64, double> expected;
        QMap<qint64, int> counts;
        for (const Issue &i : issues) {
            const QDate d = i.reportedAt.toUTC().date();
            const qint64 monday =
                QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            expected[monday] += i.estimatedLossUsd.value_or(0);
            counts[monday] += 1;
        }
        QCOMPARE(summary->weeks.size(), expected.size());
        for (const auto &week : summary->weeks) {
            const qint64 key = week.start.toMSecsSinceEpoch();
            QVERIFY(expected.contains(key));
            QCOMPARE(week.reports, counts[key]);
            QVERIFY(qAbs(week.estimatedLossUsd - expected[key]) < 0.01 * counts[key]);
        }
        int resolved = 0;
        for (const Issue &i : issues)
            resolved += i.isResolved();
        QCOMPARE(summary->resolvedCount, resolved);
        QVERIFY(!summary->resolution.isEmpty());
        for (const auto &t : summary->resolution)
            QVERIFY(t.meanHours > 0 && t.meanHours < 25); // the factory resolves within a day
    }

    void recurrenceAndPreventionRates()
    {
        auto store = IssueStore::open(m_pg.freshDatabase());
        const QDateTime t0(QDate(2025, 3, 3), QTime(12, 0), Qt::UTC);
        auto make = [&](int n, int day, bool resolved, bool prevention) {
            Issue i = test::articleIssue(n, 42);
            i.issueType = QStringLiteral("oracle_failure");
            i.protocol = QStringLiteral("curve");
            i.reportedAt = t0.addDays(day);
            i.resolvedAt = resolved ? i.reportedAt.addSecs(3600) : QDateTime();
            i.preventionImplemented = prevention;
            return i;
        };
        // Four resolutions: two with prevention (one recurs), two without (both recur).
        QList<Issue> issues{make(1, 0, true, true),  make(2, 5, true, false),   make(3, 10, true, false),
                            make(4, 15, true, true), make(5, 100, true, false), make(6, 16, false, false)};
        QVERIFY((*store)->insert(issues));
        auto s = (*store)->impactSummary({}, {});
        QVERIFY(s);
        QCOMPARE(s->resolvedCount, 5);
        // recurred: #1 (by #2), #2 (by #3), #3 (by #4), #4 (by #6); #5 not.
        QCOMPARE(s->recurrenceRate, 4.0 / 5.0);
        QCOMPARE(s->preventionRate, 2.0 / 5.0);
        QCOMPARE(s->recurrenceRateWithPrevention, 1.0);
        QCOMPARE(s->recurrenceRateWithoutPrevention, 2.0 / 3.0);
    }
};

QTEST_GUILESS_MAIN(TestImpactSummary)
#include "tst_impactsummary.moc"
