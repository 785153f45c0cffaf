#include "console/analysiscontroller.h"

#include "analysis/condition.h"
#include "analysis/snapshotfilter.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"

#include <QElapsedTimer>
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
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisController::onFinished);
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
    release();
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

void AnalysisController::release()
{
    // Freeing a million-row snapshot (its titles and bodies) takes long enough to stall the GUI; old
    // ones are released on the pool instead.
    if (m_snapshot || m_window)
        (void)QtConcurrent::run([old = std::move(m_snapshot), window = std::move(m_window)]() mutable {
            old.reset();
            window.reset();
        });
    m_snapshot.reset();
    m_window.reset();
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
    if (m_watcher.isRunning()) {
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
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(
        [opener = m_opener, options, previous, cancel = m_cancel](QPromise<Outcome> &promise) mutable {
            QElapsedTimer clock;
            clock.start();
            Outcome out;
            promise.setProgressRange(0, 100);
            options.cancel = cancel.get();
            options.progress = [&promise](int percent, const QString &stage) {
                promise.setProgressValueAndText(percent, stage);
            };
            auto data = opener();
            if (!data) {
                out.error = data.error();
                promise.addResult(std::move(out));
                return;
            }
            auto run = AnalysisPipeline::run(**data, options, previous);
            if (!run) {
                if (run.error().code == Error::Code::Cancelled)
                    return;
                out.error = run.error();
                promise.addResult(std::move(out));
                return;
            }
            out.run = std::move(run).value();
            out.elapsedMs = clock.elapsed();
            promise.addResult(std::move(out));
        }));
}

void AnalysisController::onFinished()
{
    const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
    if (!cancelled) {
        // Moved out, not copied: the result holds the clusters' row lists.
        Outcome out = m_watcher.future().takeResult();
        if (!out.run) {
            emit failed(out.error.message);
        } else {
            release();
            m_snapshot = out.run->snapshot;
            m_window = out.run->window;
            AnalysisReport &r = out.run->report;
            m_heatmap->setResult(std::move(r.heatmap));
            m_findings->setFindings(std::move(r.findings));
            m_clusters->setClusters(std::move(r.clustering.clusters));
            m_forecast->setPlan(std::move(r.maintenance));
            const std::optional<PredictorStage::Model> model = r.model;
            m_report = std::move(r);
            if (model) {
                m_model = model;
                emit modelReady(*m_model);
            }
            if (!out.run->modelError.isEmpty() && !model)
                emit modelFailed(out.run->modelError);
            emit finished(qint64(m_snapshot->size()), out.elapsedMs);
        }
    }
    if (m_pendingFull || m_pendingIncremental) {
        const bool incremental = !m_pendingFull && m_window;
        m_pendingFull = m_pendingIncremental = false;
        run(incremental);
        return;
    }
    emit busyChanged(false);
}

QList<QUuid> AnalysisController::ids(const std::vector<std::uint32_t> &rows) const
{
    QList<QUuid> out;
    if (!m_snapshot)
        return out;
    // A drill-down shows the newest reports first and at most a table's worth: a cell of half a
    // million reports is read by its newest, not fetched whole.
    std::vector<std::uint32_t> newest;
    newest.reserve(rows.size());
    for (std::uint32_t row : rows) {
        if (row < m_snapshot->ids.size())
            newest.push_back(row);
    }
    const auto newer = [this](std::uint32_t a, std::uint32_t b) {
        return m_snapshot->reportedMs[a] > m_snapshot->reportedMs[b];
    };
    if (newest.size() > MaxDrillDown) {
        std::nth_element(newest.begin(), newest.begin() + MaxDrillDown, newest.end(), newer);
        newest.resize(MaxDrillDown);
    }
    std::sort(newest.begin(), newest.end(), newer);
    out.reserve(qsizetype(newest.size()));
    for (std::uint32_t row : newest)
        out.append(m_snapshot->ids[row]);
    return out;
}

QList<QUuid> AnalysisController::idsInCell(int row, int column) const
{
    const HeatmapCell *cell = m_heatmap->cellAt(m_heatmap->index(row, column));
    if (!cell || !m_snapshot)
        return {};
    const auto &result = m_heatmap->result();
    return ids(CorrelationHeatmap::rowsInCell(*m_snapshot, result.conditions[size_t(cell->condition)],
                                              cell->bucket, result.typeCodes[size_t(cell->type)]));
}

QList<QUuid> AnalysisController::idsOfCluster(int row) const
{
    const RootCauseCluster *cluster = m_clusters->clusterAt(row);
    return cluster ? ids(cluster->rows) : QList<QUuid>();
}

QList<QUuid> AnalysisController::idsOfFinding(int row) const
{
    const Finding *finding = m_findings->findingAt(row);
    return finding ? ids(finding->rows) : QList<QUuid>();
}

} // namespace pegboard
