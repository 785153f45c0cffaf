#include "issuefactory.h"
#include "itemmodels/issuetablemodel.h"
#include "itemmodels/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
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
