#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QActionGroup;
class QToolBar;

namespace pegboard {

class AnalysisController;
class ConsoleController;
class RiskMonitor;
class LiveOraclePredictor;
class FeedService;
class ConsoleSession;
class EngineeringPerspective;
class ExecutivePerspective;
class OperationsPerspective;
class FilterBar;
class ClusterCorrectionController;

// Composes the perspectives and reports the store's state; the perspectives do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleSession *session, ConsoleController *controller, FeedService *feeds,
               AnalysisController *analysis, QWidget *parent = nullptr);

    int perspectiveCount() const;
    EngineeringPerspective *engineering() const { return m_engineering; }
    OperationsPerspective *operations() const { return m_operations; }
    ExecutivePerspective *executive() const { return m_executive; }
    FilterBar *filterBar() const { return m_filter; }
    void showPerspective(int index);
    void editSettings();
    // The cluster table's corrections (merge, split, move, undo) go through this controller,
    // each after asking for a reason.
    void setClusterCorrections(ClusterCorrectionController *corrections);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectDetailActions();
    void connectAnalysis();
    void addPerspective(QWidget *perspective, const QString &title, const QKeySequence &shortcut);

    ConsoleSession *m_session;
    ConsoleController *m_controller;
    AnalysisController *m_analysis;
    RiskMonitor *m_risk;
    LiveOraclePredictor *m_oraclePredictor;
    EngineeringPerspective *m_engineering;
    OperationsPerspective *m_operations;
    ExecutivePerspective *m_executive;
    FilterBar *m_filter;
    QStackedWidget *m_perspectives;
    QToolBar *m_perspectiveBar;
    QActionGroup *m_perspectiveActions;
    QLabel *m_storeStatus;
};

} // namespace pegboard
