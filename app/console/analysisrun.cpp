#include "console/analysisrun.h"

#include "analysis/predictormodelfile.h"
#include "analysis/riskscore.h"
#include "store/feedsamplestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <numeric>
#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pegboard {

namespace {
// Root causes are found among recent reports: clustering is the one analysis that grows faster
// than linearly, and a cause older than the newest 50,000 reports is history, not an incident.
constexpr std::size_t MaxClusteredReports = AnalysisRun::MaxClusteredReports;

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
void preparePredictor(AnalysisPart &out, const Snapshot &s, const QString &url,
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
    qint64 fromMs = toMs - qint64(AnalysisRun::TrainingDays) * 24 * 3600 * 1000;
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

namespace {
// The analysis yields the CPU to the GUI thread: on two cores a parsing, clustering worker at the
// same priority takes whole time slices from it (stalls of 50–100 ms). Pool threads are reused,
// so the old niceness comes back when the run ends.
class BackgroundPriority
{
public:
    BackgroundPriority()
    {
#ifdef Q_OS_LINUX
        m_tid = pid_t(::syscall(SYS_gettid));
        errno = 0;
        m_old = ::getpriority(PRIO_PROCESS, id_t(m_tid));
        if (errno == 0)
            ::setpriority(PRIO_PROCESS, id_t(m_tid), std::min(19, m_old + 10));
#endif
    }
    ~BackgroundPriority()
    {
#ifdef Q_OS_LINUX
        // Lowering niceness back needs no privilege only if it never went below the original.
        ::setpriority(PRIO_PROCESS, id_t(m_tid), m_old);
#endif
    }
    BackgroundPriority(const BackgroundPriority &) = delete;
    BackgroundPriority &operator=(const BackgroundPriority &) = delete;

private:
#ifdef Q_OS_LINUX
    pid_t m_tid = 0;
    int m_old = 0;
#endif
};
} // namespace

void AnalysisRun::run(QPromise<AnalysisPartPtr> &promise, const Request &request)
{
    const BackgroundPriority background;
    QElapsedTimer clock;
    clock.start();
    promise.setProgressRange(0, 100);
    const auto fail = [&promise](Error error) {
        auto part = std::make_shared<AnalysisPart>();
        part->error = std::move(error);
        promise.addResult(AnalysisPartPtr(std::move(part)));
    };
    // Heatmap and findings of one snapshot, handed to the GUI as soon as they exist.
    const auto publish = [&promise](AnalysisPart::Kind kind, std::shared_ptr<const Snapshot> snapshot) {
        auto part = std::make_shared<AnalysisPart>();
        part->kind = kind;
        part->heatmap = CorrelationHeatmap::compute(*snapshot);
        if (promise.isCanceled())
            return;
        part->findings = PatternFinder::find(*snapshot);
        part->analysedRows = std::int64_t(snapshot->size());
        part->snapshot = std::move(snapshot);
        promise.addResult(AnalysisPartPtr(std::move(part)));
    };

    SnapshotLoader loader(request.url);
    std::shared_ptr<const Snapshot> full;
    std::shared_ptr<const Snapshot> withText; // the newest reports with their text, for clustering
    if (request.previous) {
        promise.setProgressValueAndText(5, tr("Loading new reports…"));
        auto extended = std::make_shared<Snapshot>(*request.previous); // the GUI keeps the old one
        SnapshotLoader::Options options = request.window;
        options.withText = extended->hasText;
        if (auto added = loader.appendNew(*extended, options); !added)
            return fail(added.error());
        full = std::move(extended);
        if (promise.isCanceled())
            return;
        promise.setProgressValueAndText(40, tr("Correlating conditions…"));
        publish(AnalysisPart::Full, full);
        if (full->hasText)
            withText = full;
    } else {
        promise.setProgressValueAndText(0, tr("Loading the newest reports…"));
        SnapshotLoader::Options newest = request.window;
        newest.withText = true;
        newest.newest = PreviewRows;
        auto preview = loader.load(newest);
        if (!preview)
            return fail(preview.error());
        withText = std::make_shared<const Snapshot>(std::move(preview).value());
        if (promise.isCanceled())
            return;
        promise.setProgressValueAndText(15, tr("Correlating conditions…"));
        const bool complete = withText->size() < PreviewRows;
        publish(complete ? AnalysisPart::Full : AnalysisPart::Preview, withText);
        if (promise.isCanceled())
            return;
        if (complete) {
            full = withText;
        } else {
            promise.setProgressValueAndText(25, tr("Loading all reports…"));
            SnapshotLoader::Options all = request.window;
            all.withText = false; // the heatmap, patterns and forecast read numbers only
            auto loaded = loader.load(all);
            if (!loaded)
                return fail(loaded.error());
            full = std::make_shared<const Snapshot>(std::move(loaded).value());
            if (promise.isCanceled())
                return;
            promise.setProgressValueAndText(55, tr("Correlating conditions…"));
            publish(AnalysisPart::Full, full);
        }
    }
    if (promise.isCanceled())
        return;
    auto final = std::make_shared<AnalysisPart>();
    if (!withText) {
        // An incremental run over a window loaded without text: the newest again, with it.
        SnapshotLoader::Options newest = request.window;
        newest.withText = true;
        newest.newest = PreviewRows;
        auto loaded = loader.load(newest);
        if (!loaded)
            return fail(loaded.error());
        withText = std::make_shared<const Snapshot>(std::move(loaded).value());
    }
    promise.setProgressValueAndText(70, tr("Clustering root causes…"));
    final->clustering = clusterRecent(*withText);
    final->clusterSnapshot = withText;
    if (promise.isCanceled())
        return;
    promise.setProgressValueAndText(90, tr("Forecasting maintenance windows…"));
    final->plan = MaintenancePlanner::plan(*full, QDateTime::currentMSecsSinceEpoch(), RiskScore());
    if (promise.isCanceled())
        return;
    if (request.trainPredictor) {
        promise.setProgressValueAndText(95, tr("Training the oracle predictor…"));
        preparePredictor(*final, *full, request.url, request.window, request.modelPath, request.haveModel);
    }
    final->kind = AnalysisPart::Final;
    final->analysedRows = std::int64_t(full->size());
    final->elapsedMs = clock.elapsed();
    promise.setProgressValueAndText(100, tr("Done"));
    promise.addResult(AnalysisPartPtr(std::move(final)));
}

} // namespace pegboard
