#include "issuefactory.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/jsontreemodel.h"
#include "itemmodels/repeatgroupmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pegboard;

class TestItemModels : public QObject
{
    Q_OBJECT
private slots:
    void issueTableModelPassesTheTesterAndUpdatesInPlace()
    {
        IssueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Issue> issues = test::articleIssues(50);
        model.setIssues(issues);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.columnCount(), int(IssueTableModel::ColumnCount));
        QCOMPARE(model.index(3, IssueTableModel::Title).data().toString(), issues[3].title);
        QCOMPARE(model.index(3, IssueTableModel::Reported).data(IssueTableModel::SortRole).toLongLong(),
                 issues[3].reportedAt.toMSecsSinceEpoch());
        QCOMPARE(model.index(3, 0).data(IssueTableModel::IssueIdRole).toUuid(), issues[3].id);

        Issue changed = issues[7];
        changed.acknowledgedBy = QStringLiteral("alice");
        changed.resolvedAt = QDateTime();
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.update(changed);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.index(7, IssueTableModel::Status).data().toString(),
                 QStringLiteral("Acknowledged by alice"));
        Issue unknown = test::articleIssue(999, 9);
        model.update(unknown); // not in view: ignored
        QCOMPARE(dataChanged.count(), 1);
        model.setIssues({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The same question answered again: rows stay where they are, a changed one is refreshed, a
    // gone one removed, a new one appended, and unchanged rows are not reported as changed (the
    // sorting views above would re-sort them all).
    void issueTableModelAnsweredAgainChangesOnlyWhatChanged()
    {
        IssueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Issue> issues = test::articleIssues(40);
        model.setIssues(issues);
        QList<Issue> again = issues;
        again[10].acknowledgedBy = QStringLiteral("bob");
        again[12].resolvedAt = again[12].reportedAt.addSecs(60);
        again.removeAt(30);
        again.append(test::articleIssue(500, 3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setIssues(again);
        QTRY_COMPARE(model.rowCount(), 40);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 12);
        QCOMPARE(model.index(10, IssueTableModel::Status).data().toString(),
                 QStringLiteral("Acknowledged by bob"));
        QCOMPARE(model.index(12, IssueTableModel::Status).data().toString(), QStringLiteral("Resolved"));
        QCOMPARE(model.issueAt(39).id, again.last().id);
        QCOMPARE(model.rowOf(issues[31].id), 30);
        changed.clear();
        model.setIssues(again); // nothing new
        QCOMPARE(changed.count(), 0);
    }

    void clusterModelShowsManyClustersBatchByBatch()
    {
        ClusterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorted; // as the cluster table shows them
        sorted.setSourceModel(&model);
        sorted.setSortRole(ClusterModel::SortRole);
        sorted.sort(ClusterModel::Type);
        std::vector<RootCauseCluster> clusters(2500);
        for (int i = 0; i < 2500; ++i) {
            clusters[std::size_t(i)].id = i;
            clusters[std::size_t(i)].rows.assign(std::size_t(2500 - i), 0);
            clusters[std::size_t(i)].dominantType =
                i % 2 ? QStringLiteral("oracle_failure") : QStringLiteral("peg_deviation");
        }
        model.setClusters(std::move(clusters));
        // The first batch at once, the rest on the next turns of the event loop.
        QCOMPARE(model.rowCount(), int(ClusterModel::AppendBatch));
        QVERIFY(model.clusterAt(2000) == nullptr);
        QTRY_COMPARE(model.rowCount(), 2500);
        QCOMPARE(sorted.rowCount(), 2500);
        QCOMPARE(model.clusterAt(2000)->id, 2000);
        QCOMPARE(model.index(2000, ClusterModel::Size).data(ClusterModel::SortRole).toLongLong(), 500);
        // Sorted by the type's key: every peg deviation after every oracle failure.
        QCOMPARE(sorted.index(1249, ClusterModel::Type).data(ClusterModel::SortRole).toString(),
                 QStringLiteral("oracle_failure"));
        QCOMPARE(sorted.index(1250, ClusterModel::Type).data(ClusterModel::SortRole).toString(),
                 QStringLiteral("peg_deviation"));
        model.setClusters({});
        QCOMPARE(model.rowCount(), 0);
    }

    // A table that fills batch by batch, in either order: the rows shown at the end are each
    // group's newest, whichever batch brought it, and a row shown early is folded once a newer
    // report of its kind arrives in a later batch.
    void repeatGroupsHoldWhileTheTableFillsInBatches_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::newRow("newest first") << true;
        QTest::newRow("oldest first") << false;
    }
    void repeatGroupsHoldWhileTheTableFillsInBatches()
    {
        QFETCH(bool, newestFirst);
        // 3,100 reports: 31 alerts, each repeated 100 times 20 minutes apart (one group each), their
        // repeats spread over every batch; titles differ only in numbers and addresses.
        const QDateTime start = QDateTime::fromString(QStringLiteral("2026-11-01T00:00:00Z"), Qt::ISODate);
        QList<Issue> issues;
        for (int repeat = 0; repeat < 100; ++repeat)
            for (int alert = 0; alert < 31; ++alert) {
                Issue issue = test::articleIssue(repeat * 31 + alert, quint32(alert));
                issue.issueType = QStringLiteral("oracle_failure");
                issue.symbol = QStringLiteral("C%1").arg(alert);
                issue.title =
                    QStringLiteral("Oracle 0x%1 stale for %2 s").arg(repeat * 7919, 0, 16).arg(repeat * 13);
                issue.reportedAt = start.addSecs(repeat * 1200 + alert);
                issues.append(issue);
            }
        std::sort(issues.begin(), issues.end(), [newestFirst](const Issue &a, const Issue &b) {
            return newestFirst ? a.reportedAt > b.reportedAt : a.reportedAt < b.reportedAt;
        });
        IssueTableModel table;
        RepeatGroupModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&table);
        groups.sort(IssueTableModel::Reported, Qt::DescendingOrder);
        QSignalSpy filled(&table, &IssueTableModel::filled);
        table.setIssues(issues);
        QVERIFY(table.rowCount() < issues.size()); // it does fill in batches
        QVERIFY(filled.wait(10000));
        QTRY_COMPARE(groups.rowCount(), 31);
        QCOMPARE(groups.groupCount(), 31);
        for (int row = 0; row < groups.rowCount(); ++row) {
            const QModelIndex index = groups.index(row, IssueTableModel::Title);
            QCOMPARE(index.data(RepeatGroupModel::RepeatCountRole).toInt(), 100);
            // The row shown is its group's newest report (the 100th repeat).
            const Issue &shown = table.issueAt(groups.mapToSource(index).row());
            QCOMPARE(shown.reportedAt, start.addSecs(99 * 1200 + shown.symbol.mid(1).toInt()));
            QVERIFY2(index.data().toString().startsWith(QStringLiteral("×100")),
                     qPrintable(index.data().toString()));
        }
        // A gap longer than the window starts a new group; a new report of a group folds the old row.
        Issue later = issues.first();
        later.id = QUuid::createUuid();
        later.reportedAt = start.addSecs(99 * 1200 + 2 * RepeatGroupModel::RepeatWindowSecs);
        QList<Issue> more = issues;
        more.prepend(later);
        table.setIssues(more);
        QTRY_COMPARE(groups.rowCount(), 32);
        groups.setGrouping(false);
        QCOMPARE(groups.rowCount(), table.rowCount());
    }

    void jsonTreeModelShowsNestedContext()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Issue issue = test::articleIssue(1);
        model.setGroups({{QStringLiteral("network_conditions"), issue.context.networkConditions},
                         {QStringLiteral("list"), QJsonArray{1, QJsonArray{2, 3}}}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex network = model.index(0, 0);
        QCOMPARE(network.data().toString(), QStringLiteral("network_conditions"));
        QCOMPARE(model.rowCount(network), int(issue.context.networkConditions.size()));
        const QModelIndex nested = model.index(1, 0, model.index(1, 0));
        QCOMPARE(model.rowCount(nested), 2);
        QCOMPARE(model.parent(nested), model.index(1, 0));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
