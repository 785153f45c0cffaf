#include "analysis/analysispipeline.h"
#include "analysis/snapshotfilter.h"
#include "domain/issuetype.h"
#include "issuefactory.h"

#include <QTest>

using namespace pegboard;

// The filter bar's narrowing reaches the analysis' input: the heatmap and patterns are computed over
// exactly the reports the report table lists, while the maintenance check still sees the window.
class TestSnapshotFilter : public QObject
{
    Q_OBJECT

    static QList<Issue> issues()
    {
        QList<Issue> out = test::articleIssues(800, 3);
        for (int n = 0; n < out.size(); ++n) {
            out[n].title = n % 10 == 0 ? QStringLiteral("Oracle STALE on Curve pool %1").arg(n)
                                       : QStringLiteral("Report %1").arg(n);
            out[n].body = n % 25 == 0 ? QStringLiteral("Preis weicht ab: Übergröße %1").arg(n) : QString();
            out[n].protocol = n % 3 == 0 ? QStringLiteral("curve") : QStringLiteral("aave");
        }
        return out;
    }

    // What the store's query would keep (IssueStore::query's WHERE, written out).
    static bool keeps(const Issue &i, const IssueQuery &q)
    {
        if (!q.types.isEmpty() && !q.types.contains(i.issueType))
            return false;
        if (i.severityLevel < q.minSeverity || i.severityLevel > q.maxSeverity)
            return false;
        if (!q.protocols.isEmpty() && !q.protocols.contains(i.protocol))
            return false;
        if (q.openOnly && i.isResolved())
            return false;
        const QString text = q.text.trimmed();
        return text.isEmpty() || i.title.contains(text, Qt::CaseInsensitive) ||
               i.body.contains(text, Qt::CaseInsensitive);
    }

private slots:
    void keepsWhatTheStoreQueryKeeps_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<int>("minSeverity");
        QTest::addColumn<QStringList>("protocols");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("openOnly");
        QTest::newRow("nothing") << QStringList() << 1 << QStringList() << QString() << false;
        QTest::newRow("one type") << QStringList{IssueType::OracleFailure} << 1 << QStringList() << QString()
                                  << false;
        QTest::newRow("two types, high") << QStringList{IssueType::PegDeviation, IssueType::BridgeDelay} << 4
                                         << QStringList() << QString() << false;
        QTest::newRow("protocol") << QStringList() << 1 << QStringList{QStringLiteral("curve")} << QString()
                                  << false;
        QTest::newRow("text, any case")
            << QStringList() << 1 << QStringList() << QStringLiteral("stale on") << false;
        QTest::newRow("text in body, non-ASCII")
            << QStringList() << 1 << QStringList() << QStringLiteral("ÜBERGRÖßE") << false;
        QTest::newRow("text nobody wrote")
            << QStringList() << 1 << QStringList() << QStringLiteral("zebra") << false;
        QTest::newRow("type unknown to the data")
            << QStringList{QStringLiteral("nonexistent")} << 1 << QStringList() << QString() << false;
        QTest::newRow("open only, curve, text")
            << QStringList() << 2 << QStringList{QStringLiteral("curve")} << QStringLiteral("oracle") << true;
    }

    void keepsWhatTheStoreQueryKeeps()
    {
        QFETCH(QStringList, types);
        QFETCH(int, minSeverity);
        QFETCH(QStringList, protocols);
        QFETCH(QString, text);
        QFETCH(bool, openOnly);
        IssueQuery q;
        q.types = types;
        q.minSeverity = minSeverity;
        q.protocols = protocols;
        q.text = text;
        q.openOnly = openOnly;
        const QList<Issue> all = issues();
        const Snapshot s = Snapshot::fromIssues(all, true);
        const std::vector<std::uint32_t> rows = SnapshotFilter::matching(s, q);
        std::vector<std::uint32_t> expected;
        for (int n = 0; n < all.size(); ++n)
            if (keeps(all[n], q))
                expected.push_back(std::uint32_t(n));
        QCOMPARE(rows, expected);
        // Each row narrows to something, and "zebra" or an unknown type to nothing.
        QCOMPARE(rows.empty(),
                 text == QLatin1String("zebra") || types.contains(QStringLiteral("nonexistent")));
        QCOMPARE(SnapshotFilter::narrows(q), q != IssueQuery());
    }

    void theHeatmapIsComputedOverTheFilteredReports()
    {
        QList<Issue> all = issues();
        // An open critical report of another type, an hour old: the filter hides it from the heatmap,
        // but not from the maintenance check.
        Issue open = test::articleIssue(5000, 3);
        open.issueType = IssueType::SmartContractBug;
        open.severityLevel = 5;
        open.resolvedAt = QDateTime();
        all << open;
        const Snapshot window = Snapshot::fromIssues(all, true);
        IssueQuery q;
        q.types = {IssueType::OracleFailure};
        const auto inFilter = std::make_shared<const Snapshot>(window.rows(SnapshotFilter::matching(window, q)));
        AnalysisPipeline::Options o;
        o.predictor = false;
        o.filter = q;
        const std::int64_t at = open.reportedAt.addSecs(3600).toMSecsSinceEpoch();
        const auto report = AnalysisPipeline::compute(window, inFilter, {}, at, nullptr, o);
        QVERIFY(report);
        QCOMPARE(report->heatmap.types, QStringList{IssueType::OracleFailure});
        qint64 oracle = 0;
        for (const Issue &i : all)
            oracle += i.issueType == IssueType::OracleFailure;
        QCOMPARE(report->heatmap.total, oracle);
        QCOMPARE(qint64(report->issues), oracle);
        QVERIFY(report->maintenance.incident.isOpen());
        QVERIFY(report->maintenance.windows.empty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFilter)
#include "tst_snapshotfilter.moc"
