#pragma once

#include <QByteArray>
#include <QMainWindow>
#include <QUuid>

class QAbstractItemModel;
class QDockWidget;
class QAction;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pegboard {

class HeatmapLegend;
class HeatmapView;
class IssueDetailView;
class ListCapBanner;

// The Engineering perspective: the correlation heatmap (centre), the reports behind whatever was
// drilled into, the root-cause clusters and patterns, and one report in full — as docks the user
// can rearrange. Clusters can be corrected (merge, split, move a report, undo) from the cluster
// table's context menu.
class EngineeringPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit EngineeringPerspective(QWidget *parent = nullptr);

    void setIssueModel(QAbstractItemModel *model);
    void setHeatmapModel(QAbstractItemModel *model);
    void setClusterModel(QAbstractItemModel *model);
    void setFindingsModel(QAbstractItemModel *model);
    // What the report list shows: empty for the filter's reports, else the drill-down's name.
    // While drilled down the report list takes the room and the heatmap keeps a compact strip;
    // clearing the drill-down gives the heatmap its size back.
    void setDrillDown(const QString &label);
    QString drillDown() const;
    QPushButton *showAllButton() const { return m_showAll; }
    QDockWidget *reportsDock() const { return m_reportsDock; }

    // Above the report list when it holds fewer reports than the filter: load more, show all, export.
    ListCapBanner *listCapBanner() const { return m_cap; }
    // Root causes come from the newest `clustered` of `total` reports: the clusters panel says so.
    void setClusterCoverage(qint64 clustered, qint64 total);
    QString clusterCoverage() const;

    IssueDetailView *detailView() const { return m_detail; }
    QTableView *issueTable() const { return m_table; }
    HeatmapView *heatmapView() const { return m_heatmap; }
    HeatmapLegend *heatmapLegend() const { return m_legend; }
    QTableView *clusterTable() const { return m_clusterTable; }
    QListView *findingsView() const { return m_findings; }
    // Every panel's dock, in the order they were added (the View menu lists them).
    QList<QDockWidget *> panels() const { return m_panels; }
    // A panel another part of the console brings (the audit trail): a tab beside the report
    // detail, so the report list keeps its width in the bottom row.
    QDockWidget *addPanel(const QString &title, const QString &name, QWidget *widget);
    // Cluster corrections, in the cluster table's context menu (enabled by what is selected).
    QAction *mergeClustersAction() const { return m_mergeAction; }
    QAction *splitClusterAction() const { return m_splitAction; }
    QAction *moveReportAction() const { return m_moveAction; }
    QAction *undoCorrectionAction() const { return m_undoAction; }
    // Source rows of the selected clusters; ids of the selected reports.
    QList<int> selectedClusterRows() const;
    QList<QUuid> selectedIssueIds() const;

signals:
    void issueSelected(const QUuid &id);
    void heatmapCellActivated(const QModelIndex &index);
    void clusterActivated(int row);
    void findingActivated(int row);
    void showAllRequested();
    // The report table's "Export as CSV…": every report the list stands for, not only the loaded.
    void exportReportsRequested();
    void mergeClustersRequested(int rowA, int rowB);
    void splitClusterRequested(int row, const QList<QUuid> &reports);
    void moveReportRequested(const QUuid &report, int row);
    void undoCorrectionRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDockWidget *dock(const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area);
    void installCorrectionActions();
    void updateCorrectionActions();
    void giveReportsTheRoom(bool drilled);
    int heatmapHeight(int rows) const; // the heatmap's header, `rows` rows and legend

    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    IssueDetailView *m_detail;
    HeatmapView *m_heatmap;
    HeatmapLegend *m_legend = nullptr;
    QTableView *m_clusterTable;
    QSortFilterProxyModel *m_clusterProxy;
    QListView *m_findings;
    QLabel *m_drillLabel;
    QPushButton *m_showAll;
    ListCapBanner *m_cap;
    QLabel *m_clusterCoverage;
    QList<QDockWidget *> m_panels;
    QDockWidget *m_reportsDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    QDockWidget *m_patternsDock = nullptr;
    // The panels' layout before the drill-down (empty while not drilled down).
    QByteArray m_layoutBeforeDrill;
    bool m_sizedOnFirstShow = false;
    QAction *m_mergeAction, *m_splitAction, *m_moveAction, *m_undoAction;
};

} // namespace pegboard
