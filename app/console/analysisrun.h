#pragma once

#include "analysis/correlationheatmap.h"
#include "analysis/maintenanceplanner.h"
#include "analysis/patternfinder.h"
#include "analysis/predictorstage.h"
#include "analysis/rootcauseclusterer.h"
#include "analysis/snapshot.h"
#include "analysis/snapshotloader.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QPromise>
#include <memory>
#include <optional>

namespace pegboard {

// One part of an analysis's answer. A run yields them in order: Preview (the newest reports,
// seconds after the start), Full (the whole window; skipped when the preview was all of it),
// Final (clusters, maintenance windows, the predictor). Each carries the snapshot its rows refer
// to, so a drill-down always matches what is on screen.
struct AnalysisPart
{
    enum Kind
    {
        Preview,
        Full,
        Final,
    };
    Kind kind = Final;
    // Preview and Full: the heatmap and findings, and the snapshot they were computed from.
    std::shared_ptr<const Snapshot> snapshot;
    HeatmapResult heatmap;
    std::vector<Finding> findings;
    // Final: clusters over the newest reports (with their text) and the snapshot they index.
    std::shared_ptr<const Snapshot> clusterSnapshot;
    ClusteringResult clustering;
    MaintenancePlanner::Plan plan;
    std::optional<PredictorStage::Model> model; // trained or loaded in this run
    QString modelError;
    Error error; // set on a part that carries nothing else: the run failed
    std::int64_t analysedRows = 0;
    qint64 elapsedMs = 0;
};
using AnalysisPartPtr = std::shared_ptr<const AnalysisPart>;

// The console's analysis pipeline, run on the thread pool. The heatmap comes first from the
// newest PreviewRows reports (an index scan, with text), then from the whole window loaded without
// text; root causes are clustered behind it from the preview's text, the one analysis that grows
// faster than linearly.
class AnalysisRun
{
    // Its progress texts were the controller's and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(AnalysisController)

public:
    struct Request
    {
        QString url;
        SnapshotLoader::Options window;
        // Incremental: the snapshot to extend with the reports received since it was loaded.
        std::shared_ptr<const Snapshot> previous;
        bool trainPredictor = true;
        bool haveModel = false;
        QString modelPath;
    };

    // The newest reports shown first; also how many of them are clustered at most (half of them).
    static constexpr std::size_t PreviewRows = 100000;
    static constexpr std::size_t MaxClusteredReports = 50000;
    // Feeds the predictor trains on: the newest this many days of the window.
    static constexpr int TrainingDays = 14;

    static void run(QPromise<AnalysisPartPtr> &promise, const Request &request);
};

} // namespace pegboard
