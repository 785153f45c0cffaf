#include "analysis/condition.h"
#include "analysis/patternfinder.h"
#include "domain/issuetype.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pegboard;

class TestPatternFinder : public QObject
{
    Q_OBJECT

    // Eight weeks of uniformly spread reports of every type; optionally oracle failures planted on
    // Wednesdays 14–16 UTC with gas above 150 gwei.
    static QList<Issue> history(bool planted, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QDateTime start(QDate(2025, 3, 3), QTime(0, 0), Qt::UTC); // a Monday
        const QStringList types = IssueType::known();
        QList<Issue> issues;
        for (int n = 0; n < 6000; ++n) {
            Issue i;
            i.issueType = types[int(rng.bounded(types.size()))];
            i.reportedAt = start.addSecs(qint64(rng.bounded(56 * 86400)));
            i.context.setGasPriceGwei(10 + rng.bounded(290));
            issues << i;
        }
        for (int n = 0; planted && n < 160; ++n) {
            Issue i;
            i.issueType = IssueType::OracleFailure;
            const int week = int(rng.bounded(8));
            i.reportedAt = start.addDays(week * 7 + 2).addSecs(14 * 3600 + qint64(rng.bounded(7200)));
            i.context.setGasPriceGwei(155 + rng.bounded(140));
            issues << i;
        }
        return issues;
    }

private slots:
    void plantedPatternIsTheTopFindingForItsType()
    {
        const Snapshot s = Snapshot::fromIssues(history(true, 3));
        const std::vector<Finding> findings = PatternFinder::find(s);
        QVERIFY(!findings.empty());
        auto top = std::find_if(findings.begin(), findings.end(),
                                [](const Finding &f) { return f.type == IssueType::OracleFailure; });
        QVERIFY(top != findings.end());
        QCOMPARE(top->weekday, 2);
        QCOMPARE(top->hourFrom, 14);
        QCOMPARE(top->hourTo, 16);
        QCOMPARE(top->gasAbove, 150.f);
        QVERIFY(top->lift > 3);
        QVERIFY2(top->sentence.contains(QStringLiteral("Wednesdays 14–16 UTC with gas above 150 gwei")),
                 qPrintable(top->sentence));
        QVERIFY2(top->sentence.startsWith(QStringLiteral("%1%").arg(qRound(100 * top->share))),
                 qPrintable(top->sentence));
        // The issues behind the finding are exactly the oracle failures inside the pattern.
        QCOMPARE(qint64(top->rows.size()), top->count);
        for (std::uint32_t row : top->rows) {
            QCOMPARE(s.types.text(s.type[row]), IssueType::OracleFailure);
            QCOMPARE(Condition::weekdayOf(s.reportedMs[row]), 2);
            QVERIFY(s.gasGwei[row] > 150);
        }
        QVERIFY(top->count >= 160);
        // Ranked strongest first.
        for (std::size_t i = 1; i < findings.size(); ++i)
            QVERIFY(findings[i - 1].logPValue <= findings[i].logPValue);
    }

    void patternIsNamedByItsOwnConditionsNotTheGasTrend()
    {
        // Gas only runs hot on Wednesday afternoons, and oracle failures rise with gas everywhere
        // (the 100–150 gwei spikes on other days): the pattern is still "Wednesdays, above 150",
        // not "any day" (the same reports) nor "above 100" (the general trend at the window's edge).
        QRandomGenerator rng(11);
        const QDateTime start(QDate(2025, 3, 3), QTime(0, 0), Qt::UTC);
        const QStringList types = IssueType::known();
        QList<Issue> issues;
        for (int n = 0; n < 8000; ++n) {
            Issue i;
            i.reportedAt = start.addSecs(qint64(rng.bounded(56 * 86400)));
            const bool window = i.reportedAt.date().dayOfWeek() == 3 && i.reportedAt.time().hour() >= 14 &&
                                i.reportedAt.time().hour() < 16;
            const bool spike = !window && rng.bounded(40) == 0;
            const double gas = window  ? 100 + rng.bounded(200)
                               : spike ? 100 + rng.bounded(50)
                                       : 10 + rng.bounded(90);
            i.context.setGasPriceGwei(gas);
            i.issueType = gas > 100 && rng.bounded(4) == 0 ? IssueType::OracleFailure
                                                           : types[int(rng.bounded(types.size()))];
            issues << i;
        }
        for (int n = 0; n < 160; ++n) {
            Issue i;
            i.issueType = IssueType::OracleFailure;
            i.reportedAt =
                start.addDays(int(rng.bounded(8)) * 7 + 2).addSecs(14 * 3600 + qint64(rng.bounded(7200)));
            i.context.setGasPriceGwei(155 + rng.bounded(140));
            issues << i;
        }
        const std::vector<Finding> findings = PatternFinder::find(Snapshot::fromIssues(issues));
        auto top = std::find_if(findings.begin(), findings.end(),
                                [](const Finding &f) { return f.type == IssueType::OracleFailure; });
        QVERIFY(top != findings.end());
        QVERIFY2(top->weekday == 2 && top->hourFrom == 14 && top->hourTo == 16 && top->gasAbove == 150.f,
                 qPrintable(top->sentence));
    }

    void uniformNoiseYieldsNoFindings()
    {
        const Snapshot s = Snapshot::fromIssues(history(false, 5));
        const std::vector<Finding> findings = PatternFinder::find(s);
        QVERIFY2(findings.empty(), findings.empty() ? "" : qPrintable(findings.front().sentence));
    }

    void emptyAndTimelessSnapshotsAreHandled()
    {
        QVERIFY(PatternFinder::find(Snapshot{}).empty());
        QList<Issue> timeless(50);
        for (Issue &i : timeless)
            i.issueType = IssueType::Other;
        QVERIFY(PatternFinder::find(Snapshot::fromIssues(timeless)).empty());
    }
};

QTEST_GUILESS_MAIN(TestPatternFinder)
#include "tst_patternfinder.moc"
