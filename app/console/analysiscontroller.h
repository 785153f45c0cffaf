#pragma once

#include "analysis/analysispipeline.h"
#include "dataset/dataset.h"
#include "domain/error.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QUuid>
#include <atomic>
#include <memory>

namespace pegboard {

class ClusterModel;
class FindingsModel;
class ForecastModel;
class HeatmapModel;

// Runs the one analysis pipeline (AnalysisPipeline) for the console on the thread pool, over
// whatever Dataset it is given (the store, or a review bundle): progress, cancel, and on a NOTIFY
// only the new rows appended instead of a reload. The snapshot a result was computed from stays
// with it, so drill-downs always match what is on screen. A full analysis also trains the oracle
// predictor on the newest TrainingDays of recorded feeds (kept in the model file, loaded from it on
// the first run) and hands it to whoever scores the live feeds.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        std::optional<AnalysisPipeline::Run> run;
        Error error;
        qint64 elapsedMs = 0;
        bool partial = false; // heatmap and findings only, the rest still running
    };
    using OutcomePtr = std::shared_ptr<Outcome>;

    // Feeds the predictor trains on: the newest this many days of the window.
    static constexpr int TrainingDays = 14;
    // Root causes are found among the newest this many reports.
    static constexpr std::size_t MaxClusteredReports = 50000;
    // A window larger than this shows the heatmap and findings of its newest this many first.
    static constexpr std::size_t PreviewReports = MaxClusteredReports;
    // The most reports one drill-down lists (the newest of them).
    static constexpr std::size_t MaxDrillDown = 10000;

    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    HeatmapModel *heatmap() const { return m_heatmap; }
    FindingsModel *findings() const { return m_findings; }
    ClusterModel *clusters() const { return m_clusters; }
    ForecastModel *forecast() const { return m_forecast; }
    // From a request until its last result is on screen.
    bool isBusy() const { return m_busy; }
    // Reports behind the heatmap and findings on screen (the newest first, then the whole window).
    qint64 issueCount() const { return m_glance ? qint64(m_glance->size()) : 0; }
    // The snapshot the last finished analysis was computed from (cluster rows index into it).
    std::shared_ptr<const Snapshot> snapshot() const { return m_snapshot; }
    // Where the predictor is kept between sessions; empty keeps it in memory only.
    void setModelPath(const QString &path) { m_modelPath = path; }
    const std::optional<PredictorStage::Model> &model() const { return m_model; }
    // The last finished analysis' severity drivers, lead-lag, predictor metrics and risk (its
    // heatmap, findings and clusters live in the item models).
    const AnalysisReport &report() const { return m_report; }

    // Report ids behind a heatmap cell, a cluster row or a finding row: the drill-down.
    QList<QUuid> idsInCell(int heatmapRow, int heatmapColumn) const;
    // The same for a cell, found off the GUI thread (a cell of a million-report window is a scan
    // of all of it): cellDrilled follows, unless a newer request or analysis came first.
    void requestCell(int heatmapRow, int heatmapColumn);
    QList<QUuid> idsOfCluster(int row) const;
    QList<QUuid> idsOfFinding(int row) const;
    // The last drill-down in full: how many reports it holds (its ids are the newest MaxDrillDown),
    // and all of their ids, newest first (for "Show all").
    qsizetype lastDrillTotal() const { return qsizetype(m_lastDrill.size()); }
    QList<QUuid> allIdsOfLastDrill() const;

public slots:
    // Where the data comes from; starts a full analysis.
    void setDataset(const pegboard::DatasetOpener &opener);
    void setWindow(const QDateTime &from, const QDateTime &to);
    // The filter bar's question: a new window loads it; a new narrowing (types, severity, protocols,
    // text) recomputes over the loaded window without reloading it.
    void setQuery(const pegboard::IssueQuery &query);
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
    // A requested cell's newest MaxDrillDown ids, and how many reports it holds in all.
    void cellDrilled(int heatmapRow, int heatmapColumn, const QList<QUuid> &ids, qsizetype total);

private:
    void run(bool incremental);
    void onResult(int index);
    void onFinished();
    void applyPartial(AnalysisPipeline::Run &run);
    void applyFinal(Outcome &out);
    static void release(std::shared_ptr<const Snapshot> &snapshot);
    QList<QUuid> ids(const std::vector<std::uint32_t> &rows, const std::shared_ptr<const Snapshot> &snapshot,
                     std::size_t limit = MaxDrillDown) const;
    // The ids of the newest `limit` of `rows`, newest first (any thread).
    static QList<QUuid> newestIds(const std::vector<std::uint32_t> &rows, const Snapshot &snapshot,
                                  std::size_t limit);
    // Bumped by every cell request and every result put on screen: older cell answers are dropped.
    int m_drillGeneration = 0;
    // The last drill-down's rows and the snapshot they index (heatmap and findings index the
    // newest reports' glance, clusters the whole window), for "Show all".
    mutable std::vector<std::uint32_t> m_lastDrill;
    mutable std::weak_ptr<const Snapshot> m_lastDrillSnapshot;

    DatasetOpener m_opener;
    QString m_modelPath;
    std::optional<PredictorStage::Model> m_model;
    QDateTime m_from;
    QDateTime m_to;
    IssueQuery m_filter;
    // The reports in the filter (what the models' rows index into) and the whole loaded window.
    std::shared_ptr<const Snapshot> m_snapshot;
    // The snapshot the heatmap and findings on screen were computed from (an early part's, until
    // the run is done).
    std::shared_ptr<const Snapshot> m_glance;
    std::shared_ptr<const Snapshot> m_window;
    AnalysisReport m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_pool; // the analysis' own thread, at a lower priority than the GUI
    QFutureWatcher<OutcomePtr> m_watcher;
    bool m_busy = false;
    bool m_pendingFull = false;
    bool m_pendingIncremental = false;
    HeatmapModel *m_heatmap;
    FindingsModel *m_findings;
    ClusterModel *m_clusters;
    ForecastModel *m_forecast;
};

} // namespace pegboard
