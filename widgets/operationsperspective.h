#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QDockWidget;
class QTableView;

namespace pegboard {

class ResolutionTrendView;
struct ImpactSummary;

// The Operations perspective: the live peg (central), the open critical reports with their
// financial impact, resolution-time trends, the feeds, the risk and the maintenance windows, as
// rearrangeable docks. Each panel has its own setter and dock accessor, so the composition never
// looks a dock up by name; a new panel is one setter here.
class OperationsPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit OperationsPerspective(QWidget *parent = nullptr);

    void setOpenCriticalModel(QAbstractItemModel *model);
    void setSummary(const ImpactSummary &summary);
    // The live chart is supplied by the composition (it needs the feeds); until then a note.
    void setLiveChart(QWidget *chart);
    void setFeedStatusModel(QAbstractItemModel *model);
    void setRiskPanel(QWidget *panel);
    void setMaintenanceCalendar(QWidget *calendar);

    QWidget *liveChart() const { return centralWidget(); }
    QTableView *openCriticalTable() const { return m_critical; }
    ResolutionTrendView *resolutionTrend() const { return m_trend; }
    QTableView *feedStatusTable() const { return m_feedTable; }

    QDockWidget *openCriticalDock() const { return m_criticalDock; }
    QDockWidget *resolutionDock() const { return m_resolutionDock; }
    QDockWidget *feedStatusDock() const { return m_feedDock; }
    QDockWidget *riskDock() const { return m_riskDock; }
    QDockWidget *calendarDock() const { return m_calendarDock; }
    // Every panel's dock, in the order they were added (the View menu lists them).
    QList<QDockWidget *> panels() const { return m_panels; }

    // Adds a dock; objectName keys its place in the saved layout. tabWith puts it behind a panel.
    QDockWidget *addPanel(const QString &title, const QString &objectName, QWidget *widget,
                          Qt::DockWidgetArea area = Qt::BottomDockWidgetArea, QDockWidget *tabWith = nullptr);

private:
    QTableView *m_critical;
    ResolutionTrendView *m_trend;
    QTableView *m_feedTable = nullptr;
    QDockWidget *m_criticalDock = nullptr;
    QDockWidget *m_resolutionDock = nullptr;
    QDockWidget *m_feedDock = nullptr;
    QDockWidget *m_riskDock = nullptr;
    QDockWidget *m_calendarDock = nullptr;
    QList<QDockWidget *> m_panels;
};

} // namespace pegboard
