#pragma once

#include <QMainWindow>
#include <QUuid>

class QAbstractItemModel;
class QDockWidget;
class QTableView;

namespace pegboard {

class AlertsPanel;
class IssueDetailView;
class MaintenanceCalendar;
class NoticeBar;
class OpenCriticalPanel;
class ResolutionTrendView;
class RiskPanel;
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
    void setRiskPanel(RiskPanel *panel);
    RiskPanel *riskPanel() const { return m_riskPanel; }
    void setMaintenanceCalendar(MaintenanceCalendar *calendar);
    // The maintenance windows panel (null until the composition supplies it).
    MaintenanceCalendar *maintenanceCalendar() const { return m_calendar; }

    QWidget *liveChart() const { return m_chart; }
    // A new critical report: a notice above the chart (non-modal; Open shows the report here).
    void notifyCritical(const QString &text, const QUuid &issueId);
    NoticeBar *noticeBar() const { return m_notice; }
    // The report opened from the critical table (double-click, Enter) or the notice, with its actions.
    IssueDetailView *reportDetail() const { return m_detail; }
    QDockWidget *reportDock() const { return m_reportDock; }
    void showReport();
    QTableView *openCriticalTable() const { return m_critical; }
    // The table with its repeat grouping and cap note.
    OpenCriticalPanel *openCriticalPanel() const { return m_criticalPanel; }
    ResolutionTrendView *resolutionTrend() const { return m_trend; }
    // Firings, silences and the rule editor with backtest (fed by the console's AlertService).
    AlertsPanel *alertsPanel() const { return m_alerts; }
    QDockWidget *alertsDock() const { return m_alertsDock; }
    QTableView *feedStatusTable() const { return m_feedTable; }

    QDockWidget *openCriticalDock() const { return m_criticalDock; }
    QDockWidget *resolutionDock() const { return m_resolutionDock; }
    QDockWidget *feedStatusDock() const { return m_feedDock; }
    QDockWidget *riskDock() const { return m_riskDock; }
    QDockWidget *calendarDock() const { return m_calendarDock; }
    // Every panel's dock, in the order they were added (the View menu lists them).
    QList<QDockWidget *> panels() const { return m_panels; }

signals:
    // The current row of the critical table changed (selecting shows the report).
    void issueSelected(const QUuid &id);
    // Double-click, Enter or the notice's Open: show this report in the Report panel.
    void issueActivated(const QUuid &id);

public:
    // Adds a dock; objectName keys its place in the saved layout. tabWith puts it behind a panel.
    QDockWidget *addPanel(const QString &title, const QString &objectName, QWidget *widget,
                          Qt::DockWidgetArea area = Qt::BottomDockWidgetArea, QDockWidget *tabWith = nullptr);

private:
    QWidget *m_centre;
    QWidget *m_chart = nullptr;
    NoticeBar *m_notice;
    IssueDetailView *m_detail;
    QDockWidget *m_reportDock = nullptr;
    OpenCriticalPanel *m_criticalPanel;
    QTableView *m_critical;
    ResolutionTrendView *m_trend;
    AlertsPanel *m_alerts;
    QDockWidget *m_alertsDock = nullptr;
    QTableView *m_feedTable = nullptr;
    QDockWidget *m_criticalDock = nullptr;
    QDockWidget *m_resolutionDock = nullptr;
    QDockWidget *m_feedDock = nullptr;
    QDockWidget *m_riskDock = nullptr;
    RiskPanel *m_riskPanel = nullptr;
    QDockWidget *m_calendarDock = nullptr;
    MaintenanceCalendar *m_calendar = nullptr;
    QList<QDockWidget *> m_panels;
};

} // namespace pegboard
