#include "console/analysiscontroller.h"

#include "analysis/condition.h"
#include "analysis/snapshotfilter.h"
#include "domain/backgroundpool.h"
#include "domain/threadpriority.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "itemmodels/poolrelease.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>
#include <utility>

namespace pegboard {

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_heatmap(new HeatmapModel(this))
    , m_findings(new FindingsModel(this))
    , m_clusters(new ClusterModel(this))
    , m_forecast(new ForecastModel(this))
{
    m_pool.setMaxThreadCount(1); // one analysis at a time (run() queues the next)
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::resultReadyAt, this, &AnalysisController::onResult);
    connect(&m_watcher, &QFutureWatcher<OutcomePtr>::finished, this, &AnalysisController::onFinished);
}

AnalysisController::~AnalysisController()
{
    // Only a running analysis is waited for: after takeResult() the finished future is invalid,
    // and waiting on an invalid future never returns.
    if (m_watcher.isRunning()) {
        if (m_cancel)
            *m_cancel = true;
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void AnalysisController::setDataset(const DatasetOpener &opener)
{
    m_opener = opener;
    m_model.reset(); // another dataset: its own model (loaded from the file, or trained on its feeds)
    release(m_snapshot);
    release(m_glance);
    release(m_window);
    run(false);
}

void AnalysisController::setWindow(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to && m_window)
        return;
    m_from = from;
    m_to = to;
    run(false);
}

void AnalysisController::setQuery(const IssueQuery &query)
{
    IssueQuery narrowing = query;
    narrowing.from = narrowing.to = QDateTime();
    narrowing.limit = IssueQuery().limit;
    const bool windowChanged = query.from != m_from || query.to != m_to;
    const bool filterChanged = !(narrowing == m_filter);
    m_filter = narrowing;
    m_from = query.from;
    m_to = query.to;
    if (windowChanged || !m_window)
        run(false);
    else if (filterChanged)
        run(true); // the loaded window, narrowed anew: appends what is new, no reload
}

void AnalysisController::reanalyse()
{
    run(false);
}

void AnalysisController::appendNew()
{
    run(m_window != nullptr);
}

void AnalysisController::cancel()
{
    m_pendingFull = m_pendingIncremental = false;
    if (m_cancel)
        *m_cancel = true;
    m_watcher.cancel();
}

void AnalysisController::run(bool incremental)
{
    if (!m_opener)
        return;
    if (m_busy) {
        // One analysis at a time; the newest request runs when this one is done.
        (incremental ? m_pendingIncremental : m_pendingFull) = true;
        if (!incremental && m_cancel)
            *m_cancel = true;
        return;
    }
    AnalysisPipeline::Options options;
    options.from = m_from;
    options.to = m_to;
    options.maxClusteredReports = MaxClusteredReports;
    options.previewReports = PreviewReports;
    options.trainingWindowMs = qint64(TrainingDays) * 24 * 3600 * 1000;
    // New reports alone do not retrain: a full analysis (new window, first load) does, and loads
    // the model file only when there is no model in memory yet.
    options.predictor = !incremental || !m_model;
    options.modelPath = m_modelPath;
    options.retrain = m_model.has_value();
    options.retrainOnUnreadableModel = true;
    options.filter = m_filter;
    const std::shared_ptr<const Snapshot> previous = incremental ? m_window : nullptr;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [opener = m_opener, options, previous, cancel = m_cancel](
                                                       QPromise<OutcomePtr> &promise) mutable {
        lowerThisThreadPriority(); // this pool runs nothing else
        QElapsedTimer clock;
        clock.start();
        auto out = std::make_shared<Outcome>();
        promise.setProgressRange(0, 100);
        options.cancel = cancel.get();
        options.progress = [&promise](int percent, const QString &stage) {
            promise.setProgressValueAndText(percent, stage);
        };
        // The heatmap and findings go to the screen as soon as they exist.
        int results = 0;
        options.partial = [&promise, &results](AnalysisPipeline::Run part) {
            auto early = std::make_shared<Outcome>();
            early->run = std::move(part);
            early->partial = true;
            promise.addResult(std::move(early), results++);
        };
        auto data = opener();
        if (!data) {
            out->error = data.error();
            promise.addResult(std::move(out), results);
            return;
        }
        auto run = AnalysisPipeline::run(**data, options, previous);
        if (!run) {
            if (run.error().code == Error::Code::Cancelled)
                return;
            out->error = run.error();
            promise.addResult(std::move(out), results);
            return;
        }
        out->run = std::move(run).value();
        out->elapsedMs = clock.elapsed();
        promise.addResult(std::move(out), results);
    }));
}

void AnalysisController::release(std::shared_ptr<const Snapshot> &snapshot)
{
    // Freeing a million-row snapshot (its titles and bodies) takes long enough to stall the GUI;
    // it is let go on the pool instead.
    if (snapshot)
        releaseOnPool(std::exchange(snapshot, nullptr));
}

void AnalysisController::onResult(int index)
{
    if (m_watcher.isCanceled() || (m_cancel && *m_cancel))
        return;
    // The result stays in the future's store: what it holds is moved out, so the store never
    // keeps a snapshot alive (and never frees one on this thread).
    const OutcomePtr out = m_watcher.future().resultAt(index);
    if (!out)
        return;
    if (!out->run)
        emit failed(out->error.message);
    else if (out->partial)
        applyPartial(*out->run);
    else
        applyFinal(*out);
    // What the models did not take (a part's window, the report's per-row labels) can be the last
    // reference to a snapshot: freed on the pool like the rest.
    if (out->run)
        releaseOnPool(std::exchange(out->run, std::nullopt));
}

void AnalysisController::applyPartial(AnalysisPipeline::Run &run)
{
    ++m_drillGeneration; // a cell asked of the previous heatmap is not this one's
    release(m_glance);
    m_glance = std::move(run.snapshot);
    m_heatmap->setResult(std::move(run.report.heatmap));
    m_findings->setFindings(std::move(run.report.findings));
}

void AnalysisController::applyFinal(Outcome &out)
{
    ++m_drillGeneration;
    release(m_snapshot);
    release(m_glance);
    release(m_window);
    m_snapshot = out.run->snapshot;
    m_glance = std::move(out.run->snapshot);
    m_window = std::move(out.run->window);
    AnalysisReport &r = out.run->report;
    m_heatmap->setResult(std::move(r.heatmap));
    m_findings->setFindings(std::move(r.findings));
    m_clusters->setClusters(std::move(r.clustering.clusters));
    m_forecast->setPlan(std::move(r.maintenance));
    const std::optional<PredictorStage::Model> model = r.model;
    // The previous report (its clusters' per-row labels) is let go on the pool too.
    releaseOnPool(std::exchange(m_report, std::move(r)));
    if (model) {
        m_model = model;
        emit modelReady(*m_model);
    }
    if (!out.run->modelError.isEmpty() && !model)
        emit modelFailed(out.run->modelError);
    emit finished(qint64(m_snapshot->size()), out.elapsedMs);
}

void AnalysisController::onFinished()
{
    m_busy = false; // only now: every result of the run has been applied
    if (m_pendingFull || m_pendingIncremental) {
        const bool incremental = !m_pendingFull && m_window;
        m_pendingFull = m_pendingIncremental = false;
        run(incremental);
        return;
    }
    emit busyChanged(false);
}

QList<QUuid> AnalysisController::allIdsOfLastDrill() const
{
    const std::vector<std::uint32_t> rows = m_lastDrill;
    // Weak: a drill-down of a snapshot the next analysis replaced offers nothing more.
    const std::shared_ptr<const Snapshot> snapshot = m_lastDrillSnapshot.lock();
    return ids(rows, snapshot, rows.size());
}

QList<QUuid> AnalysisController::ids(const std::vector<std::uint32_t> &rows,
                                     const std::shared_ptr<const Snapshot> &snapshotPtr,
                                     std::size_t limit) const
{
    m_lastDrill = rows;
    m_lastDrillSnapshot = snapshotPtr;
    return snapshotPtr ? newestIds(rows, *snapshotPtr, limit) : QList<QUuid>();
}

QList<QUuid> AnalysisController::newestIds(const std::vector<std::uint32_t> &rows, const Snapshot &snapshot,
                                           std::size_t limit)
{
    QList<QUuid> out;
    // A drill-down shows the newest reports first and at most a table's worth: a cell of half a
    // million reports is read by its newest, not fetched whole.
    std::vector<std::uint32_t> newest;
    newest.reserve(rows.size());
    for (std::uint32_t row : rows) {
        if (row < snapshot.ids.size())
            newest.push_back(row);
    }
    const auto newer = [&snapshot](std::uint32_t a, std::uint32_t b) {
        return snapshot.reportedMs[a] > snapshot.reportedMs[b];
    };
    if (newest.size() > limit) {
        std::nth_element(newest.begin(), newest.begin() + std::ptrdiff_t(limit), newest.end(), newer);
        newest.resize(limit);
    }
    std::sort(newest.begin(), newest.end(), newer);
    out.reserve(qsizetype(newest.size()));
    for (std::uint32_t row : newest)
        out.append(snapshot.ids[row]);
    return out;
}

QList<QUuid> AnalysisController::idsInCell(int row, int column) const
{
    const HeatmapCell *cell = m_heatmap->cellAt(m_heatmap->index(row, column));
    if (!cell || !m_glance)
        return {};
    const auto &result = m_heatmap->result();
    return ids(CorrelationHeatmap::rowsInCell(*m_glance, result.conditions[size_t(cell->condition)],
                                              cell->bucket, result.typeCodes[size_t(cell->type)]),
               m_glance);
}

void AnalysisController::requestCell(int row, int column)
{
    const int generation = ++m_drillGeneration;
    const HeatmapCell *cell = m_heatmap->cellAt(m_heatmap->index(row, column));
    if (!cell || !m_glance) {
        emit cellDrilled(row, column, ids({}, m_glance), 0);
        return;
    }
    const auto &result = m_heatmap->result();
    struct Drill
    {
        std::vector<std::uint32_t> rows;
        QList<QUuid> newest;
    };
    auto *watcher = new QFutureWatcher<Drill>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            // Weak: if a newer analysis let this snapshot go, its last reference must not be
            // dropped here, on the GUI thread.
            [this, watcher, generation, row, column, glance = std::weak_ptr<const Snapshot>(m_glance)] {
                watcher->deleteLater();
                if (generation != m_drillGeneration)
                    return;
                Drill drill = watcher->result();
                m_lastDrill = std::move(drill.rows);
                m_lastDrillSnapshot = glance;
                emit cellDrilled(row, column, drill.newest, lastDrillTotal());
            });
    watcher->setFuture(
        runInBackground([glance = m_glance, condition = result.conditions[size_t(cell->condition)],
                         bucket = cell->bucket, type = result.typeCodes[size_t(cell->type)]] {
            Drill drill;
            drill.rows = CorrelationHeatmap::rowsInCell(*glance, condition, bucket, type);
            drill.newest = newestIds(drill.rows, *glance, MaxDrillDown);
            return drill;
        }));
}

QList<QUuid> AnalysisController::idsOfCluster(int row) const
{
    const RootCauseCluster *cluster = m_clusters->clusterAt(row);
    return cluster ? ids(cluster->rows, m_snapshot) : QList<QUuid>();
}

QList<QUuid> AnalysisController::idsOfFinding(int row) const
{
    const Finding *finding = m_findings->findingAt(row);
    return finding ? ids(finding->rows, m_glance) : QList<QUuid>();
}

} // namespace pegboard
