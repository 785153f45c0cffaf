#include "analysispipeline.h"

#include "predictormodelfile.h"
#include "snapshotfilter.h"

#include <QCoreApplication>
#include <QFile>

namespace pegboard {

namespace {
// Year 9999: the store cannot represent the largest qint64 as a time.
constexpr std::int64_t EndOfTime = 253402300799000;

struct Stages
{
    const AnalysisPipeline::Options &o;
    bool cancelled() const { return o.cancel && o.cancel->load(); }
    bool step(int percent, const QString &stage) const
    {
        if (o.progress)
            o.progress(percent, stage);
        return !cancelled();
    }
};

Unexpected<Error> cancelledError()
{
    return Error::make(Error::Code::Cancelled, QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                                           "The analysis was cancelled."));
}

ClusteringResult clusterRecent(const Snapshot &s, std::size_t cap)
{
    if (cap == 0 || s.size() <= cap)
        return RootCauseClusterer::cluster(s);
    std::vector<std::uint32_t> rowMap;
    ClusteringResult result = RootCauseClusterer::cluster(s.newest(cap, rowMap));
    for (RootCauseCluster &c : result.clusters)
        for (std::uint32_t &row : c.rows)
            row = rowMap[row];
    result.labels.clear(); // per-row labels of the subset would mislead; the clusters carry the rows
    return result;
}
} // namespace

Result<AnalysisReport> AnalysisPipeline::compute(const Snapshot &window, const Snapshot &s,
                                                 std::span<const FeedSample> feeds, std::int64_t atMs,
                                                 const PredictorStage::Model *model, const Options &o)
{
    const Stages stages{o};
    AnalysisReport r;
    r.issues = s.size();
    r.bytesPerIssue = s.empty() ? 0 : double(s.memoryBytes()) / double(s.size());
    for (std::int64_t t : s.reportedMs)
        if (t != Snapshot::NoTime) {
            r.fromMs = r.fromMs == Snapshot::NoTime ? t : std::min(r.fromMs, t);
            r.toMs = std::max(r.toMs, t);
        }
    if (!stages.step(40,
                     QCoreApplication::translate("pegboard::AnalysisPipeline", "Correlating conditions…")))
        return cancelledError();
    r.heatmap = CorrelationHeatmap::compute(s);
    if (!stages.step(50, QCoreApplication::translate("pegboard::AnalysisPipeline", "Finding patterns…")))
        return cancelledError();
    r.findings = PatternFinder::find(s);
    if (!stages.step(60,
                     QCoreApplication::translate("pegboard::AnalysisPipeline", "Clustering root causes…")))
        return cancelledError();
    r.clustering = clusterRecent(s, o.maxClusteredReports);
    if (!stages.step(
            80, QCoreApplication::translate("pegboard::AnalysisPipeline", "Relating severity and prices…")))
        return cancelledError();
    r.severityDrivers = SeverityDrivers::find(s);
    r.leadLags = LeadLagFinder::find(feeds);
    if (o.predictor) {
        if (!stages.step(85, QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                         "Training the oracle predictor…")))
            return cancelledError();
        PredictorStage::Outcome predicted = PredictorStage::run(window, feeds, model);
        r.predictorSymbol = predicted.symbol;
        r.predictor = predicted.metrics;
        r.predictorError = predicted.error;
        r.model = predicted.model;
        r.modelLoaded = predicted.loaded;
    }
    if (!stages.step(95, QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                     "Forecasting maintenance windows…")))
        return cancelledError();
    RiskScore risk;
    risk.setConfig(o.risk); // validated by whoever read it; an invalid one keeps the defaults
    r.currentContext = AnalysisReport::contextAt(
        feeds, r.predictorSymbol.isEmpty() ? QStringLiteral("USDC") : r.predictorSymbol, atMs);
    r.risk = risk.assess(r.currentContext, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    r.maintenance = MaintenancePlanner::plan(window, atMs, risk, r.risk.score);
    return r;
}

Result<AnalysisPipeline::Run> AnalysisPipeline::run(Dataset &data, const Options &o,
                                                    std::shared_ptr<const Snapshot> previous)
{
    const Stages stages{o};
    Run run;
    // The model is read before any data: a bad file fails fast and is left untouched.
    std::optional<PredictorStage::Model> model;
    if (o.predictor && !o.modelPath.isEmpty() && !o.retrain && QFile::exists(o.modelPath)) {
        auto predictor = std::make_shared<OraclePredictor>();
        auto info = PredictorModelFile::load(*predictor, o.modelPath);
        if (info)
            model = PredictorStage::Model{predictor, *info};
        else if (!o.retrainOnUnreadableModel)
            return Unexpected<Error>(info.error());
        else
            run.modelError = info.error().message;
    }

    if (!stages.step(0, QCoreApplication::translate("pegboard::AnalysisPipeline", "Loading reports…")))
        return cancelledError();
    SnapshotLoader::Options window;
    window.from = o.from;
    window.to = o.to;
    window.withText = true;
    auto snapshot = std::make_shared<Snapshot>();
    if (previous) {
        *snapshot = *previous; // the caller may keep reading the old one
        if (auto added = data.appendNew(*snapshot, window); !added)
            return Unexpected<Error>(added.error());
    } else {
        auto loaded = data.loadSnapshot(window);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        *snapshot = std::move(loaded).value();
    }

    std::shared_ptr<const Snapshot> inFilter = snapshot;
    if (SnapshotFilter::narrows(o.filter))
        inFilter = std::make_shared<Snapshot>(snapshot->rows(SnapshotFilter::matching(*snapshot, o.filter)));

    if (!stages.step(30,
                     QCoreApplication::translate("pegboard::AnalysisPipeline", "Loading recorded feeds…")))
        return cancelledError();
    QDateTime end = o.to.isValid() ? o.to : data.windowTo();
    const std::int64_t toMs = end.isValid() ? end.toMSecsSinceEpoch() : EndOfTime;
    std::int64_t fromMs = o.from.isValid() ? o.from.toMSecsSinceEpoch() : 0;
    if (o.trainingWindowMs > 0) {
        const std::int64_t newest = end.isValid() ? toMs : QDateTime::currentMSecsSinceEpoch();
        fromMs = std::max(fromMs, newest - o.trainingWindowMs);
    }
    auto feeds = data.feedSamples({}, fromMs, toMs);
    if (!feeds)
        return Unexpected<Error>(feeds.error());

    const QDateTime at = o.at.isValid() ? o.at : end;
    const std::int64_t atMs = at.isValid() ? at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    auto report = compute(*snapshot, *inFilter, *feeds, atMs, model ? &*model : nullptr, o);
    if (!report)
        return Unexpected<Error>(report.error());
    run.report = std::move(report).value();
    run.report.modelPath = o.modelPath;
    if (o.predictor && !o.modelPath.isEmpty() && !run.report.modelLoaded) {
        if (!run.report.model)
            run.modelError = QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                         "No model was trained, so none is saved to %1: %2")
                                 .arg(o.modelPath, run.report.predictorError);
        else if (auto saved = PredictorModelFile::save(*run.report.model->predictor, run.report.model->info,
                                                       o.modelPath);
                 !saved)
            run.modelError = saved.error().message;
    }
    run.snapshot = std::move(inFilter);
    run.window = std::move(snapshot);
    stages.step(100, QCoreApplication::translate("pegboard::AnalysisPipeline", "Done"));
    return run;
}

} // namespace pegboard
