#include "listwiring.h"

#include "analysiscontroller.h"
#include "consolecontroller.h"
#include "consoleservices.h"
#include "csvexportcontroller.h"
#include "domain/numberformat.h"
#include "engineeringperspective.h"
#include "exporter.h"
#include "filterbar.h"
#include "listcapbanner.h"
#include "opencriticalpanel.h"
#include "operationsperspective.h"
#include "progresscancel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QToolButton>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ListWiring", text);
}
} // namespace

void installListCaps(QMainWindow *window, EngineeringPerspective *engineering,
                     OperationsPerspective *operations, ConsoleServices *services, FilterBar *filter)
{
    ConsoleController *controller = services->controller();
    AnalysisController *analysis = services->analysis();
    CsvExportController *exports = services->exports();
    ListCapBanner *banner = engineering->listCapBanner();

    QPointer<FilterBar> source(filter);
    Exporter::setFilterSource([source] { return source ? source->query() : IssueQuery{}; });

    QObject::connect(controller, &ConsoleController::listCountsChanged, banner,
                     [banner, controller](qint64 listed, qint64 total) {
                         banner->setCounts(listed, total, controller->canLoadMore(),
                                           controller->canLoadMore() || controller->isDrillDown());
                     });
    QObject::connect(banner, &ListCapBanner::loadMoreRequested, controller, &ConsoleController::loadMore);
    QObject::connect(banner, &ListCapBanner::showAllRequested, controller, [controller, analysis] {
        // A drill-down lists the newest of its reports: all of them is the whole selection.
        if (controller->isDrillDown())
            controller->showIssues(analysis->allIdsOfLastDrill(), analysis->lastDrillTotal());
        else
            controller->loadAll();
    });

    // Root causes are clustered among the newest reports: the panel says how many of how many.
    QObject::connect(
        analysis, &AnalysisController::finished, engineering, [engineering](qint64 issues, qint64) {
            engineering->setClusterCoverage(
                std::min<qint64>(issues, qint64(AnalysisController::MaxClusteredReports)), issues);
        });

    // The open critical list is capped like the report list (newest first), and offers the rest
    // the same way; its CSV is every open critical report of the filter, not the folded rows.
    OpenCriticalPanel *critical = operations->openCriticalPanel();
    ListCapBanner *criticalCap = critical->capBanner();
    QObject::connect(
        controller, &ConsoleController::criticalCountsChanged, criticalCap,
        [criticalCap](qint64 listed, qint64 total) { criticalCap->setCounts(listed, total, true); });
    QObject::connect(criticalCap, &ListCapBanner::loadMoreRequested, controller,
                     &ConsoleController::loadMoreCritical);
    QObject::connect(criticalCap, &ListCapBanner::showAllRequested, controller,
                     &ConsoleController::loadAllCritical);

    auto *progress = new ProgressCancel(tr("Export %p%"), tr("Cancel export"), window);
    progress->cancelButton()->setObjectName(QStringLiteral("cancelExportButton"));
    window->statusBar()->addPermanentWidget(progress);
    QObject::connect(progress, &ProgressCancel::cancelRequested, exports, &CsvExportController::cancel);
    QObject::connect(exports, &CsvExportController::busyChanged, progress, &ProgressCancel::setBusy);
    QObject::connect(exports, &CsvExportController::progress, progress, &ProgressCancel::setProgress);
    QObject::connect(exports, &CsvExportController::finished, window,
                     [window](const QString &path, qint64 rows) {
                         window->statusBar()->showMessage(
                             tr("Exported %1 reports to %2")
                                 .arg(NumberFormat::count(rows), QDir::toNativeSeparators(path)),
                             30000);
                     });
    QObject::connect(exports, &CsvExportController::failed, window, [window](const QString &message) {
        window->statusBar()->showMessage(tr("Export failed: %1").arg(message), 30000);
    });
    // Both lists' exports stream their whole query from the store (CsvExportController).
    const auto exportTo = [window, controller, exports, source](const QString &subject, const QString &title,
                                                                const IssueQuery &query, qint64 expected) {
        const QString name = Exporter::fileName(subject, source ? source->query() : IssueQuery{},
                                                QDateTime::currentDateTimeUtc(), QStringLiteral("csv"));
        const QString path = QFileDialog::getSaveFileName(window, title, name, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exports->start(controller->opener(), query, path, expected);
    };
    QObject::connect(engineering, &EngineeringPerspective::exportReportsRequested, window,
                     [controller, exportTo] {
                         exportTo(QStringLiteral("reports"), tr("Export all reports in the filter"),
                                  controller->listQuery(), controller->totalCount());
                     });
    QObject::connect(critical, &OpenCriticalPanel::exportAllRequested, window, [controller, exportTo] {
        exportTo(QStringLiteral("open-critical"), tr("Export all open critical reports in the filter"),
                 controller->criticalQuery(), controller->criticalTotalCount());
    });
}

} // namespace pegboard
