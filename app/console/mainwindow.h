#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QActionGroup;
class QToolBar;

namespace pegboard {

class ConsoleServices;
class ProgressCancel;
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
    // The services are ConsoleApp's (or a test's); the window only presents them.
    explicit MainWindow(ConsoleServices *services, QWidget *parent = nullptr);

    int perspectiveCount() const;
    EngineeringPerspective *engineering() const { return m_engineering; }
    OperationsPerspective *operations() const { return m_operations; }
    ExecutivePerspective *executive() const { return m_executive; }
    FilterBar *filterBar() const { return m_filter; }
    ProgressCancel *storeProgress() const { return m_storeProgress; }
    ProgressCancel *analysisProgress() const { return m_analysisProgress; }
    void showPerspective(int index);
    void editSettings();
    // Not the store: a dataset such as a review bundle (title, status, why changes are disabled).
    void showDataset(const QString &description, const QString &readOnlyReason);
    // The cluster table's corrections (merge, split, move, undo) go through this controller,
    // each after asking for a reason.
    void setClusterCorrections(ClusterCorrectionController *corrections);

signals:
    void openBundleRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void connectDetailActions();
    void connectAnalysis();
    void connectOperations();
    void buildViewMenu();
    void buildHelpMenu();
    void showShortcuts();
    void resetLayout();
    void fitToScreen();
    void refitIfTooLarge();
    void addPerspective(QWidget *perspective, const QString &title, const QKeySequence &shortcut);

    ConsoleServices *m_services;
    EngineeringPerspective *m_engineering;
    OperationsPerspective *m_operations;
    ExecutivePerspective *m_executive;
    FilterBar *m_filter;
    QStackedWidget *m_perspectives;
    QToolBar *m_perspectiveBar;
    QActionGroup *m_perspectiveActions;
    QLabel *m_storeStatus;
    ProgressCancel *m_storeProgress;
    ProgressCancel *m_analysisProgress;
    QList<QByteArray> m_defaultLayouts;
    bool m_fitted = false;
};

} // namespace pegboard
