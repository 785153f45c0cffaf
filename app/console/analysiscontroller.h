#pragma once

#include "console/analysisrun.h"

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

// Runs the local pattern analysis for the console on the thread pool (AnalysisRun): the heatmap
// and findings of the newest reports first, refined with the whole window, then clusters and the
// maintenance forecast. Reports progress, can be cancelled, and on a NOTIFY appends only the new
// rows instead of reloading. The snapshot a result was computed from stays with it, so
// drill-downs always match what is on screen. A full analysis
// also trains the oracle predictor on the recorded feeds (kept in the model file, loaded from it
// on the first run) and hands it to whoever scores the live feeds.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    // Feeds the predictor trains on: the newest this many days of the window.
    static constexpr int TrainingDays = AnalysisRun::TrainingDays;

    // The most reports one drill-down lists (the newest of them).
    static constexpr std::size_t MaxDrillDown = 10000;

    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    HeatmapModel *heatmap() const { return m_heatmap; }
    FindingsModel *findings() const { return m_findings; }
    ClusterModel *clusters() const { return m_clusters; }
    ForecastModel *forecast() const { return m_forecast; }
    bool isBusy() const { return m_watcher.isRunning(); }
    // Reports behind the heatmap on screen (the preview's until the whole window is in).
    qint64 issueCount() const { return m_snapshot ? qint64(m_snapshot->size()) : 0; }
    // Whether the heatmap on screen covers the whole window, not just its newest reports.
    bool isComplete() const { return m_complete; }
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
    void cancel();

signals:
    void progress(int percent, const QString &stage);
    void busyChanged(bool busy);
    // The heatmap and findings are on screen for this many reports (complete: the whole window).
    void partReady(qint64 issues, bool complete);
    void finished(qint64 issues, qint64 elapsedMs);
    void failed(const QString &message);
    void modelReady(const pegboard::PredictorStage::Model &model);
    void modelFailed(const QString &message);

private:
    void run(bool incremental);
    void onPart(int index);
    void onFinished();
    QList<QUuid> ids(const std::vector<std::uint32_t> &rows, const Snapshot *snapshot) const;
    void release(std::shared_ptr<const Snapshot> &snapshot);

    QString m_url;
    QString m_modelPath;
    std::optional<PredictorStage::Model> m_model;
    QDateTime m_from;
    QDateTime m_to;
    std::shared_ptr<const Snapshot> m_snapshot;        // the heatmap's and the findings'
    std::shared_ptr<const Snapshot> m_clusterSnapshot; // the clusters'
    bool m_complete = false;
    QFutureWatcher<AnalysisPartPtr> m_watcher;
    bool m_pendingFull = false;
    bool m_pendingIncremental = false;
    HeatmapModel *m_heatmap;
    FindingsModel *m_findings;
    ClusterModel *m_clusters;
    ForecastModel *m_forecast;
};

} // namespace pegboard
