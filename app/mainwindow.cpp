#include "mainwindow.h"

#include "consolecontroller.h"
#include "consolesession.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "feedservice.h"
#include "filterbar.h"
#include "issuedetailview.h"
#include "itemmodels/feedstatusmodel.h"
#include "itemmodels/issuetablemodel.h"
#include "livepegpanel.h"
#include "operationsperspective.h"
#include "settingsdialog.h"
#include "store/consolesettings.h"
#include "store/credentialstore.h"
#include "store/pgconnection.h"
#include "store/storeworker.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace pegboard {

MainWindow::MainWindow(ConsoleSession *session, ConsoleController *controller, FeedService *feeds,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_controller(controller)
    , m_engineering(new EngineeringPerspective(this))
    , m_operations(new OperationsPerspective(this))
    , m_executive(new ExecutivePerspective(this))
    , m_filter(new FilterBar(this))
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
    auto *filterBar = addToolBar(tr("Filter"));
    filterBar->setObjectName(QStringLiteral("filterBar"));
    filterBar->addWidget(m_filter);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, controller, &ConsoleController::refresh);
    fileMenu->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    addPerspective(m_engineering, tr("&Engineering"), QKeySequence(tr("Ctrl+1")));
    addPerspective(m_operations, tr("&Operations"), QKeySequence(tr("Ctrl+2")));
    addPerspective(m_executive, tr("E&xecutive"), QKeySequence(tr("Ctrl+3")));
    m_engineering->setIssueModel(controller->issues());
    m_operations->setOpenCriticalModel(controller->openCritical());
    m_operations->setLiveChart(new LivePegPanel(feeds->hub(), m_operations));
    auto *feedTable = new QTableView(this);
    feedTable->setObjectName(QStringLiteral("feedStatusTable"));
    feedTable->setModel(feeds->statusModel());
    feedTable->verticalHeader()->hide();
    feedTable->horizontalHeader()->setStretchLastSection(true);
    QDockWidget *feedDock = m_operations->addPanel(tr("Feeds"), QStringLiteral("feedStatusDock"), feedTable,
                                                   Qt::BottomDockWidgetArea);
    m_operations->tabifyDockWidget(m_operations->findChild<QDockWidget *>(QStringLiteral("resolutionDock")),
                                   feedDock);
    connect(controller, &ConsoleController::summaryChanged, m_operations, &OperationsPerspective::setSummary);
    connect(controller, &ConsoleController::summaryChanged, m_executive, &ExecutivePerspective::setSummary);

    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0); // a store query has no measurable progress, only "still working"
    progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    progress->setVisible(false);
    auto *cancel = new QToolButton(this);
    cancel->setText(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setVisible(false);
    statusBar()->addPermanentWidget(progress);
    statusBar()->addPermanentWidget(cancel);
    connect(cancel, &QToolButton::clicked, controller, &ConsoleController::cancel);
    connect(controller, &ConsoleController::busyChanged, this, [progress, cancel](bool busy) {
        progress->setVisible(busy);
        cancel->setVisible(busy);
    });
    statusBar()->addPermanentWidget(m_storeStatus);
    m_storeStatus->setText(tr("Starting the store…"));
    connect(session, &ConsoleSession::ready, this, [this](const QString &url, bool embedded) {
        m_storeStatus->setText(embedded ? tr("Embedded store")
                                        : tr("Store: %1").arg(PgConnection::redacted(url)));
        m_controller->setQuery(m_filter->query());
        m_controller->connectTo(url);
    });
    connect(session, &ConsoleSession::failed, this, [this](const QString &message) {
        m_storeStatus->setText(tr("Store unavailable"));
        statusBar()->showMessage(message);
    });
    connect(m_filter, &FilterBar::queryChanged, controller, &ConsoleController::setQuery);
    connect(controller, &ConsoleController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(controller, &ConsoleController::issuesLoaded, this, [this](int count) {
        statusBar()->showMessage(tr("%n report(s) in view", nullptr, count), 5000);
    });
    connect(controller, &ConsoleController::connectionChanged, this, [this](bool connected) {
        if (m_session->isReady())
            m_storeStatus->setText(
                connected ? (m_session->isEmbedded() ? tr("Embedded store") : tr("Store connected"))
                          : tr("Store connection lost"));
    });
    connect(m_engineering, &EngineeringPerspective::issueSelected, controller, &ConsoleController::select);
    connect(controller, &ConsoleController::selectedIssueChanged, m_engineering->detailView(),
            &IssueDetailView::setIssue);
    connectDetailActions();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_engineering->restoreState(settings.value(QStringLiteral("window/engineering")).toByteArray());
    m_operations->restoreState(settings.value(QStringLiteral("window/operations")).toByteArray());
    m_executive->restoreState(settings.value(QStringLiteral("window/executive")).toByteArray());
    showPerspective(settings.value(QStringLiteral("window/perspective"), 0).toInt());
}

void MainWindow::connectDetailActions()
{
    StoreWorker *worker = m_controller->store()->worker();
    IssueDetailView *detail = m_engineering->detailView();
    connect(detail, &IssueDetailView::acknowledgeRequested, worker, &StoreWorker::acknowledge);
    connect(detail, &IssueDetailView::annotateRequested, worker, &StoreWorker::annotate);
    connect(detail, &IssueDetailView::resolveRequested, worker, &StoreWorker::resolve);
    connect(detail, &IssueDetailView::preventionRequested, worker, &StoreWorker::setPreventionImplemented);
    connect(worker, &StoreWorker::historyLoaded, detail,
            [detail](const QUuid &id, const QList<Annotation> &annotations, const QList<AuditEntry> &audit) {
                if (id == detail->issueId())
                    detail->setHistory(annotations, audit);
            });
}

void MainWindow::editSettings()
{
    QSettings settings;
    SettingsDialog dialog(ConsoleSettings::load(settings), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsoleSettings chosen = dialog.settings();
    chosen.save(settings);
    if (!dialog.password().isEmpty()) {
        auto *credentials = new CredentialStore(this);
        connect(credentials, &CredentialStore::passwordWritten, this,
                [this, credentials](const QString &, const QString &error) {
                    statusBar()->showMessage(error.isEmpty()
                                                 ? tr("Password saved in the system keychain.")
                                                 : tr("The password was not saved: %1").arg(error),
                                             15000);
                    credentials->deleteLater();
                });
        credentials->writePassword(CredentialStore::accountFor(chosen.storeUrl), dialog.password());
    }
    statusBar()->showMessage(tr("Settings saved; the store and language apply at the next start."), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/engineering"), m_engineering->saveState());
    settings.setValue(QStringLiteral("window/operations"), m_operations->saveState());
    settings.setValue(QStringLiteral("window/executive"), m_executive->saveState());
    settings.setValue(QStringLiteral("window/perspective"), m_perspectives->currentIndex());
    QMainWindow::closeEvent(event);
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
    if (index < 0 || index >= m_perspectives->count())
        index = 0;
    m_perspectives->setCurrentIndex(index);
    m_perspectiveActions->actions()[index]->setChecked(true);
}

} // namespace pegboard
