#pragma once

#include "analysis/correlationheatmap.h"
#include "analysis/maintenanceplanner.h"
#include "analysis/patternfinder.h"
#include "analysis/predictorstage.h"
#include "analysis/rootcauseclusterer.h"
#include "analysis/snapshot.h"
#include "domain/error.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QUuid>
#include <memory>

namespace pegboard {

class ClusterModel;
class FindingsModel;
class ForecastModel;
class HeatmapModel;

// Runs the local pattern analysis for the console on the thread pool: load the window's snapshot
// (COPY), then heatmap, patterns, clusters and the maintenance forecast. Reports progress, can be
// cancelled, and on a NOTIFY appends only the new rows instead of reloading. The snapshot a result
// was computed from stays with it, so drill-downs always match what is on screen. A full analysis
// also trains the oracle predictor on the recorded feeds (kept in the model file, loaded from it
// on the first run) and hands it to whoever scores the live feeds.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        std::shared_ptr<const Snapshot> snapshot;
        HeatmapResult heatmap;
        std::vector<Finding> findings;
        ClusteringResult clustering;
        MaintenancePlanner::Plan plan;
        Error error;
        qint64 elapsedMs = 0;
        std::optional<PredictorStage::Model> model; // trained or loaded in this run
        QString modelError;
    };

    // Feeds the predictor trains on: the newest this many days of the window.
    static constexpr int TrainingDays = 14;

    // The most reports one drill-down lists (the newest of them).
    static constexpr std::size_t MaxDrillDown = 10000;

    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    HeatmapModel *heatmap() const { return m_heatmap; }
    FindingsModel *findings() const { return m_findings; }
    ClusterModel *clusters() const { return m_clusters; }
    ForecastModel *forecast() const { return m_forecast; }
    bool isBusy() const { return m_watcher.isRunning(); }
    qint64 issueCount() const { return m_snapshot ? qint64(m_snapshot->size()) : 0; }
    // The snapshot the models on screen were computed from (cluster rows index into it).
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    // Where the predictor is kept between sessions; empty keeps it in memory only.
    void setModelPath(const QString &path) { m_modelPath = path; }
    const std::optional<PredictorStage::Model> &model() const { return m_model; }

    // Report ids behind a heatmap cell, a cluster row or a finding row: the drill-down.
    QList<QUuid> idsInCell(int heatmapRow, int heatmapColumn) const;
    QList<QUuid> idsOfCluster(int row) const;
    QList<QUuid> idsOfFinding(int row) const;

public slots:
    void setUrl(const QString &url);
    void setWindow(const QDateTime &from, const QDateTime &to);
    // New reports were announced: append them and recompute, without a full reload.
    void appendNew();
    // Load the window again and recompute everything (stored cluster corrections changed).
    void reanalyse();
    void cancel();

signals:
    void progress(int percent, const QString &stage);
    void busyChanged(bool busy);
    void finished(qint64 issues, qint64 elapsedMs);
    void failed(const QString &message);
    void modelReady(const pegboard::PredictorStage::Model &model);
    void modelFailed(const QString &message);

private:
    void run(bool incremental);
    void onFinished();
    QList<QUuid> ids(const std::vector<std::uint32_t> &rows) const;

    QString m_url;
    QString m_modelPath;
    std::optional<PredictorStage::Model> m_model;
    QDateTime m_from;
    QDateTime m_to;
    std::shared_ptr<const Snapshot> m_snapshot;
    QFutureWatcher<Outcome> m_watcher;
    bool m_pendingFull = false;
    bool m_pendingIncremental = false;
    HeatmapModel *m_heatmap;
    FindingsModel *m_findings;
    ClusterModel *m_clusters;
    ForecastModel *m_forecast;
};

} // namespace pegboard
