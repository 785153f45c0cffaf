#include "mainwindow.h"

#include "consolesession.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "operationsperspective.h"
#include "store/pgconnection.h"

#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace pegboard {

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_perspectives(new QStackedWidget(this))
    , m_perspectiveActions(new QActionGroup(this))
    , m_storeStatus(new QLabel(this))
{
    setWindowTitle(tr("Pegboard"));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_perspectives);
    m_perspectiveBar = addToolBar(tr("Perspectives"));
    m_perspectiveBar->setObjectName(QStringLiteral("perspectiveBar"));
    m_perspectiveBar->setMovable(false);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    addPerspective(new EngineeringPerspective(this), tr("&Engineering"), QKeySequence(tr("Ctrl+1")));
    addPerspective(new OperationsPerspective(this), tr("&Operations"), QKeySequence(tr("Ctrl+2")));
    addPerspective(new ExecutivePerspective(this), tr("E&xecutive"), QKeySequence(tr("Ctrl+3")));
    showPerspective(0);

    statusBar()->addPermanentWidget(m_storeStatus);
    m_storeStatus->setText(tr("Starting the store…"));
    connect(session, &ConsoleSession::ready, this, [this](const QString &url, bool embedded) {
        m_storeStatus->setText(embedded ? tr("Embedded store ready")
                                        : tr("Connected to %1").arg(PgConnection::redacted(url)));
    });
    connect(session, &ConsoleSession::failed, this, [this](const QString &message) {
        m_storeStatus->setText(tr("Store unavailable"));
        statusBar()->showMessage(message);
    });
    resize(1280, 800);
}

void MainWindow::addPerspective(QWidget *perspective, const QString &title, const QKeySequence &shortcut)
{
    const int index = m_perspectives->addWidget(perspective);
    QAction *action = m_perspectiveBar->addAction(title);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    m_perspectiveActions->addAction(action);
    connect(action, &QAction::triggered, this, [this, index] { showPerspective(index); });
}

int MainWindow::perspectiveCount() const
{
    return m_perspectives->count();
}

void MainWindow::showPerspective(int index)
{
    m_perspectives->setCurrentIndex(index);
    const auto actions = m_perspectiveActions->actions();
    if (index >= 0 && index < actions.size())
        actions[index]->setChecked(true);
}

} // namespace pegboard
