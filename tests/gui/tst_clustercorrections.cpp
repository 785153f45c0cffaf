#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "dataset/livedataset.h"
#include "engineeringperspective.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/heatmapmodel.h"
#include "testcluster.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace pegboard;

// A commander corrects the root-cause clusters in the console: merges two clusters from the
// cluster table's context menu, splits one, undoes both; every change is an audited row with the
// login as actor and the person in its details, and holds in the next analysis — a fresh console's
// and `pegboard analyze --json`'s. Real PostgreSQL; the history is an external generator's.
class TestClusterCorrections : public QObject
{
    Q_OBJECT
    test::TestCluster m_pg;
    QTemporaryDir m_dir;
    QString m_ownerUrl, m_url;
    std::unique_ptr<AnalysisController> m_analysis;
    std::unique_ptr<ClusterCorrectionController> m_corrections;
    std::unique_ptr<EngineeringPerspective> m_view;
    std::vector<QUuid> m_first, m_second; // the two largest clusters before any correction
    QList<qint64> m_ids;

    static QString artifact(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

    // The perspective, and the cluster table at a width where the Why column can be read.
    void screenshot(const QString &name)
    {
        QVERIFY(m_view->grab().save(artifact(name + QStringLiteral(".png"))));
        QTableView table;
        table.setModel(m_analysis->clusters());
        table.resize(1800, 260);
        table.horizontalHeader()->setSectionResizeMode(ClusterModel::Why, QHeaderView::ResizeToContents);
        table.show();
        QVERIFY(table.grab().save(artifact(name + QStringLiteral("-table.png"))));
    }

    std::vector<QUuid> members(const AnalysisController &analysis, int row) const
    {
        std::vector<QUuid> ids;
        for (std::uint32_t r : analysis.clusters()->clusterAt(row)->rows)
            ids.push_back(analysis.snapshot()->ids[r]);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The row of the cluster holding `id`, or -1.
    static int rowOf(const AnalysisController &analysis, const QUuid &id)
    {
        for (int row = 0; row < analysis.clusters()->rowCount(); ++row)
            for (std::uint32_t r : analysis.clusters()->clusterAt(row)->rows)
                if (analysis.snapshot()->ids[r] == id)
                    return row;
        return -1;
    }

    // Saves a correction and waits for the analysis it starts.
    qint64 correct(const std::function<void()> &change)
    {
        QSignalSpy saved(m_corrections.get(), &ClusterCorrectionController::corrected);
        QSignalSpy failed(m_corrections.get(), &ClusterCorrectionController::failed);
        QSignalSpy analysed(m_analysis.get(), &AnalysisController::finished);
        change();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || failed.count() == 1, 30000); }();
        if (failed.count())
            qWarning("%s", qPrintable(failed.front().front().toString()));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1, 120000); }();
        return saved.count() ? saved.front().front().toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_ownerUrl = m_pg.freshDatabase();
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("PEGBOARD_TEST_DATA") +
                          QStringLiteral("/analysis/articlecolumns_history.py"),
                      QStringLiteral("--db"), m_ownerUrl, QStringLiteral("--out"), m_dir.path(),
                      QStringLiteral("--reports"), QStringLiteral("2000"), QStringLiteral("--days"),
                      QStringLiteral("100")});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        // The console's own role: it may read and call the audited functions, nothing more.
        m_url = m_pg.loginAs(m_ownerUrl, QStringLiteral("commander"), QStringLiteral("pegboard_console"));

        m_analysis = std::make_unique<AnalysisController>();
        m_corrections = std::make_unique<ClusterCorrectionController>(m_analysis.get());
        m_corrections->setUrl(m_url);
        m_corrections->setPerson(QStringLiteral("Dana Commander"));
        m_view = std::make_unique<EngineeringPerspective>();
        m_view->setClusterModel(m_analysis->clusters());
        m_view->setHeatmapModel(m_analysis->heatmap());
        // The screenshots show the cluster table, which shares its dock area with the reports.
        if (auto *dock = qobject_cast<QDockWidget *>(m_view->clusterTable()->parentWidget()))
            dock->raise();
        m_view->resize(1400, 900);
        m_view->show();
        QSignalSpy analysed(m_analysis.get(), &AnalysisController::finished);
        m_analysis->setDataset(LiveDataset::opener(m_url));
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1, 120000);
        QVERIFY(m_analysis->clusters()->rowCount() >= 3);
        m_first = members(*m_analysis, 0);
        m_second = members(*m_analysis, 1);
        QVERIFY(m_first.size() >= 50 && m_second.size() >= 50);
        screenshot(QStringLiteral("clusters-before-correction"));
    }

    void mergeFromTheContextMenu()
    {
        // The commander selects the two largest clusters and picks "Merge" in the context menu;
        // the console asks for a reason (here given by the test) and saves the correction.
        connect(
            m_view.get(), &EngineeringPerspective::mergeClustersRequested, m_corrections.get(),
            [this](int a, int b) { m_corrections->mergeClusters(a, b, QStringLiteral("one gas surge")); });
        QTableView *table = m_view->clusterTable();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(!m_view->mergeClustersAction()->isEnabled());
        for (int row : {0, 1})
            table->selectionModel()->select(proxy->mapFromSource(m_analysis->clusters()->index(row, 0)),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(m_view->mergeClustersAction()->isEnabled());
        QVERIFY(table->actions().contains(m_view->mergeClustersAction()));
        const qint64 id = correct([this] { m_view->mergeClustersAction()->trigger(); });
        QVERIFY(id > 0);
        m_ids << id;

        const int row = rowOf(*m_analysis, m_first.front());
        QCOMPARE(rowOf(*m_analysis, m_second.front()), row);
        std::vector<QUuid> both(m_first);
        both.insert(both.end(), m_second.begin(), m_second.end());
        std::sort(both.begin(), both.end());
        QCOMPARE(members(*m_analysis, row), both);
        const RootCauseCluster *merged = m_analysis->clusters()->clusterAt(row);
        QVERIFY(merged->explanation.corrections.contains(QString::number(id)));
        QVERIFY(m_analysis->clusters()
                    ->index(row, ClusterModel::Why)
                    .data()
                    .toString()
                    .contains(QString::number(id)));
        screenshot(QStringLiteral("clusters-merged"));
    }

    void theMergeHoldsInTheNextAnalysis()
    {
        // A fresh console loads the store again: the correction is a constraint, not a view state.
        AnalysisController fresh;
        QSignalSpy analysed(&fresh, &AnalysisController::finished);
        fresh.setDataset(LiveDataset::opener(m_url));
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1, 120000);
        QVERIFY(rowOf(fresh, m_first.front()) >= 0);
        QCOMPARE(rowOf(fresh, m_second.back()), rowOf(fresh, m_first.front()));

        // And `pegboard analyze --json` lists the correction and clusters by it.
        QProcess analyze;
        analyze.start(qEnvironmentVariable("PEGBOARD_BIN"),
                      {QStringLiteral("analyze"), QStringLiteral("--db"), m_url, QStringLiteral("--json")});
        QVERIFY(analyze.waitForFinished(120000));
        QVERIFY2(analyze.exitCode() == 0, analyze.readAllStandardError().constData());
        const QJsonObject report = QJsonDocument::fromJson(analyze.readAllStandardOutput()).object();
        const QJsonArray corrections = report[QStringLiteral("cluster_corrections")].toArray();
        QCOMPARE(corrections.size(), 1);
        QCOMPARE(corrections[0][QStringLiteral("kind")].toString(), QStringLiteral("merge"));
        QCOMPARE(corrections[0][QStringLiteral("reason")].toString(), QStringLiteral("one gas surge"));
        QCOMPARE(corrections[0][QStringLiteral("created_by")].toString(), QStringLiteral("commander"));
        const QJsonObject largest = report[QStringLiteral("clusters")].toArray().first().toObject();
        QCOMPARE(largest[QStringLiteral("size")].toInteger(), qint64(m_first.size() + m_second.size()));
        QCOMPARE(largest[QStringLiteral("explanation")][QStringLiteral("corrections")]
                     .toArray()
                     .first()
                     .toString(),
                 QString::number(m_ids.front()));
    }

    void splitTheMergedClusterAgain()
    {
        const int row = rowOf(*m_analysis, m_first.front());
        QList<QUuid> second;
        for (const QUuid &id : m_second)
            second << id;
        const qint64 id =
            correct([&] { m_corrections->splitCluster(row, second, QStringLiteral("two coins after all")); });
        QVERIFY(id > 0);
        m_ids << id;
        QVERIFY(rowOf(*m_analysis, m_second.front()) != rowOf(*m_analysis, m_first.front()));
        QCOMPARE(members(*m_analysis, rowOf(*m_analysis, m_second.front())), m_second);
        QCOMPARE(members(*m_analysis, rowOf(*m_analysis, m_first.front())), m_first);
        screenshot(QStringLiteral("clusters-split"));
    }

    void undoBoth()
    {
        // Undoing the split brings the merge back; undoing the merge, the clustering's own result.
        QCOMPARE(correct([this] { m_corrections->undo(m_ids[1], QStringLiteral("split was wrong")); }),
                 m_ids[1]);
        QCOMPARE(rowOf(*m_analysis, m_second.front()), rowOf(*m_analysis, m_first.front()));
        QCOMPARE(correct([this] { m_corrections->undo(m_ids[0], QStringLiteral("back to the analysis")); }),
                 m_ids[0]);
        QVERIFY(rowOf(*m_analysis, m_second.front()) != rowOf(*m_analysis, m_first.front()));
        QCOMPARE(members(*m_analysis, rowOf(*m_analysis, m_first.front())), m_first);
        for (int row = 0; row < m_analysis->clusters()->rowCount(); ++row)
            QVERIFY(m_analysis->clusters()->clusterAt(row)->explanation.corrections.isEmpty());
        screenshot(QStringLiteral("clusters-undone"));

        // A correction cannot be undone twice, and a bad request loses nothing and says why.
        QSignalSpy failed(m_corrections.get(), &ClusterCorrectionController::failed);
        m_corrections->undo(m_ids[0], QStringLiteral("again"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(failed.front().front().toString().contains(QStringLiteral("no correction")));
    }

    void everyChangeIsAuditedWithItsPerson()
    {
        pqxx::connection c(m_ownerUrl.toStdString());
        pqxx::read_transaction tx(c);
        const auto rows = tx.exec("SELECT actor, action, details->>'person', details->>'reason',"
                                  " (details->>'correction_id')::bigint FROM audit_log ORDER BY id");
        QCOMPARE(int(rows.size()), 4);
        const char *actions[] = {"cluster_merge", "cluster_split", "cluster_undo", "cluster_undo"};
        const char *reasons[] = {"one gas surge", "two coins after all", "split was wrong",
                                 "back to the analysis"};
        const qint64 ids[] = {m_ids[0], m_ids[1], m_ids[1], m_ids[0]};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(QString::fromStdString(rows[i][0].as<std::string>()), QStringLiteral("commander"));
            QCOMPARE(rows[i][1].as<std::string>(), std::string(actions[i]));
            QCOMPARE(QString::fromStdString(rows[i][2].as<std::string>()), QStringLiteral("Dana Commander"));
            QCOMPARE(rows[i][3].as<std::string>(), std::string(reasons[i]));
            QCOMPARE(rows[i][4].as<qint64>(), ids[i]);
        }
        QVERIFY(tx.exec1("SELECT pegboard_verify_audit_chain()")[0].is_null());
        // The console role cannot change corrections behind the audited functions' back.
        pqxx::connection console(m_url.toStdString());
        pqxx::work w(console);
        QVERIFY_THROWS_EXCEPTION(pqxx::insufficient_privilege,
                                 w.exec("UPDATE cluster_corrections SET undone_at = NULL"));
    }
};

QTEST_MAIN(TestClusterCorrections)
#include "tst_clustercorrections.moc"
