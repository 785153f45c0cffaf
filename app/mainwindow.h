#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QActionGroup;
class QToolBar;

namespace pegboard {

class ConsoleSession;

// Composes the perspectives and reports the store's state; the perspectives do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);

    int perspectiveCount() const;
    void showPerspective(int index);

private:
    void addPerspective(QWidget *perspective, const QString &title, const QKeySequence &shortcut);

    ConsoleSession *m_session;
    QStackedWidget *m_perspectives;
    QToolBar *m_perspectiveBar;
    QActionGroup *m_perspectiveActions;
    QLabel *m_storeStatus;
};

} // namespace pegboard
