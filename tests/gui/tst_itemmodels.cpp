#include "issuefactory.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/jsontreemodel.h"

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
