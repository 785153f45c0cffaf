#include "analysis/correlationheatmap.h"
#include "domain/issuetype.h"
#include "issuefactory.h"
#include "itemmodels/heatmapmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pegboard;

class TestCorrelationHeatmap : public QObject
{
    Q_OBJECT

    // Background noise plus oracle failures that happen only above 250 gwei.
    static QList<Issue> plantedIssues()
    {
        QList<Issue> issues = test::articleIssues(4000, 11);
        for (int n = 0; n < 300; ++n) {
            Issue i = test::articleIssue(10000 + n, 11);
            i.issueType = IssueType::OracleFailure;
            i.context.setGasPriceGwei(260 + n % 40);
            issues << i;
        }
        return issues;
    }

    // The heatmap column of a type.
    static int column(const HeatmapResult &r, const QString &type) { return int(r.types.indexOf(type)); }
    static int conditionIndex(const HeatmapResult &r, Condition::Kind kind)
    {
        return int(std::find(r.conditions.begin(), r.conditions.end(), kind) - r.conditions.begin());
    }

private slots:
    void countsMatchABruteForcePass()
    {
        const Snapshot s = Snapshot::fromIssues(plantedIssues());
        const HeatmapResult r = CorrelationHeatmap::compute(s);
        QCOMPARE(r.total, qint64(s.size()));
        for (std::size_t c = 0; c < r.conditions.size(); ++c) {
            for (int b = 0; b < r.bucketLabels[c].size(); ++b)
                for (int t = 0; t < r.types.size(); ++t) {
                    const auto rows =
                        CorrelationHeatmap::rowsInCell(s, r.conditions[c], b, r.typeCodes[size_t(t)]);
                    QCOMPARE(r.cell(int(c), b, t)->count, qint64(rows.size()));
                }
        }
        QCOMPARE(r.cell(99, 0, 0), nullptr);
    }

    void plantedConditionIsSignificantAndNoiseIsNot()
    {
        const Snapshot s = Snapshot::fromIssues(plantedIssues());
        const HeatmapResult r = CorrelationHeatmap::compute(s);
        const int oracle = column(r, IssueType::OracleFailure);
        const int gas = conditionIndex(r, Condition::Kind::GasPrice);
        const HeatmapCell *hot = r.cell(gas, 4, oracle); // ≥ 250 gwei
        QVERIFY(hot->significant);
        QVERIFY(hot->lift > 1.5);
        QVERIFY(hot->ciLow > hot->baseRate);
        QVERIFY(hot->ciLow <= hot->rate && hot->rate <= hot->ciHigh);
        QVERIFY(!r.cell(gas, 1, oracle)->significant);
        // The weekday has nothing to do with it: uniform noise must not pass the corrected test.
        const int weekday = conditionIndex(r, Condition::Kind::Weekday);
        for (int d = 0; d < 7; ++d)
            for (int t = 0; t < r.types.size(); ++t)
                QVERIFY2(!r.cell(weekday, d, t)->significant || t == oracle, qPrintable(r.types[t]));
    }

    void minimumSupportGatesSignificance()
    {
        QList<Issue> issues = test::articleIssues(500, 4);
        Issue rare = test::articleIssue(9000, 4);
        rare.issueType = QStringLiteral("bridge_exploit");
        issues << rare;
        const Snapshot s = Snapshot::fromIssues(issues);
        const HeatmapResult r = CorrelationHeatmap::compute(s, {5, 0.05, 1.96});
        const int t = column(r, QStringLiteral("bridge_exploit"));
        for (const HeatmapCell &c : r.cells)
            if (c.type == t)
                QVERIFY(!c.supported && !c.significant);
    }

    void columnOrderIsFixedWhateverTheLoadOrder()
    {
        // The same types loaded in two different orders, and a subset of them: the columns keep one
        // order (IssueType::known(), then other types by name), so a filter or an insert moves none.
        QList<Issue> issues = test::articleIssues(600, 5);
        Issue odd = test::articleIssue(7000, 5);
        odd.issueType = QStringLiteral("aardvark");
        issues.prepend(odd);
        QList<Issue> reversed(issues.rbegin(), issues.rend());
        const HeatmapResult a = CorrelationHeatmap::compute(Snapshot::fromIssues(issues));
        const HeatmapResult b = CorrelationHeatmap::compute(Snapshot::fromIssues(reversed));
        QCOMPARE(a.types, b.types);
        QCOMPARE(a.types.last(), QStringLiteral("aardvark")); // unknown types after the known ones
        QStringList known = IssueType::known();
        QStringList expected;
        for (const QString &t : known)
            if (a.types.contains(t))
                expected << t;
        expected << QStringLiteral("aardvark");
        QCOMPARE(a.types, expected);
        for (int c = 0; c < a.types.size(); ++c) {
            // The same column counts the same reports in both loads.
            QCOMPARE(a.cell(0, 0, c)->count, b.cell(0, 0, c)->count);
        }
        QList<Issue> some;
        for (const Issue &i : reversed)
            if (i.issueType != known.first())
                some << i;
        const HeatmapResult c = CorrelationHeatmap::compute(Snapshot::fromIssues(some));
        QStringList without = a.types;
        without.removeAll(known.first());
        QCOMPARE(c.types, without);
    }

    void emptySnapshotGivesAnEmptyHeatmap()
    {
        const HeatmapResult r = CorrelationHeatmap::compute(Snapshot{});
        QCOMPARE(r.total, qint64(0));
        QVERIFY(r.types.isEmpty());
    }

    void modelExposesCellsThroughRoles()
    {
        const Snapshot s = Snapshot::fromIssues(plantedIssues());
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(CorrelationHeatmap::compute(s));
        QCOMPARE(model.columnCount(), s.types.size());
        int expectedRows = 0;
        for (const QStringList &labels : model.result().bucketLabels)
            expectedRows += labels.size();
        QCOMPARE(model.rowCount(), expectedRows);
        const int oracle = column(model.result(), IssueType::OracleFailure);
        // Row 4 is gas ≥ 250 gwei (gas is the first condition).
        const QModelIndex hot = model.index(4, oracle);
        QVERIFY(model.data(hot, HeatmapModel::SignificantRole).toBool());
        QCOMPARE(model.data(hot, HeatmapModel::CountRole).toLongLong(), model.cellAt(hot)->count);
        QVERIFY(model.data(hot, HeatmapModel::LiftRole).toDouble() > 1.5);
        QCOMPARE(model.data(hot, HeatmapModel::ConditionKeyRole).toString(), QStringLiteral("gas_price"));
        QVERIFY(model.headerData(4, Qt::Vertical).toString().contains(QLatin1String("250")));
        QCOMPARE(model.headerData(oracle, Qt::Horizontal).toString(),
                 IssueType::displayName(IssueType::OracleFailure));
        QVERIFY(!model.data(model.index(0, 0), HeatmapModel::QValueRole).isNull());
        model.setResult(CorrelationHeatmap::compute(Snapshot{}));
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(model.cellAt(model.index(0, 0)), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCorrelationHeatmap)
#include "tst_correlationheatmap.moc"
