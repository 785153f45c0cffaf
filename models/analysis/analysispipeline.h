#pragma once

#include "analysisreport.h"
#include "dataset/dataset.h"

#include <atomic>
#include <functional>
#include <memory>

namespace pegboard {

// The one producer of an analysis: `pegboard analyze` and the console both run this, over any
// Dataset (live store or review bundle). Loads the window's snapshot (or appends to the previous
// one), the recorded feeds, and the predictor's model file; then heatmap and patterns (handed on
// early, see previewReports), severity drivers, lead-lag, predictor, risk, maintenance and, last
// because slowest, clusters — with progress and cancel between stages. Runs on the calling thread;
// callers put it on a worker.
class AnalysisPipeline
{
public:
    struct Run
    {
        // The reports in the filter: what the report's rows index into (drill-downs).
        std::shared_ptr<const Snapshot> snapshot;
        // The whole window (the same object as snapshot when the filter narrows nothing): what the
        // next incremental run appends to. Empty in an early part.
        std::shared_ptr<const Snapshot> window;
        AnalysisReport report;
        // Why the model file was not loaded or saved (the analysis itself went on).
        QString modelError;
    };

    struct Options
    {
        QDateTime from, to; // the window; invalid = unbounded
        // "Now" for the risk score and the maintenance forecast; invalid: the window's end (a past
        // window is analysed as of its end), else the dataset's, else the wall clock.
        QDateTime at;
        // Root causes among the newest this many reports (0 = all): clustering grows faster than
        // linearly, and a cause older than that is history, not an incident.
        std::size_t maxClusteredReports = 0;
        // Feeds (lead-lag, predictor) from the newest this span of the window; 0 = the whole window.
        std::int64_t trainingWindowMs = 0;
        bool predictor = true;
        // The predictor's model file: loaded and tested if it exists (unless retrain), else trained and
        // saved there. Empty keeps the model in memory only.
        QString modelPath;
        bool retrain = false;
        // An unreadable model file fails the run (the command line), or is replaced by a model trained
        // now (the console, which must not stop over a stale file).
        bool retrainOnUnreadableModel = false;
        // Weights, thresholds and escalation: the one risk configuration the console and watch use.
        RiskScore::Config risk;
        // When > 0 and the window holds more reports, the first view does not wait for the whole
        // window: the newest this many are read first (through the newest-first index, with their
        // text) and their heatmap and findings handed to `partial`; then the whole window is read
        // without text and its heatmap and findings handed on; root causes are clustered last, from
        // the newest reports' text, and the final run carries everything. 0: one read with text.
        std::size_t previewReports = 0;
        // Called on the pipeline's thread with each early result: a Run whose report holds the
        // span, size, heatmap and findings of its snapshot, before the slower stages run.
        std::function<void(Run)> partial;
        // The filter bar's narrowing (types, severity, protocols, text): the heatmap, patterns, root
        // causes and severity drivers see only the reports it keeps. The maintenance forecast, the
        // open-incident check and the predictor see the whole window (a filter must not hide an open
        // incident). A text filter reads the whole window with text, unstaged.
        IssueQuery filter;
        std::function<void(int percent, const QString &stage)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    // With `previous` (a Run's window), only what arrived after it is loaded and appended (a NOTIFY
    // or a new filter), without a reload.
    static Result<Run> run(Dataset &data, const Options &options,
                           std::shared_ptr<const Snapshot> previous = nullptr);
    // The analysis of a loaded window (`inFilter`: its rows the filter keeps) and its feeds: pure,
    // no I/O. Root causes are clustered last, from `withText` (the filter's newest reports with
    // their text) when the window was loaded without text, their rows mapped back by id.
    static Result<AnalysisReport> compute(const Snapshot &window, const std::shared_ptr<const Snapshot> &inFilter,
                                          std::span<const FeedSample> feeds, std::int64_t atMs,
                                          const PredictorStage::Model *model, const Options &options,
                                          const Snapshot *withText = nullptr);
};

} // namespace pegboard
