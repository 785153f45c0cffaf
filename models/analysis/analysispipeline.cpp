#include "analysispipeline.h"

#include "predictormodelfile.h"
#include "snapshotfilter.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <numeric>

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

// Root causes among the newest `cap` reports (0: all) of `text` (the snapshot itself when it has
// its text), with the clusters' rows as rows of `s`.
ClusteringResult clusterRecent(const Snapshot &s, const Snapshot *text, std::size_t cap)
{
    const Snapshot &source = text ? *text : s;
    if (&source == &s && (cap == 0 || s.size() <= cap))
        return RootCauseClusterer::cluster(s);
    std::vector<std::uint32_t> rowMap;
    ClusteringResult result = cap == 0 || source.size() <= cap
                                  ? RootCauseClusterer::cluster(source)
                                  : RootCauseClusterer::cluster(source.newest(cap, rowMap));
    if (rowMap.empty()) {
        rowMap.resize(source.size());
        std::iota(rowMap.begin(), rowMap.end(), 0u);
    }
    result.labels.clear(); // per-row labels of the subset would mislead; the clusters carry the rows
    if (&source != &s) {
        // Rows of the text snapshot are found in `s` by id (a report gone since is left out).
        QHash<QUuid, std::uint32_t> clustered;
        for (const RootCauseCluster &c : result.clusters)
            for (std::uint32_t row : c.rows)
                clustered.insert(source.ids[rowMap[row]], std::numeric_limits<std::uint32_t>::max());
        for (std::size_t i = 0; i < s.size(); ++i)
            if (const auto it = clustered.find(s.ids[i]); it != clustered.end())
                *it = std::uint32_t(i);
        for (std::uint32_t &row : rowMap)
            row = clustered.value(source.ids[row], std::numeric_limits<std::uint32_t>::max());
    }
    for (RootCauseCluster &c : result.clusters) {
        for (std::uint32_t &row : c.rows)
            row = rowMap[row];
        c.rows.erase(std::remove(c.rows.begin(), c.rows.end(), std::numeric_limits<std::uint32_t>::max()),
                     c.rows.end());
        std::sort(c.rows.begin(), c.rows.end());
    }
    return result;
}

// What the first view needs, fast: the window's span and size, heatmap and findings.
AnalysisReport glance(const Snapshot &s)
{
    AnalysisReport r;
    r.issues = s.size();
    r.bytesPerIssue = s.empty() ? 0 : double(s.memoryBytes()) / double(s.size());
    for (std::int64_t t : s.reportedMs)
        if (t != Snapshot::NoTime) {
            r.fromMs = r.fromMs == Snapshot::NoTime ? t : std::min(r.fromMs, t);
            r.toMs = std::max(r.toMs, t);
        }
    r.heatmap = CorrelationHeatmap::compute(s);
    r.findings = PatternFinder::find(s);
    return r;
}

void handOn(const AnalysisPipeline::Options &o, std::shared_ptr<const Snapshot> snapshot,
            const AnalysisReport &r)
{
    if (!o.partial)
        return;
    AnalysisPipeline::Run part;
    part.snapshot = std::move(snapshot);
    part.report.fromMs = r.fromMs;
    part.report.toMs = r.toMs;
    part.report.issues = r.issues;
    part.report.bytesPerIssue = r.bytesPerIssue;
    part.report.heatmap = r.heatmap;
    part.report.findings = r.findings;
    o.partial(std::move(part));
}

// The rows of `s` the filter keeps (the same object when it narrows nothing).
std::shared_ptr<const Snapshot> narrowed(const std::shared_ptr<const Snapshot> &s, const IssueQuery &filter)
{
    if (!s || !SnapshotFilter::narrows(filter))
        return s;
    return std::make_shared<const Snapshot>(s->rows(SnapshotFilter::matching(*s, filter)));
}
} // namespace

Result<AnalysisReport> AnalysisPipeline::compute(const Snapshot &window,
                                                 const std::shared_ptr<const Snapshot> &inFilter,
                                                 std::span<const FeedSample> feeds, std::int64_t atMs,
                                                 const PredictorStage::Model *model, const Options &o,
                                                 const Snapshot *withText)
{
    const Stages stages{o};
    const Snapshot &s = *inFilter;
    if (!stages.step(40,
                     QCoreApplication::translate("pegboard::AnalysisPipeline", "Correlating conditions…")))
        return cancelledError();
    AnalysisReport r = glance(s);
    handOn(o, inFilter, r);
    if (!stages.step(
            50, QCoreApplication::translate("pegboard::AnalysisPipeline", "Relating severity and prices…")))
        return cancelledError();
    r.severityDrivers = SeverityDrivers::find(s);
    r.leadLags = LeadLagFinder::find(feeds);
    if (o.predictor) {
        if (!stages.step(55, QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                         "Training the oracle predictor…")))
            return cancelledError();
        PredictorStage::Outcome predicted = PredictorStage::run(window, feeds, model);
        r.predictorSymbol = predicted.symbol;
        r.predictor = predicted.metrics;
        r.predictorError = predicted.error;
        r.model = predicted.model;
        r.modelLoaded = predicted.loaded;
    }
    if (!stages.step(65, QCoreApplication::translate("pegboard::AnalysisPipeline",
                                                     "Forecasting maintenance windows…")))
        return cancelledError();
    RiskScore risk;
    risk.setConfig(o.risk); // validated by whoever read it; an invalid one keeps the defaults
    r.currentContext = AnalysisReport::contextAt(
        feeds, r.predictorSymbol.isEmpty() ? QStringLiteral("USDC") : r.predictorSymbol, atMs);
    r.risk = risk.assess(r.currentContext, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    r.maintenance = MaintenancePlanner::plan(window, atMs, risk, r.risk.score);
    if (!stages.step(70,
                     QCoreApplication::translate("pegboard::AnalysisPipeline", "Clustering root causes…")))
        return cancelledError();
    r.clustering = clusterRecent(s, withText, o.maxClusteredReports);
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
    // A text filter matches titles and bodies: the whole window is read with its text, unstaged
    // (a window read without text could not be narrowed by it).
    const bool textFilter = !o.filter.text.trimmed().isEmpty();
    const std::size_t previewReports = textFilter ? 0 : o.previewReports;
    if (previous && textFilter && !previous->hasText)
        previous.reset();
    SnapshotLoader::Options window;
    window.from = o.from;
    window.to = o.to;
    window.withText = true;
    SnapshotLoader::Options newest = window;
    newest.newest = previewReports;
    auto snapshot = std::make_shared<Snapshot>();
    // The newest reports with their text when `snapshot` was loaded without (clustering reads it).
    std::shared_ptr<const Snapshot> withText;
    if (previous) {
        *snapshot = *previous; // the caller may keep reading the old one
        window.withText = previous->hasText;
        if (auto added = data.appendNew(*snapshot, window); !added)
            return Unexpected<Error>(added.error());
    } else if (previewReports > 0) {
        auto loaded = data.loadSnapshot(newest);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        // A source that cannot take only the newest gives the whole window: that is the snapshot.
        if (loaded->size() != previewReports) {
            *snapshot = std::move(loaded).value();
        } else {
            auto preview = std::make_shared<const Snapshot>(std::move(loaded).value());
            const std::shared_ptr<const Snapshot> previewInFilter = narrowed(preview, o.filter);
            handOn(o, previewInFilter, glance(*previewInFilter));
            if (!stages.step(
                    15, QCoreApplication::translate("pegboard::AnalysisPipeline", "Loading all reports…")))
                return cancelledError();
            window.withText = false; // everything but clustering reads numbers only
            auto all = data.loadSnapshot(window);
            if (!all)
                return Unexpected<Error>(all.error());
            *snapshot = std::move(all).value();
            withText = std::move(preview);
        }
    } else {
        auto loaded = data.loadSnapshot(window);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        *snapshot = std::move(loaded).value();
    }
    if (!snapshot->hasText && !withText && previewReports > 0) {
        // An appended window read without text: its newest again, with it.
        auto loaded = data.loadSnapshot(newest);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        withText = std::make_shared<const Snapshot>(std::move(loaded).value());
    }
    const std::shared_ptr<const Snapshot> inFilter = narrowed(snapshot, o.filter);
    const std::shared_ptr<const Snapshot> withTextInFilter = narrowed(withText, o.filter);

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
    auto report =
        compute(*snapshot, inFilter, *feeds, atMs, model ? &*model : nullptr, o, withTextInFilter.get());
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
    run.snapshot = inFilter;
    run.window = std::move(snapshot);
    stages.step(100, QCoreApplication::translate("pegboard::AnalysisPipeline", "Done"));
    return run;
}

} // namespace pegboard
