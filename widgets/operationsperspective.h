#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QDockWidget;
class QTableView;

namespace pegboard {

class AlertsPanel;
class ResolutionTrendView;
struct ImpactSummary;

// The Operations perspective: the live peg (central), the open critical reports with their
// financial impact, resolution-time trends and the recommended actions, as rearrangeable docks.
class OperationsPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit OperationsPerspective(QWidget *parent = nullptr);

    void setOpenCriticalModel(QAbstractItemModel *model);
    void setSummary(const ImpactSummary &summary);
    // The live chart is supplied by the composition (it needs the feeds); until then a note.
    void setLiveChart(QWidget *chart);
    QTableView *openCriticalTable() const { return m_critical; }
    ResolutionTrendView *resolutionTrend() const { return m_trend; }
    // Firings, silences and the rule editor with backtest (fed by the console's AlertService).
    AlertsPanel *alertsPanel() const { return m_alerts; }
    QDockWidget *addPanel(const QString &title, const QString &objectName, QWidget *widget,
                          Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);

private:
    QTableView *m_critical;
    ResolutionTrendView *m_trend;
    AlertsPanel *m_alerts;
    QDockWidget *m_criticalDock = nullptr;
};

} // namespace pegboard
