// The console with N reports loaded (default 1,000,000): a 10 ms watchdog timer on the GUI thread
// records the longest gap between its ticks while the store comes up, the reports and the
// analysis load, the filter changes and a heatmap cell is drilled into (`bench_gui_stall [issues]
// [store-url]`: without a URL, a new cluster with article-shaped reports). The baseline is the same
// watchdog over an idle event loop in the same process, which shows what the machine itself adds.
// Prints {"bench":"gui_stall",…} last.
#include "console/analysiscontroller.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/mainwindow.h"
#include "engineeringperspective.h"
#include "filterbar.h"
#include "heatmapview.h"
#include "issuefactory.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "itemmodels/issuetablemodel.h"
#include "store/bulkloader.h"
#include "testcluster.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace pegboard;

namespace {
class Watchdog
{
public:
    explicit Watchdog(int intervalMs)
        : m_interval(intervalMs)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_maxGapNs = std::max(m_maxGapNs, now - m_last);
                // Each long stall is logged with its time, so it can be matched to a stage, and
                // with the monotonic clock's, so it can be matched to a profile (perf -k monotonic).
                if (now - m_last > qint64(m_interval + 30) * 1000000) {
                    timespec mono{};
                    clock_gettime(CLOCK_MONOTONIC, &mono);
                    std::fprintf(stderr, "%6.1f s  GUI stall %.1f ms (ended at monotonic %lld.%06ld)\n",
                                 now / 1e9, (now - m_last) / 1e6 - m_interval,
                                 static_cast<long long>(mono.tv_sec), mono.tv_nsec / 1000);
                }
            }
            m_last = now;
        });
        m_timer.setTimerType(Qt::PreciseTimer);
    }
    void start()
    {
        m_maxGapNs = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start(m_interval);
    }
    // The longest the GUI thread was unavailable beyond the timer's own period.
    double maxStallMs() const { return std::max(0.0, m_maxGapNs / 1e6 - m_interval); }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_maxGapNs = 0;
};

// Runs the event loop until done() or the deadline; returns whether done() became true.
template<typename F> bool spinUntil(F done, int timeoutMs)
{
    // An event loop that quits when done() holds, checked on a timer (not a busy loop: the
    // watchdog must measure the console, not this driver).
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PegboardBench"));
    QSettings().clear();
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;

    // A store given as the second argument is used as it is (it must hold `rows` reports): one
    // generated history measured run after run instead of loading a new one each time.
    QString url = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    test::TestCluster pg;
    if (url.isEmpty()) {
        if (!pg.start()) {
            std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(pg.error()));
            return 1;
        }
        url = pg.freshDatabase();
        std::fprintf(stderr, "loading %d reports…\n", rows);
        for (int start = 0; start < rows; start += 100000) {
            const QList<Issue> chunk =
                test::articleIssues(std::min(100000, rows - start), quint32(1 + start / 100000));
            auto loaded =
                BulkLoader(url).load(std::span<const Issue>(chunk.constData(), size_t(chunk.size())));
            if (!loaded || loaded->inserted != chunk.size()) {
                std::fprintf(stderr, "load failed: %s\n",
                             loaded ? "duplicate reports" : qPrintable(loaded.error().message));
                return 1;
            }
        }
    }

    Watchdog watchdog(10);
    // Baseline: the idle event loop for two seconds.
    watchdog.start();
    spinUntil([] { return false; }, 2000);
    const double idleStall = watchdog.maxStallMs();

    ConsoleServices services;
    ConsoleSession &session = *services.session();
    ConsoleController &controller = *services.controller();
    AnalysisController &analysis = *services.analysis();
    MainWindow window(&services);
    window.filterBar()->setPreset(FilterBar::AllTime);
    window.show();
    QElapsedTimer clock;
    // When each view first has something to show, counted from session.start().
    double heatmapSeconds = -1, findingsSeconds = -1, tableSeconds = -1;
    auto firstSeen = [&clock](double &at, QAbstractItemModel *model, const char *what) {
        auto check = [&at, &clock, model, what] {
            if (at < 0 && model->rowCount() > 0) {
                at = clock.elapsed() / 1000.0;
                std::fprintf(stderr, "%6.1f s  %s visible (%d rows)\n", at, what, model->rowCount());
            }
        };
        QObject::connect(model, &QAbstractItemModel::modelReset, check);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, check);
    };
    firstSeen(heatmapSeconds, analysis.heatmap(), "heatmap");
    // Findings arrive with the heatmap (the same part); the generated history may have none, so
    // "visible" is when the findings list was filled, empty or not.
    QObject::connect(analysis.findings(), &QAbstractItemModel::modelReset, [&] {
        if (findingsSeconds < 0)
            findingsSeconds = clock.elapsed() / 1000.0;
    });
    firstSeen(tableSeconds, controller.issues(), "reports table");
    double criticalSeconds = -1;
    firstSeen(criticalSeconds, controller.openCritical(), "open critical table");
    QObject::connect(&controller, &ConsoleController::summaryChanged, [&clock] {
        std::fprintf(stderr, "%6.1f s  impact summary in\n", clock.elapsed() / 1000.0);
    });
    QObject::connect(&analysis, &AnalysisController::finished, [&clock](qint64 issues, qint64) {
        std::fprintf(stderr, "%6.1f s  analysis of %lld reports done\n", clock.elapsed() / 1000.0, issues);
    });
    QObject::connect(&analysis, &AnalysisController::progress, [&clock](int percent, const QString &stage) {
        std::fprintf(stderr, "%6.1f s  analysis %3d%%  %s\n", clock.elapsed() / 1000.0, percent,
                     qPrintable(stage));
    });
    watchdog.start();
    clock.start();
    session.start(url);
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] {
        std::fprintf(stderr, "%6.1f s  %lld reports analysed, %d in the table, analysis %s\n",
                     clock.elapsed() / 1000.0, analysis.issueCount(), controller.issues()->rowCount(),
                     analysis.isBusy() ? "busy" : "idle");
    });
    report.start(10000);
    bool ok = spinUntil([&] { return controller.issues()->rowCount() > 0; }, 600000);
    ok = ok && spinUntil([&] { return analysis.issueCount() >= rows && !analysis.isBusy(); }, 1800000);
    std::fprintf(stderr, "%6.1f s  console loaded: %lld reports analysed, %d in the table\n",
                 clock.elapsed() / 1000.0, analysis.issueCount(), controller.issues()->rowCount());
    const double analysisSeconds = clock.elapsed() / 1000.0;
    if (!ok) {
        std::fprintf(stderr, "the console did not finish loading\n");
        return 1;
    }
    // A drill-down into the fullest heatmap cell, then back, then a filter change (full reload).
    QModelIndex best;
    auto *heat = analysis.heatmap();
    for (int r = 0; r < heat->rowCount(); ++r)
        for (int c = 0; c < heat->columnCount(); ++c)
            if (!best.isValid() || heat->index(r, c).data(HeatmapModel::CountRole).toLongLong() >
                                       best.data(HeatmapModel::CountRole).toLongLong())
                best = heat->index(r, c);
    // As a click on the cell does: the cell's reports are found off the GUI thread, then listed.
    QElapsedTimer cellClock;
    cellClock.start();
    qsizetype drilled = -1;
    QObject::connect(&analysis, &AnalysisController::cellDrilled,
                     [&drilled](int, int, const QList<QUuid> &ids, qsizetype) { drilled = ids.size(); });
    emit window.engineering()->heatmapView()->cellActivated(best);
    spinUntil([&] { return drilled >= 0 && controller.issues()->rowCount() == drilled; }, 600000);
    std::fprintf(stderr, "%6.1f s  drill-down shows %d reports after %lld ms; %d finding(s)\n",
                 clock.elapsed() / 1000.0, controller.issues()->rowCount(), cellClock.elapsed(),
                 analysis.findings()->rowCount());
    controller.showAll();
    std::fprintf(stderr, "%6.1f s  back to all reports\n", clock.elapsed() / 1000.0);
    // A window the generated reports (2025) are outside of: a full reload that empties every view.
    window.filterBar()->setPreset(FilterBar::Last30Days);
    spinUntil([&] { return analysis.isBusy(); }, 5000);
    spinUntil([&] { return !analysis.isBusy(); }, 1800000);
    std::fprintf(stderr, "%6.1f s  filter change analysed; showing each perspective\n",
                 clock.elapsed() / 1000.0);
    for (int i = 0; i < window.perspectiveCount(); ++i) {
        window.showPerspective(i);
        QCoreApplication::processEvents();
        std::fprintf(stderr, "%6.1f s  perspective %d shown\n", clock.elapsed() / 1000.0, i);
    }
    const double stall = watchdog.maxStallMs();
    std::printf("{\"bench\":\"gui_stall\",\"issues\":%d,\"max_gui_stall_ms\":%.1f,\"idle_max_stall_ms\":%.1f,"
                "\"drilldown_rows\":%lld,\"heatmap_visible_s\":%.1f,\"findings_visible_s\":%.1f,"
                "\"table_visible_s\":%.1f,\"load_and_analysis_s\":%.1f,\"target_ms\":50,"
                "\"targets\":{\"heatmap_and_findings_s\":5,\"table_s\":2,\"analysis_s\":20}}\n",
                rows, stall, idleStall, qint64(drilled), heatmapSeconds, findingsSeconds, tableSeconds,
                analysisSeconds);
    std::fflush(stdout);
    return 0;
}
