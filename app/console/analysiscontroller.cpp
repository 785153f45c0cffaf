#include "console/analysiscontroller.h"

#include "analysis/condition.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>

namespace pegboard {

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_heatmap(new HeatmapModel(this))
    , m_findings(new FindingsModel(this))
    , m_clusters(new ClusterModel(this))
    , m_forecast(new ForecastModel(this))
{
    connect(&m_watcher, &QFutureWatcher<AnalysisPartPtr>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<AnalysisPartPtr>::resultReadyAt, this, &AnalysisController::onPart);
    connect(&m_watcher, &QFutureWatcher<AnalysisPartPtr>::finished, this, &AnalysisController::onFinished);
}

AnalysisController::~AnalysisController()
{
    // Only a running analysis is waited for: after takeResult() the finished future is invalid,
    // and waiting on an invalid future never returns.
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void AnalysisController::setUrl(const QString &url)
{
    m_url = url;
    run(false);
}

void AnalysisController::setWindow(const QDateTime &from, const QDateTime &to)
{
    // The same window again (a filter change that left the time alone) neither restarts an analysis
    // in flight nor repeats a finished one.
    if (from == m_from && to == m_to && (m_snapshot || m_watcher.isRunning()))
        return;
    m_from = from;
    m_to = to;
    run(false);
}

void AnalysisController::appendNew()
{
    run(m_snapshot != nullptr);
}

void AnalysisController::cancel()
{
    m_pendingFull = m_pendingIncremental = false;
    m_watcher.cancel();
}

void AnalysisController::run(bool incremental)
{
    if (m_url.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // One analysis at a time; the newest request runs when this one is done.
        (incremental ? m_pendingIncremental : m_pendingFull) = true;
        if (!incremental)
            m_watcher.cancel();
        return;
    }
    AnalysisRun::Request request;
    request.url = m_url;
    request.window.from = m_from;
    request.window.to = m_to;
    request.previous = incremental ? m_snapshot : nullptr;
    // New reports alone do not retrain: a full analysis (new window, first load) does.
    request.trainPredictor = !incremental || !m_model;
    request.haveModel = m_model.has_value();
    request.modelPath = m_modelPath;
    if (!incremental)
        m_complete = false;
    // The finished run's parts may hold the last reference to a million-row snapshot: they are
    // let go on the pool, not here.
    QFuture<AnalysisPartPtr> previous = m_watcher.future();
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(
        [request](QPromise<AnalysisPartPtr> &promise) { AnalysisRun::run(promise, request); }));
    if (previous.resultCount() > 0)
        (void)QtConcurrent::run([old = std::move(previous)] { Q_UNUSED(old); });
}

void AnalysisController::release(std::shared_ptr<const Snapshot> &snapshot)
{
    // Freeing a million-row snapshot (its titles and bodies) takes long enough to stall the GUI;
    // it is released on the pool instead.
    if (snapshot && snapshot.use_count() == 1)
        (void)QtConcurrent::run([old = std::move(snapshot)]() mutable { old.reset(); });
    snapshot.reset();
}

void AnalysisController::onPart(int index)
{
    if (m_watcher.isCanceled())
        return;
    const AnalysisPartPtr part = m_watcher.future().resultAt(index);
    if (!part)
        return;
    if (part->kind != AnalysisPart::Final || part->snapshot) {
        if (!part->snapshot) {
            emit failed(part->error.message);
            return;
        }
        release(m_snapshot);
        m_snapshot = part->snapshot;
        m_complete = part->kind == AnalysisPart::Full;
        m_heatmap->setResult(part->heatmap);
        m_findings->setFindings(part->findings);
        emit partReady(qint64(m_snapshot->size()), m_complete);
        return;
    }
    release(m_clusterSnapshot);
    m_clusterSnapshot = part->clusterSnapshot;
    m_clusters->setClusters(part->clustering.clusters);
    m_forecast->setPlan(part->plan);
    if (part->model) {
        m_model = part->model;
        emit modelReady(*m_model);
    }
    if (!part->modelError.isEmpty())
        emit modelFailed(part->modelError);
    emit finished(part->analysedRows, part->elapsedMs);
}

void AnalysisController::onFinished()
{
    if (m_pendingFull || m_pendingIncremental) {
        const bool incremental = !m_pendingFull && m_snapshot;
        m_pendingFull = m_pendingIncremental = false;
        run(incremental);
        return;
    }
    emit busyChanged(false);
}

QList<QUuid> AnalysisController::ids(const std::vector<std::uint32_t> &rows, const Snapshot *snapshot) const
{
    QList<QUuid> out;
    if (!snapshot)
        return out;
    // A drill-down shows the newest reports first and at most a table's worth: a cell of half a
    // million reports is read by its newest, not fetched whole.
    std::vector<std::uint32_t> newest;
    newest.reserve(rows.size());
    for (std::uint32_t row : rows) {
        if (row < snapshot->ids.size())
            newest.push_back(row);
    }
    const auto newer = [snapshot](std::uint32_t a, std::uint32_t b) {
        return snapshot->reportedMs[a] > snapshot->reportedMs[b];
    };
    if (newest.size() > MaxDrillDown) {
        std::nth_element(newest.begin(), newest.begin() + MaxDrillDown, newest.end(), newer);
        newest.resize(MaxDrillDown);
    }
    std::sort(newest.begin(), newest.end(), newer);
    out.reserve(qsizetype(newest.size()));
    for (std::uint32_t row : newest)
        out.append(snapshot->ids[row]);
    return out;
}

QList<QUuid> AnalysisController::idsInCell(int row, int column) const
{
    const HeatmapCell *cell = m_heatmap->cellAt(m_heatmap->index(row, column));
    if (!cell || !m_snapshot)
        return {};
    const auto &result = m_heatmap->result();
    return ids(CorrelationHeatmap::rowsInCell(*m_snapshot, result.conditions[size_t(cell->condition)],
                                              cell->bucket, cell->type),
               m_snapshot.get());
}

QList<QUuid> AnalysisController::idsOfCluster(int row) const
{
    const RootCauseCluster *cluster = m_clusters->clusterAt(row);
    return cluster ? ids(cluster->rows, m_clusterSnapshot.get()) : QList<QUuid>();
}

QList<QUuid> AnalysisController::idsOfFinding(int row) const
{
    const Finding *finding = m_findings->findingAt(row);
    return finding ? ids(finding->rows, m_snapshot.get()) : QList<QUuid>();
}

} // namespace pegboard
