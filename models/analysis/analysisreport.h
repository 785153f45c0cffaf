#pragma once

#include "correlationheatmap.h"
#include "leadlagfinder.h"
#include "maintenanceplanner.h"
#include "oraclepredictor.h"
#include "patternfinder.h"
#include "predictorstage.h"
#include "riskscore.h"
#include "rootcauseclusterer.h"
#include "severitydrivers.h"

#include <QJsonObject>
#include <optional>
#include <span>

namespace pegboard {

// Everything the local analysis says about one window, computed from a snapshot and the recorded
// feeds by AnalysisPipeline: what `pegboard analyze` prints and what the console shows.
struct AnalysisReport
{
    std::int64_t fromMs = Snapshot::NoTime, toMs = Snapshot::NoTime;
    std::size_t issues = 0;
    double bytesPerIssue = 0;
    HeatmapResult heatmap;
    std::vector<Finding> findings;
    ClusteringResult clustering;
    std::vector<SeverityDriver> severityDrivers;
    std::vector<LeadLag> leadLags;
    QString predictorSymbol;
    std::optional<OraclePredictor::Metrics> predictor;
    QString predictorError;
    // The model behind the metrics (trained here, or given and only tested), and where it is kept.
    std::optional<PredictorStage::Model> model;
    bool modelLoaded = false;
    QString modelPath;
    ContextSnapshot currentContext;
    RiskScore::Assessment risk;
    MaintenancePlanner::Plan maintenance;

    // The latest value of each feed at or before `atMs`, as a report's context would carry it.
    static ContextSnapshot contextAt(std::span<const FeedSample> feeds, const QString &symbol,
                                     std::int64_t atMs);
    QJsonObject toJson(const Snapshot &snapshot) const;
};

} // namespace pegboard
