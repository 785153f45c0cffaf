#include "console/analysiscontroller.h"
#include "console/consoleapp.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/mainwindow.h"
#include "console/replaycontroller.h"
#include "console/riskmonitor.h"
#include "dataset/bundledataset.h"
#include "dataset/recordedfeeds.h"
#include "domain/feedseries.h"
#include "engineeringperspective.h"
#include "issuedetailview.h"
#include "itemmodels/issuetablemodel.h"
#include "operationsperspective.h"
#include "pegboardprocess.h"
#include "pegchartview.h"
#include "replaypegchart.h"
#include "riskpanel.h"
#include "testcluster.h"
#include "timelinebar.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pegboard;

// The console on a review bundle with no store at all (the cluster that exported it is stopped
// before the console starts): title, read-only detail, and the replay driven to three moments —
// at each, the reports listed are exactly those received by then, the peg chart ends there, the
// markers are the symbol's reports known by then, the readout gives risk and P(oracle failure), and
// the Operations risk panel shows the score RiskScore gives the context recorded at T.
class TestBundleConsole : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bundle;
    std::unique_ptr<ConsoleApp> m_app;
    const QDateTime m_from = QDateTime::fromString(QStringLiteral("2026-11-22T00:00:00Z"), Qt::ISODate);
    const QDateTime m_to = QDateTime::fromString(QStringLiteral("2026-11-29T00:00:00Z"), Qt::ISODate);

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PEGBOARD_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(dir);
        m_app->window()->grab().save(dir + QStringLiteral("/bundleconsole-%1.png").arg(name));
    }

    // What the bundle itself says was received before T.
    qsizetype receivedBefore(const QDateTime &t)
    {
        auto bundle = BundleDataset::open(m_bundle);
        IssueQuery q;
        q.from = m_from;
        q.to = m_to;
        q.receivedBefore = t;
        q.limit = 1000000;
        auto rows = (*bundle)->query(q);
        return rows ? rows->size() : -1;
    }

    void checkMoment(const QDateTime &t, const QString &name)
    {
        TimelineBar *timeline = m_app->timeline();
        QCOMPARE(timeline->position(), t);
        // The newest reports known at T, as many as a replayed list holds.
        const qsizetype expected = std::min<qsizetype>(receivedBefore(t), ConsoleController::ReplayListLimit);
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(m_issueModel->rowCount()), expected, 10000);
        for (int row = 0; row < m_issueModel->rowCount(); ++row)
            QVERIFY(m_issueModel->issueAt(row).receivedAt < t);
        // The peg chart runs to T, not beyond.
        PegChartView *chart = m_app->replayChart()->chart();
        chart->redrawNow();
        QVERIFY(chart->drawnPointCount() > 0);
        QVERIFY2(chart->viewToMs() <= t.toMSecsSinceEpoch() + 60000, qPrintable(name));
        for (const ReplayPegChart::Marker &m : m_app->replayChart()->markers())
            QVERIFY(m.timestampMs <= t.toMSecsSinceEpoch());
        QVERIFY(timeline->findChild<QLabel *>(QStringLiteral("timelineReadout"))
                    ->text()
                    .contains(QStringLiteral("10")));
        checkRiskPanel(t);
        screenshot(name);
    }

    // The risk panel at T against RiskScore on the bundle's own feeds at T, read here apart from the
    // console (the settings' weights, the recorded context, how long the peg had been off by then).
    void checkRiskPanel(const QDateTime &t)
    {
        if (!m_feeds) {
            auto bundle = BundleDataset::open(m_bundle);
            QVERIFY(bundle);
            auto samples =
                (*bundle)->feedSamples({}, m_from.toMSecsSinceEpoch(), m_to.toMSecsSinceEpoch() + 1);
            QVERIFY(samples && !samples->empty());
            m_feeds = std::make_unique<RecordedFeeds>(std::move(*samples));
        }
        RiskScore score;
        QVERIFY(score.setConfig(m_app->services()->risk()->config()));
        const QString usdc = QStringLiteral("USDC");
        const RiskScore::Assessment expected =
            score.assess(m_feeds->contextAt(usdc, t.toMSecsSinceEpoch()), t,
                         m_feeds->secondsPast(FeedSeries::price(usdc), t.toMSecsSinceEpoch(),
                                              score.config().escalation.pegCriticalBps));
        QVERIFY(expected.factors[RiskScore::PegRisk].known); // a measured score, not the default 5
        const RiskScore::Assessment &shown = m_app->services()->risk()->latest();
        QCOMPARE(shown.at, t);
        QCOMPARE(shown.score, expected.score);
        for (int f = 0; f < RiskScore::FactorCount; ++f)
            QCOMPARE(shown.factors[size_t(f)].score, expected.factors[size_t(f)].score);
        RiskPanel *panel = m_app->window()->operations()->riskPanel();
        QVERIFY(panel->isReplaying());
        QVERIFY2(panel->scoreText().contains(QLocale().toString(expected.score, 'f', 1)),
                 qPrintable(panel->scoreText()));
        QVERIFY(panel->replayText().contains(QLocale().toString(t, QLocale::ShortFormat)));
        m_scores.insert(expected.score);
    }

    IssueTableModel *m_issueModel = nullptr;
    std::unique_ptr<RecordedFeeds> m_feeds;
    QSet<double> m_scores;

private slots:
    void initTestCase()
    {
        {
            test::TestCluster pg;
            QVERIFY2(pg.start(), qPrintable(pg.error()));
            const QString url = pg.freshDatabase();
            auto run = test::runPegboard({QStringLiteral("generate"), QStringLiteral("--db"), url,
                                          QStringLiteral("--issues"), QStringLiteral("4000"),
                                          QStringLiteral("--days"), QStringLiteral("10"),
                                          QStringLiteral("--seed"), QStringLiteral("11"),
                                          QStringLiteral("--end"), QStringLiteral("2026-11-30T00:00:00Z")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            // A generated history is received all at once when it is generated; a real one arrives
            // as it happens, seconds to minutes after each report.
            pg.exec(url, QStringLiteral("UPDATE stablecoin_issues SET received_at = reported_timestamp + "
                                        "(get_byte(decode(md5(id::text), 'hex'), 0) * interval '1 second')"));
            m_bundle = m_dir.filePath(QStringLiteral("incident.pgbundle"));
            run = test::runPegboard({QStringLiteral("bundle"), QStringLiteral("export"),
                                     QStringLiteral("--db"), url, QStringLiteral("--from"),
                                     m_from.toString(Qt::ISODate), QStringLiteral("--to"),
                                     m_to.toString(Qt::ISODate), QStringLiteral("-o"), m_bundle});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(pg.cluster().stop());
        } // the cluster and its files are gone: the console has no store to fall back on

        m_app = std::make_unique<ConsoleApp>();
        m_issueModel = m_app->services()->controller()->issues();
        QSignalSpy opened(m_app.get(), &ConsoleApp::bundleOpened);
        QSignalSpy ready(m_app->replay(), &ReplayController::ready);
        ConsoleApp::Options options;
        options.bundle = m_bundle;
        m_app->start(options);
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 60000);
    }

    void titleAndReadOnlyDetail()
    {
        const QString title = m_app->window()->windowTitle();
        QVERIFY2(title.contains(QStringLiteral("incident.pgbundle")) &&
                     title.contains(QStringLiteral("2026-11-22 00:00")) &&
                     title.contains(QStringLiteral("2026-11-29 00:00")),
                 qPrintable(title));
        IssueDetailView *detail = m_app->window()->engineering()->detailView();
        QVERIFY(!detail->changesDisabledReason().isEmpty());
        for (QPushButton *button : detail->findChildren<QPushButton *>())
            if (button->text().contains(QStringLiteral("cknowledge")))
                QVERIFY(!button->isEnabled());
    }

    void replayToThreeMoments()
    {
        TimelineBar *timeline = m_app->timeline();
        // The analysis of the bundle (heatmap, clusters) is done, so the incident start is known.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->services()->analysis()->issueCount() > 0 &&
                                     !m_app->services()->analysis()->isBusy(),
                                 120000);

        const QDateTime early = m_from.addSecs(36 * 3600);
        timeline->seek(early);
        checkMoment(early, QStringLiteral("1-early"));
        const qsizetype earlyRows = m_issueModel->rowCount();

        timeline->jumpToIncidentStart();
        const QDateTime incident = timeline->position();
        QVERIFY(incident > m_from && incident <= m_to);
        checkMoment(incident, QStringLiteral("2-incident-start"));

        timeline->seek(m_to);
        checkMoment(m_to, QStringLiteral("3-end"));
        QVERIFY(m_issueModel->rowCount() > earlyRows);
        QVERIFY(m_app->replayChart()->markerCount() > 0);

        // Back in time again: the list shrinks to what was known then.
        timeline->seek(early);
        checkMoment(early, QStringLiteral("4-back-early"));
        QCOMPARE(m_issueModel->rowCount(), earlyRows);
        QVERIFY(earlyRows > 0);
        // The panel moved with T: the moments did not all read the same.
        QVERIFY2(m_scores.size() >= 2, "the risk panel read the same at every moment");

        // A marker opens its report in the detail view.
        timeline->seek(m_to);
        QTRY_VERIFY(m_app->replayChart()->markerCount() > 0);
        const ReplayPegChart::Marker marker = m_app->replayChart()->markers().back();
        emit m_app->replayChart()->reportClicked(marker.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->window()->engineering()->detailView()->issueId(), marker.id, 10000);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TestBundleConsole)
#include "tst_bundleconsole.moc"
