#include "console/analysiscontroller.h"

#include "analysis/condition.h"
#include "analysis/riskscore.h"
#include "analysis/snapshotloader.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/forecastmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "store/feedsamplestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>

namespace pegboard {

namespace {
// Root causes are found among recent reports: clustering is the one analysis that grows faster
// than linearly, and a cause older than the newest 50,000 reports is history, not an incident.
constexpr std::size_t MaxClusteredReports = 50000;

// The newest `n` rows of a snapshot as a snapshot of their own; rowMap[i] is row i's original index.
Snapshot newestRows(const Snapshot &s, std::size_t n, std::vector<std::uint32_t> &rowMap)
{
    rowMap.resize(s.size());
    std::iota(rowMap.begin(), rowMap.end(), 0u);
    std::nth_element(rowMap.begin(), rowMap.begin() + std::ptrdiff_t(n), rowMap.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return s.reportedMs[a] > s.reportedMs[b]; });
    rowMap.resize(n);
    std::sort(rowMap.begin(), rowMap.end());
    Snapshot out;
    out.hasText = s.hasText;
    out.corrections = s.corrections;
    out.reserve(n);
    for (std::uint32_t i : rowMap) {
        const std::string type = s.types.text(s.type[i]).toStdString();
        const std::string congestion = s.congestionLevels.text(s.congestion[i]).toStdString();
        const std::string mev = s.mevLevels.text(s.mev[i]).toStdString();
        const std::string protocol = s.protocols.text(s.protocol[i]).toStdString();
        const std::string symbol = s.symbols.text(s.symbol[i]).toStdString();
        Snapshot::Row row;
        row.id = s.ids[i];
        row.reportedMs = s.reportedMs[i];
        row.resolvedMs = s.resolvedMs[i];
        row.type = type;
        row.congestion = congestion;
        row.mev = mev;
        row.protocol = protocol;
        row.symbol = symbol;
        row.severity = s.severity[i];
        row.gasGwei = s.gasGwei[i];
        row.pendingTx = s.pendingTx[i];
        row.pegDeviationBps = s.pegDeviationBps[i];
        row.volatility = s.volatility[i];
        row.volumeUsd = s.volumeUsd[i];
        row.collateralRatio = s.collateralRatio[i];
        row.oracleStalenessS = s.oracleStalenessS[i];
        row.estimatedLossUsd = s.estimatedLossUsd[i];
        row.actualLossUsd = s.actualLossUsd[i];
        row.clusterId = s.clusterId[i];
        if (s.hasText) {
            row.title = s.titles[i];
            row.body = s.bodies[i];
        }
        out.append(row);
        // Kept as hashes only: copied as they are.
        out.contract.back() = s.contract[i];
        out.txHash.back() = s.txHash[i];
        out.reporter.back() = s.reporter[i];
    }
    return out;
}

ClusteringResult clusterRecent(const Snapshot &s)
{
    if (s.size() <= MaxClusteredReports)
        return RootCauseClusterer::cluster(s);
    std::vector<std::uint32_t> rowMap;
    ClusteringResult result = RootCauseClusterer::cluster(newestRows(s, MaxClusteredReports, rowMap));
    for (RootCauseCluster &c : result.clusters)
        for (std::uint32_t &row : c.rows)
            row = rowMap[row];
    result.labels.clear(); // per-row labels of the subset would mislead; the clusters carry the rows
    return result;
}

// The model file if there is one and nothing is in memory yet; otherwise a model trained on the
// window's newest recorded feeds, saved to the file.
void preparePredictor(AnalysisController::Outcome &out, const Snapshot &s, const QString &url,
                      const SnapshotLoader::Options &window, const QString &modelPath, bool haveModel)
{
    // A bad model file is replaced by a freshly trained model; it is worth a word only if that fails.
    QString unreadable;
    const auto fail = [&](const QString &why) {
        out.modelError = unreadable.isEmpty() ? why : unreadable + QLatin1Char(' ') + why;
    };
    if (!haveModel && !modelPath.isEmpty() && QFile::exists(modelPath)) {
        auto predictor = std::make_shared<OraclePredictor>();
        auto info = PredictorModelFile::load(*predictor, modelPath);
        if (info) {
            out.model = PredictorStage::Model{predictor, *info};
            return;
        }
        unreadable = info.error().message;
    }
    auto store = FeedSampleStore::open(url);
    if (!store)
        return fail(store.error().message);
    const qint64 toMs =
        window.to.isValid() ? window.to.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    qint64 fromMs = toMs - qint64(AnalysisController::TrainingDays) * 24 * 3600 * 1000;
    if (window.from.isValid())
        fromMs = std::max(fromMs, window.from.toMSecsSinceEpoch());
    auto feeds = (*store)->range({}, fromMs, toMs);
    if (!feeds)
        return fail(feeds.error().message);
    PredictorStage::Outcome trained = PredictorStage::run(s, *feeds, nullptr);
    if (!trained.model)
        return fail(trained.error);
    out.model = trained.model;
    if (!modelPath.isEmpty())
        if (auto saved = PredictorModelFile::save(*out.model->predictor, out.model->info, modelPath); !saved)
            out.modelError = saved.error().message;
}
} // namespace

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
    if (from == m_from && to == m_to && m_snapshot)
        return;
    m_from = from;
    m_to = to;
    run(false);
}

void AnalysisController::reanalyse()
{
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
    const QString url = m_url;
    SnapshotLoader::Options options;
    options.from = m_from;
    options.to = m_to;
    options.withText = true;
    const std::shared_ptr<const Snapshot> previous = incremental ? m_snapshot : nullptr;
    // New reports alone do not retrain: a full analysis (new window, first load) does.
    const bool predictor = !incremental || !m_model;
    const bool haveModel = m_model.has_value();
    const QString modelPath = m_modelPath;
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run(
        [url, options, previous, predictor, haveModel, modelPath](QPromise<Outcome> &promise) {
            QElapsedTimer clock;
            clock.start();
            Outcome out;
            promise.setProgressRange(0, 100);
            promise.setProgressValueAndText(0, tr("Loading reports…"));
            SnapshotLoader loader(url);
            auto snapshot = std::make_shared<Snapshot>();
            if (previous) {
                *snapshot = *previous; // the GUI keeps reading the old one for drill-downs
                auto added = loader.appendNew(*snapshot, options);
                if (!added) {
                    out.error = added.error();
                    promise.addResult(std::move(out));
                    return;
                }
            } else {
                auto loaded = loader.load(options);
                if (!loaded) {
                    out.error = loaded.error();
                    promise.addResult(std::move(out));
                    return;
                }
                *snapshot = std::move(loaded).value();
            }
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(40, tr("Correlating conditions…"));
            out.heatmap = CorrelationHeatmap::compute(*snapshot);
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(55, tr("Finding patterns…"));
            out.findings = PatternFinder::find(*snapshot);
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(70, tr("Clustering root causes…"));
            out.clustering = clusterRecent(*snapshot);
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(90, tr("Forecasting maintenance windows…"));
            out.plan = MaintenancePlanner::plan(*snapshot, QDateTime::currentMSecsSinceEpoch(), RiskScore());
            if (promise.isCanceled())
                return;
            if (predictor) {
                promise.setProgressValueAndText(95, tr("Training the oracle predictor…"));
                preparePredictor(out, *snapshot, url, options, modelPath, haveModel);
            }
            out.snapshot = std::move(snapshot);
            out.elapsedMs = clock.elapsed();
            promise.setProgressValueAndText(100, tr("Done"));
            promise.addResult(std::move(out));
        }));
}

void AnalysisController::onFinished()
{
    const bool cancelled = m_watcher.isCanceled() || m_watcher.future().resultCount() == 0;
    if (!cancelled) {
        // Moved out, not copied: the result holds the clusters' row lists.
        Outcome out = m_watcher.future().takeResult();
        if (!out.snapshot) {
            emit failed(out.error.message);
        } else {
            // Freeing a million-row snapshot (its titles and bodies) takes long enough to stall the
            // GUI; the previous one is released on the pool instead.
            if (m_snapshot)
                (void)QtConcurrent::run([old = std::move(m_snapshot)]() mutable { old.reset(); });
            m_snapshot = out.snapshot;
            m_heatmap->setResult(std::move(out.heatmap));
            m_findings->setFindings(std::move(out.findings));
            m_clusters->setClusters(std::move(out.clustering.clusters));
            m_forecast->setPlan(std::move(out.plan));
            if (out.model) {
                m_model = out.model;
                emit modelReady(*m_model);
            }
            if (!out.modelError.isEmpty())
                emit modelFailed(out.modelError);
            emit finished(qint64(m_snapshot->size()), out.elapsedMs);
        }
    }
    if (m_pendingFull || m_pendingIncremental) {
        const bool incremental = !m_pendingFull && m_snapshot;
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
                                              cell->bucket, cell->type));
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
