#include "analysis/correlationheatmap.h"
#include "analysis/maintenanceplanner.h"
#include "analysis/patternfinder.h"
#include "analysis/riskscore.h"
#include "analysis/rootcauseclusterer.h"
#include "analysis/snapshot.h"
#include "heatmapview.h"
#include "issuefactory.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "maintenancecalendar.h"
#include "report/icswriter.h"
#include "riskcolors.h"
#include "riskpanel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

class TestAnalysisViews : public QObject
{
    Q_OBJECT
    Snapshot m_snapshot;
    QTemporaryDir m_dir;

    QString artifact(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

private slots:
    void initTestCase()
    {
        const QList<Issue> issues = test::articleIssues(4000);
        m_snapshot =
            Snapshot::fromIssues(std::span<const Issue>(issues.constData(), size_t(issues.size())), true);
        QCOMPARE(m_snapshot.size(), 4000u);
    }

    void clusterAndFindingModelsPassTheTester()
    {
        ClusterModel clusters;
        QAbstractItemModelTester t1(&clusters, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ClusteringResult result = RootCauseClusterer::cluster(m_snapshot);
        const size_t expected = result.clusters.size();
        clusters.setClusters(result.clusters);
        QCOMPARE(size_t(clusters.rowCount()), expected);
        if (expected > 0) {
            QCOMPARE(clusters.index(0, ClusterModel::Size).data(ClusterModel::SortRole).toLongLong(),
                     qint64(result.clusters[0].rows.size()));
            QCOMPARE(clusters.index(0, ClusterModel::Title).data().toString(),
                     result.clusters[0].representativeTitle);
            // Each cluster says why, in words, with its cohesion.
            const QString why = clusters.index(0, ClusterModel::Why).data().toString();
            QVERIFY(why.contains(QLocale().toString(result.clusters[0].explanation.cohesion, 'f', 2)));
            QCOMPARE(clusters.index(0, ClusterModel::Why).data(ClusterModel::CohesionRole).toDouble(),
                     result.clusters[0].explanation.cohesion);
        }
        FindingsModel findings;
        QAbstractItemModelTester t2(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Finding f;
        f.type = QStringLiteral("oracle_failure");
        f.sentence = QStringLiteral("61% of oracle failures fall on Wednesdays");
        f.lift = 4.2;
        f.count = 61;
        f.typeTotal = 100;
        findings.setFindings({f});
        QCOMPARE(findings.index(0).data().toString(), f.sentence);
        QVERIFY(findings.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("61 of 100")));
    }

    void forecastModelAndCalendarShowWindowsAndExportIcs()
    {
        ForecastModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 from = QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const MaintenancePlanner::Plan plan = MaintenancePlanner::plan(m_snapshot, from, RiskScore());
        QCOMPARE(plan.hours.size(), 14u * 24u);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.columnCount(), 24);
        QCOMPARE(model.index(0, 5).data(ForecastModel::RiskRole).toDouble(), plan.hours[5].risk);
        QVERIFY(model.dayRisk(QDate(2025, 7, 1)) >= 0);
        QVERIFY(model.dayRisk(QDate(2025, 8, 1)) < 0);

        MaintenanceCalendar calendar(&model);
        calendar.resize(900, 420);
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        QVERIFY(calendar.grab().save(artifact(QStringLiteral("maintenance-calendar.png"))));
        if (plan.windows.empty())
            QSKIP("the generated history has no window below 3.0");
        const QDate day = QDateTime::fromMSecsSinceEpoch(plan.windows.front().fromMs, Qt::UTC).date();
        calendar.showDay(day);
        QVERIFY(calendar.windowsOfDay().first().contains(QLatin1String("UTC")));
        const QString path = m_dir.filePath(QStringLiteral("w.ics"));
        QCOMPARE(calendar.exportWindow(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.contains("BEGIN:VEVENT"));
        QVERIFY(ics.contains("DTSTART:" + QDateTime::fromMSecsSinceEpoch(plan.windows.front().fromMs, Qt::UTC)
                                              .toString("yyyyMMdd'T'HHmmss'Z'")
                                              .toLatin1()));
    }

    void icsEscapesAndFolds()
    {
        const QByteArray ics = IcsWriter::event(QDateTime(QDate(2025, 7, 2), QTime(1, 0), Qt::UTC),
                                                QDateTime(QDate(2025, 7, 2), QTime(4, 0), Qt::UTC),
                                                QStringLiteral("Window; low risk, quiet"),
                                                {QString(120, QLatin1Char('x'))}, QStringLiteral("uid-1"));
        QVERIFY(ics.contains("SUMMARY:Window\\; low risk\\, quiet\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets plus the CR
        QVERIFY(ics.contains("DTEND:20250702T040000Z"));
    }

    void riskPanelShowsScoreAndActions()
    {
        RiskScore score;
        ContextSnapshot calm;
        calm.setPegDeviationBps(1);
        calm.setGasPriceGwei(20);
        calm.setVolatilityIndex(0.01);
        calm.setCollateralRatio(1.5);
        calm.setOracleLastUpdate(QDateTime::currentDateTimeUtc());
        ContextSnapshot storm;
        storm.setPegDeviationBps(-300);
        storm.setGasPriceGwei(400);
        storm.setVolatilityIndex(0.3);
        storm.setCollateralRatio(1.01);
        storm.setOracleLastUpdate(QDateTime::currentDateTimeUtc().addSecs(-3600));
        RiskPanel panel;
        const auto quiet = score.assess(calm, QDateTime::currentDateTimeUtc());
        const auto loud = score.assess(storm, QDateTime::currentDateTimeUtc());
        QVERIFY(loud.score > quiet.score);
        panel.setAssessment(quiet);
        QVERIFY(panel.actionsText().contains(QLatin1String("no action")));
        panel.setAssessment(loud);
        QVERIFY(!loud.actions.isEmpty());
        QVERIFY(panel.actionsText().contains(loud.actions.last()));
        QVERIFY(panel.scoreText().contains(QLocale().toString(loud.score, 'f', 1)));
    }

    void heatmapViewDrillsDownByClickAndEnter()
    {
        HeatmapModel model;
        model.setResult(CorrelationHeatmap::compute(m_snapshot));
        HeatmapView view;
        view.setModel(&model);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &HeatmapView::cellActivated);
        const QModelIndex cell = model.index(1, 2);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(cell).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toModelIndex(), cell);
        view.setCurrentIndex(model.index(0, 0));
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Enter);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().at(0).toModelIndex(), model.index(1, 0));
        QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(view.grab().save(artifact(QStringLiteral("heatmap.png"))));
    }

    void colourScalesAreMonotoneAndReadable()
    {
        QCOMPARE(RiskColors::forLift(1.0), QColor(0xF7, 0xF7, 0xF7)); // neutral is near-white
        QVERIFY(RiskColors::forLift(4.0).lightness() < RiskColors::forLift(1.5).lightness());
        QVERIFY(RiskColors::forLift(0.25).lightness() < RiskColors::forLift(0.7).lightness());
        QCOMPARE(RiskColors::textOn(QColor(Qt::white)), QColor(Qt::black));
        QCOMPARE(RiskColors::textOn(RiskColors::forLift(4.0)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
