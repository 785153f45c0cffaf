#include "console/mainwindow.h"

#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "console/consolecontroller.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/riskmonitor.h"
#include "engineeringperspective.h"
#include "executiveperspective.h"
#include "feeds/feedhub.h"
#include "filterbar.h"
#include "heatmapview.h"
#include "issuedetailview.h"
#include "itemmodels/clustermodel.h"
#include "itemmodels/feedstatusmodel.h"
#include "itemmodels/findingsmodel.h"
#include "itemmodels/heatmapmodel.h"
#include "itemmodels/issuetablemodel.h"
#include "livepegpanel.h"
#include "maintenancecalendar.h"
#include "operationsperspective.h"
#include "riskpanel.h"
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
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace pegboard {

MainWindow::MainWindow(ConsoleSession *session, ConsoleController *controller, FeedService *feeds,
                       AnalysisController *analysis, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_controller(controller)
    , m_analysis(analysis)
    , m_risk(new RiskMonitor(feeds->hub(), this))
    , m_oraclePredictor(new LiveOraclePredictor(feeds->hub(), this))
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
    m_oraclePredictor->setActivityCounter([hub = feeds->hub()] { return hub->samplesIngested(); });
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
        m_analysis->setWindow(m_filter->query().from, m_filter->query().to);
        m_analysis->setUrl(url);
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
    connect(controller, &ConsoleController::relatedIssuesChanged, m_engineering->detailView(),
            &IssueDetailView::setRelated);
    connectDetailActions();
    connectAnalysis();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_engineering->restoreState(settings.value(QStringLiteral("window/engineering")).toByteArray());
    m_operations->restoreState(settings.value(QStringLiteral("window/operations")).toByteArray());
    m_executive->restoreState(settings.value(QStringLiteral("window/executive")).toByteArray());
    showPerspective(settings.value(QStringLiteral("window/perspective"), 0).toInt());
}

void MainWindow::connectAnalysis()
{
    m_engineering->setHeatmapModel(m_analysis->heatmap());
    m_engineering->setClusterModel(m_analysis->clusters());
    m_engineering->setFindingsModel(m_analysis->findings());
    connect(m_filter, &FilterBar::queryChanged, m_analysis,
            [this](const IssueQuery &q) { m_analysis->setWindow(q.from, q.to); });
    connect(m_controller, &ConsoleController::issuesInserted, m_analysis, &AnalysisController::appendNew);
    connect(m_engineering, &EngineeringPerspective::heatmapCellActivated, this,
            [this](const QModelIndex &index) {
                m_controller->showIssues(m_analysis->idsInCell(index.row(), index.column()));
                m_engineering->setDrillDown(
                    tr("%1 — %2").arg(index.model()->headerData(index.row(), Qt::Vertical).toString(),
                                      index.model()->headerData(index.column(), Qt::Horizontal).toString()));
            });
    connect(m_engineering, &EngineeringPerspective::clusterActivated, this, [this](int row) {
        m_controller->showIssues(m_analysis->idsOfCluster(row));
        m_engineering->setDrillDown(
            tr("cluster “%1” — %2")
                .arg(m_analysis->clusters()->index(row, ClusterModel::Title).data().toString(),
                     m_analysis->clusters()->index(row, ClusterModel::Why).data().toString()));
    });
    connect(m_engineering, &EngineeringPerspective::findingActivated, this, [this](int row) {
        m_controller->showIssues(m_analysis->idsOfFinding(row));
        m_engineering->setDrillDown(m_analysis->findings()->index(row, 0).data().toString());
    });
    connect(m_engineering, &EngineeringPerspective::showAllRequested, this, [this] {
        m_controller->showAll();
        m_engineering->setDrillDown({});
    });

    // Analysis progress in the status bar, with its own Cancel.
    auto *progress = new QProgressBar(this);
    progress->setRange(0, 100);
    progress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    progress->setFormat(tr("Analysis %p%"));
    progress->setVisible(false);
    auto *cancel = new QToolButton(this);
    cancel->setText(tr("Stop analysis"));
    cancel->setObjectName(QStringLiteral("cancelAnalysisButton"));
    cancel->setVisible(false);
    statusBar()->insertPermanentWidget(0, progress);
    statusBar()->insertPermanentWidget(1, cancel);
    connect(cancel, &QToolButton::clicked, m_analysis, &AnalysisController::cancel);
    connect(m_analysis, &AnalysisController::busyChanged, this, [progress, cancel](bool busy) {
        progress->setVisible(busy);
        cancel->setVisible(busy);
        progress->setValue(0);
    });
    connect(m_analysis, &AnalysisController::progress, this, [progress](int percent, const QString &stage) {
        progress->setValue(percent);
        progress->setToolTip(stage);
    });
    connect(m_analysis, &AnalysisController::finished, this, [this](qint64 issues, qint64 ms) {
        statusBar()->showMessage(tr("Analysed %n report(s) in %1 s", nullptr, int(issues))
                                     .arg(QLocale().toString(ms / 1000.0, 'f', 1)),
                                 8000);
    });
    connect(m_analysis, &AnalysisController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Analysis failed: %1").arg(message), 15000);
    });

    // Operations: live risk with recommended actions, and the maintenance calendar.
    auto *riskPanel = new RiskPanel(this);
    connect(m_risk, &RiskMonitor::assessed, riskPanel, &RiskPanel::setAssessment);
    // The oracle predictor scores the live feeds with the model the analysis trained (or loaded).
    connect(m_oraclePredictor, &LiveOraclePredictor::predicted, riskPanel, &RiskPanel::setPrediction);
    connect(m_analysis, &AnalysisController::modelReady, this, [this](const PredictorStage::Model &model) {
        m_oraclePredictor->setModel(model.predictor, model.info);
    });
    connect(m_analysis, &AnalysisController::modelFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Oracle predictor not trained: %1").arg(message), 15000);
    });
    QDockWidget *riskDock = m_operations->addPanel(
        tr("Risk and recommended actions"), QStringLiteral("riskDock"), riskPanel, Qt::RightDockWidgetArea);
    QDockWidget *calendarDock = m_operations->addPanel(
        tr("Maintenance windows"), QStringLiteral("calendarDock"),
        new MaintenanceCalendar(m_analysis->forecast(), this), Qt::BottomDockWidgetArea);
    m_operations->tabifyDockWidget(m_operations->findChild<QDockWidget *>(QStringLiteral("resolutionDock")),
                                   calendarDock);
    Q_UNUSED(riskDock);
    QSettings settings;
    const RiskConfig config = ConsoleSettings::load(settings).risk;
    RiskScore::Config risk;
    risk.weights = {config.pegStability, config.oracleHealth, config.networkStress, config.marketVolatility,
                    config.protocolHealth};
    risk.raiseOracleFrequency = config.raiseOracleFrequency;
    risk.alertOperations = config.alertOperations;
    risk.emergencyProtocol = config.emergencyProtocol;
    if (!m_risk->setConfig(risk))
        m_risk->assess();
    // Feeds take a moment to deliver: a first score a few seconds in, then every 30 s.
    QTimer::singleShot(3000, m_risk, &RiskMonitor::assess);
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

void MainWindow::setClusterCorrections(ClusterCorrectionController *corrections)
{
    auto reason = [this](const QString &what) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, what, tr("Reason (kept in the audit log):"),
                                                   QLineEdit::Normal, {}, &ok);
        return ok ? text.trimmed() : QString();
    };
    connect(m_engineering, &EngineeringPerspective::mergeClustersRequested, corrections,
            [corrections, reason](int a, int b) {
                if (const QString why = reason(tr("Merge clusters")); !why.isEmpty())
                    corrections->mergeClusters(a, b, why);
            });
    connect(m_engineering, &EngineeringPerspective::splitClusterRequested, corrections,
            [corrections, reason](int row, const QList<QUuid> &reports) {
                if (const QString why = reason(tr("Split cluster")); !why.isEmpty())
                    corrections->splitCluster(row, reports, why);
            });
    connect(m_engineering, &EngineeringPerspective::moveReportRequested, corrections,
            [corrections, reason](const QUuid &report, int row) {
                if (const QString why = reason(tr("Move report")); !why.isEmpty())
                    corrections->moveReport(report, row, why);
            });
    connect(m_engineering, &EngineeringPerspective::undoCorrectionRequested, corrections,
            [this, corrections, reason] {
                const auto snapshot = m_analysis->snapshot();
                QStringList items;
                QList<qint64> ids;
                for (const ClusterCorrection &c :
                     snapshot ? snapshot->corrections : std::vector<ClusterCorrection>())
                    if (!c.undone) {
                        items << tr("#%1 %2 by %3: %4")
                                     .arg(c.id)
                                     .arg(ClusterCorrection::key(c.kind), c.createdBy, c.reason);
                        ids << c.id;
                    }
                if (items.isEmpty()) {
                    statusBar()->showMessage(tr("No cluster correction is in force."), 10000);
                    return;
                }
                bool ok = false;
                const QString item = QInputDialog::getItem(this, tr("Undo a correction"), tr("Correction:"),
                                                           items, qsizetype(items.size()) - 1, false, &ok);
                if (!ok)
                    return;
                if (const QString why = reason(tr("Undo correction")); !why.isEmpty())
                    corrections->undo(ids.value(items.indexOf(item)), why);
            });
    connect(corrections, &ClusterCorrectionController::corrected, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Cluster correction #%1 saved; analysing again.").arg(id), 10000);
    });
    connect(corrections, &ClusterCorrectionController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The cluster correction was not saved: %1").arg(message), 15000);
    });
}

} // namespace pegboard
