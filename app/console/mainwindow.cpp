#include "console/mainwindow.h"

#include "alertspanel.h"
#include "analysis/liveoraclepredictor.h"
#include "console/alertservice.h"
#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "console/compliancewiring.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/listwiring.h"
#include "console/pegmarkercontroller.h"
#include "console/riskmonitor.h"
#include "dataset/livedataset.h"
#include "domain/issuetype.h"
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
#include "progresscancel.h"
#include "riskpanel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
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
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace pegboard {

MainWindow::MainWindow(ConsoleServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_engineering(new EngineeringPerspective(this))
    , m_operations(new OperationsPerspective(this))
    , m_executive(new ExecutivePerspective(this))
    , m_filter(new FilterBar(this))
    , m_perspectives(new QStackedWidget(this))
    , m_perspectiveActions(new QActionGroup(this))
    , m_storeStatus(new QLabel(this))
    , m_storeProgress(new ProgressCancel({}, tr("Cancel"), this))
    , m_analysisProgress(new ProgressCancel(tr("Analysis %p%"), tr("Stop analysis"), this))
{
    setWindowTitle(tr("Pegboard"));
    setObjectName(QStringLiteral("MainWindow"));
    ConsoleController *controller = services->controller();
    ConsoleSession *session = services->session();
    // On a screen smaller than the panels can shrink to (200 % on a laptop) the perspectives
    // scroll inside the window, which itself always fits the screen (fitToScreen); on a screen
    // that holds them the area is just a frame-less pass-through.
    auto *fit = new QScrollArea(this);
    fit->setObjectName(QStringLiteral("perspectiveScroller"));
    fit->setWidgetResizable(true);
    fit->setFrameShape(QFrame::NoFrame);
    fit->setWidget(m_perspectives);
    setCentralWidget(fit);
    m_perspectiveBar = addToolBar(tr("Perspectives"));
    m_perspectiveBar->setObjectName(QStringLiteral("perspectiveBar"));
    m_perspectiveBar->setMovable(false);
    addToolBar(m_filter);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Refresh"), QKeySequence::Refresh, controller, &ConsoleController::refresh);
    fileMenu->addAction(tr("Open review &bundle…"), QKeySequence::Open, this,
                        &MainWindow::openBundleRequested);
    fileMenu->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    addPerspective(m_engineering, tr("&Engineering"), QKeySequence(tr("Ctrl+1")));
    addPerspective(m_operations, tr("&Operations"), QKeySequence(tr("Ctrl+2")));
    addPerspective(m_executive, tr("E&xecutive"), QKeySequence(tr("Ctrl+3")));
    QAction *search = addAction(tr("&Search reports"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, m_filter, &FilterBar::focusSearch);
    fileMenu->insertAction(fileMenu->actions().value(2), search);
    m_engineering->setIssueModel(controller->issues());
    connect(controller, &ConsoleController::summaryChanged, m_executive, &ExecutivePerspective::setSummary);
    installCompliance(this, m_engineering, m_executive, session, m_filter);
    installListCaps(this, m_engineering, m_operations, services, m_filter);

    // One progress + Cancel per kind of background work, built by the same widget.
    m_storeProgress->cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    m_analysisProgress->cancelButton()->setObjectName(QStringLiteral("cancelAnalysisButton"));
    statusBar()->addPermanentWidget(m_analysisProgress);
    statusBar()->addPermanentWidget(m_storeProgress);
    connect(m_storeProgress, &ProgressCancel::cancelRequested, controller, &ConsoleController::cancel);
    connect(controller, &ConsoleController::busyChanged, m_storeProgress, &ProgressCancel::setBusy);
    statusBar()->addPermanentWidget(m_storeStatus);
    // A long store URL is cut rather than widen the window past a small screen.
    m_storeStatus->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_storeStatus->setText(tr("Starting the store…"));
    connect(session, &ConsoleSession::ready, this, [this](const QString &url, bool embedded) {
        m_storeStatus->setText(embedded ? tr("Embedded store")
                                        : tr("Store: %1").arg(PgConnection::redacted(url)));
        m_services->controller()->setQuery(m_filter->query());
        m_services->controller()->connectTo(url);
        m_services->analysis()->setQuery(m_filter->query());
        m_services->analysis()->setDataset(LiveDataset::opener(url));
    });
    connect(session, &ConsoleSession::failed, this, [this](const QString &message) {
        m_storeStatus->setText(tr("Store unavailable"));
        statusBar()->showMessage(message);
    });
    connect(m_filter, &FilterBar::queryChanged, controller, &ConsoleController::setQuery);
    // A new filter answers a new question: the drill-down it replaced is no longer what is shown.
    connect(m_filter, &FilterBar::queryChanged, this, [this] { m_engineering->setDrillDown({}); });
    connect(controller, &ConsoleController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(controller, &ConsoleController::issuesLoaded, this, [this](int count) {
        statusBar()->showMessage(tr("%n report(s) in view", nullptr, count), 5000);
    });
    connect(controller, &ConsoleController::connectionChanged, this, [this](bool connected) {
        ConsoleSession *session = m_services->session();
        if (session->isReady())
            m_storeStatus->setText(
                connected ? (session->isEmbedded() ? tr("Embedded store") : tr("Store connected"))
                          : tr("Store connection lost"));
    });
    connect(m_engineering, &EngineeringPerspective::issueSelected, controller, &ConsoleController::select);
    const QUrl explorer(ConsoleSettings::load(*std::make_unique<QSettings>()).explorerUrl);
    for (IssueDetailView *detail : {m_engineering->detailView(), m_operations->reportDetail()}) {
        detail->setExplorer(explorer);
        connect(controller, &ConsoleController::selectedIssueChanged, detail, &IssueDetailView::setIssue);
        connect(controller, &ConsoleController::relatedIssuesChanged, detail, &IssueDetailView::setRelated);
    }
    connect(services->credentials(), &CredentialStore::passwordWritten, this,
            [this](const QString &, const QString &error) {
                statusBar()->showMessage(error.isEmpty() ? tr("Password saved in the system keychain.")
                                                         : tr("The password was not saved: %1").arg(error),
                                         15000);
            });
    connectDetailActions();
    connectAnalysis();
    connectOperations();

    // The layouts as built, for View ▸ Reset layout.
    m_defaultLayouts = {m_engineering->saveState(), m_operations->saveState(), m_executive->saveState()};
    buildViewMenu();
    buildHelpMenu();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_engineering->restoreState(settings.value(QStringLiteral("window/engineering")).toByteArray());
    m_operations->restoreState(settings.value(QStringLiteral("window/operations")).toByteArray());
    m_executive->restoreState(settings.value(QStringLiteral("window/executive")).toByteArray());
    fitToScreen();
    showPerspective(settings.value(QStringLiteral("window/perspective"), 0).toInt());
}

void MainWindow::fitToScreen()
{
    // Never larger than the screen it opens on (a saved geometry from a bigger monitor, 200 %
    // scaling on a laptop): at most the available area, centred on it.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Before the first show the frame is not known yet: keep room for a title bar and borders.
    const QSize frame =
        isVisible() ? frameGeometry().size() - geometry().size() : QSize(16, fontMetrics().height() * 3);
    const QSize most = available.size() - frame;
    if (width() <= most.width() && height() <= most.height() && available.contains(frameGeometry()))
        return;
    resize(std::min(width(), most.width()), std::min(height(), most.height()));
    move(available.center() - rect().center());
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const std::array<std::pair<QString, QList<QDockWidget *>>, 3> perspectives{{
        {tr("Engineering panels"), m_engineering->panels()},
        {tr("Operations panels"), m_operations->panels()},
        {tr("Executive panels"), m_executive->panels()},
    }};
    for (const auto &[title, panels] : perspectives) {
        QMenu *menu = view->addMenu(title);
        for (QDockWidget *dock : panels)
            menu->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
}

void MainWindow::resetLayout()
{
    QMainWindow *perspectives[] = {m_engineering, m_operations, m_executive};
    for (int i = 0; i < 3; ++i) {
        // Panels added after the layout was saved (none today) must not stay hidden by it.
        perspectives[i]->restoreState(m_defaultLayouts.value(i));
    }
    for (QList<QDockWidget *> panels :
         {m_engineering->panels(), m_operations->panels(), m_executive->panels()})
        for (QDockWidget *dock : panels)
            dock->show();
    fitToScreen();
    statusBar()->showMessage(tr("Panels back in their original places."), 5000);
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    addAction(keys); // F1 works with the menu closed too
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions = m_perspectiveActions->actions();
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        actions += menu->actions();
    actions += this->actions();
    QList<QAction *> unique;
    for (QAction *a : actions)
        if (!unique.contains(a))
            unique.append(a);
    auto *dialog = new ShortcutsDialog(unique,
                                       {{QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                                         tr("Open the selected report (report tables)")},
                                        {QKeySequence(Qt::Key_End).toString(QKeySequence::NativeText),
                                         tr("Back to live on the peg chart after zooming or panning")}},
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::connectAnalysis()
{
    AnalysisController *analysis = m_services->analysis();
    ConsoleController *controller = m_services->controller();
    m_engineering->setHeatmapModel(analysis->heatmap());
    m_engineering->setClusterModel(analysis->clusters());
    m_engineering->setFindingsModel(analysis->findings());
    connect(m_filter, &FilterBar::queryChanged, analysis, &AnalysisController::setQuery);
    connect(controller, &ConsoleController::issuesInserted, analysis, &AnalysisController::appendNew);
    connect(m_engineering, &EngineeringPerspective::heatmapCellActivated, analysis,
            [analysis](const QModelIndex &index) { analysis->requestCell(index.row(), index.column()); });
    connect(analysis, &AnalysisController::cellDrilled, this,
            [this, analysis, controller](int row, int column, const QList<QUuid> &ids, qsizetype total) {
                controller->showIssues(ids, total);
                m_engineering->setDrillDown(
                    tr("%1 — %2").arg(analysis->heatmap()->headerData(row, Qt::Vertical).toString(),
                                      analysis->heatmap()->headerData(column, Qt::Horizontal).toString()));
            });
    connect(m_engineering, &EngineeringPerspective::clusterActivated, this,
            [this, analysis, controller](int row) {
                const QList<QUuid> ids = analysis->idsOfCluster(row); // before its total is read
                controller->showIssues(ids, analysis->lastDrillTotal());
                m_engineering->setDrillDown(
                    tr("cluster “%1” — %2")
                        .arg(analysis->clusters()->index(row, ClusterModel::Title).data().toString(),
                             analysis->clusters()->index(row, ClusterModel::Why).data().toString()));
            });
    connect(m_engineering, &EngineeringPerspective::findingActivated, this,
            [this, analysis, controller](int row) {
                const QList<QUuid> ids = analysis->idsOfFinding(row); // before its total is read
                controller->showIssues(ids, analysis->lastDrillTotal());
                m_engineering->setDrillDown(analysis->findings()->index(row, 0).data().toString());
            });
    connect(m_engineering, &EngineeringPerspective::showAllRequested, this, [this, controller] {
        controller->showAll();
        m_engineering->setDrillDown({});
    });

    connect(m_analysisProgress, &ProgressCancel::cancelRequested, analysis, &AnalysisController::cancel);
    connect(analysis, &AnalysisController::busyChanged, m_analysisProgress, [this](bool busy) {
        m_analysisProgress->setBusy(busy);
        m_analysisProgress->setProgress(0);
    });
    connect(analysis, &AnalysisController::progress, m_analysisProgress, &ProgressCancel::setProgress);
    connect(analysis, &AnalysisController::finished, this, [this](qint64 issues, qint64 ms) {
        statusBar()->showMessage(tr("Analysed %n report(s) in %1 s", nullptr, int(issues))
                                     .arg(QLocale().toString(ms / 1000.0, 'f', 1)),
                                 8000);
    });
    connect(analysis, &AnalysisController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Analysis failed: %1").arg(message), 15000);
    });
    connect(analysis, &AnalysisController::modelFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Oracle predictor not trained: %1").arg(message), 15000);
    });
}

void MainWindow::connectOperations()
{
    ConsoleController *controller = m_services->controller();
    FeedService *feeds = m_services->feeds();
    m_operations->setOpenCriticalModel(controller->openCritical());
    auto *livePeg = new LivePegPanel(feeds->hub(), m_operations);
    m_operations->setLiveChart(livePeg);
    // The filter's high and critical reports as markers on the live peg; a click opens the report here.
    new PegMarkerController(m_services->analysis(), livePeg, livePeg);
    connect(livePeg, &LivePegPanel::reportClicked, this, [this](const QUuid &id) {
        m_services->controller()->select(id);
        m_operations->showReport();
    });
    m_operations->setFeedStatusModel(feeds->statusModel());
    connect(controller, &ConsoleController::summaryChanged, m_operations, &OperationsPerspective::setSummary);
    // Act where you look: selecting a critical report shows it, double-click or Enter opens it here.
    connect(m_operations, &OperationsPerspective::issueSelected, controller, &ConsoleController::select);
    connect(m_operations, &OperationsPerspective::issueActivated, this, [this](const QUuid &id) {
        m_services->controller()->select(id);
        m_operations->showReport();
    });
    connect(controller, &ConsoleController::newCriticalIssues, this, [this](const QList<Issue> &issues) {
        const Issue &newest = issues.first();
        const QString text =
            issues.size() == 1 ? tr("New critical report: %1").arg(newest.title)
                               : tr("%n new critical report(s), the newest: %1", nullptr, int(issues.size()))
                                     .arg(newest.title);
        m_operations->notifyCritical(text, newest.id);
        statusBar()->showMessage(text, 15000);
        QApplication::alert(this); // the taskbar asks for attention; nothing takes the focus
    });

    // Live risk with recommended actions, and the oracle predictor's view of the same feeds.
    auto *riskPanel = new RiskPanel(m_operations);
    RiskMonitor *risk = m_services->risk();
    connect(risk, &RiskMonitor::assessed, riskPanel, &RiskPanel::setAssessment);
    connect(risk, &RiskMonitor::replayChanged, riskPanel, &RiskPanel::setReplaying);
    riskPanel->setAssessment(risk->latest());
    connect(m_services->oraclePredictor(), &LiveOraclePredictor::predicted, riskPanel,
            &RiskPanel::setPrediction);
    m_operations->setRiskPanel(riskPanel);
    auto *calendar = new MaintenanceCalendar(m_services->analysis()->forecast(), m_operations);
    m_operations->setMaintenanceCalendar(calendar);
    connect(calendar, &MaintenanceCalendar::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // Firings, silences and rules; a maintenance window becomes a silence with one click.
    m_services->alerts()->attach(m_operations->alertsPanel());
    connect(calendar, &MaintenanceCalendar::silenceRequested, m_operations->alertsPanel(),
            &AlertsPanel::requestSilence);
}

void MainWindow::connectDetailActions()
{
    StoreWorker *worker = m_services->controller()->store()->worker();
    for (IssueDetailView *detail : {m_engineering->detailView(), m_operations->reportDetail()}) {
        connect(detail, &IssueDetailView::acknowledgeRequested, worker, &StoreWorker::acknowledge);
        connect(detail, &IssueDetailView::annotateRequested, worker, &StoreWorker::annotate);
        connect(detail, &IssueDetailView::resolveRequested, worker, &StoreWorker::resolve);
        connect(detail, &IssueDetailView::preventionRequested, worker,
                &StoreWorker::setPreventionImplemented);
        connect(
            worker, &StoreWorker::historyLoaded, detail,
            [detail](const QUuid &id, const QList<Annotation> &annotations, const QList<AuditEntry> &audit) {
                if (id == detail->issueId())
                    detail->setHistory(annotations, audit);
            });
    }
}

void MainWindow::showDataset(const QString &description, const QString &readOnlyReason)
{
    setWindowTitle(tr("Pegboard — %1").arg(description));
    m_storeStatus->setText(description);
    m_storeStatus->setToolTip(readOnlyReason);
    m_engineering->detailView()->setChangesDisabled(readOnlyReason);
}

void MainWindow::editSettings()
{
    QSettings settings;
    SettingsDialog dialog(ConsoleSettings::load(settings), m_services->feeds()->feedsInUse(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsoleSettings chosen = dialog.settings();
    chosen.save(settings);
    m_services->applySettings();
    for (IssueDetailView *detail : {m_engineering->detailView(), m_operations->reportDetail()})
        detail->setExplorer(QUrl(chosen.explorerUrl));
    if (!dialog.password().isEmpty())
        m_services->credentials()->writePassword(CredentialStore::accountFor(chosen.storeUrl),
                                                 dialog.password());
    statusBar()->showMessage(tr("Settings saved; risk weights, the block explorer and your name apply now, "
                                "the store and language at the next start."),
                             10000);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        QMetaObject::invokeMethod(this, &MainWindow::fitToScreen, Qt::QueuedConnection);
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    refitIfTooLarge();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    // A panel's minimum can shrink again after it grew the window (a long sentence replaced).
    if (event->type() == QEvent::LayoutRequest)
        refitIfTooLarge();
    return handled;
}

void MainWindow::refitIfTooLarge()
{
    // Panels that fill in after the first fit (a risk sentence, a wide table) can grow the window
    // past the screen: fit it again. fitToScreen() resizes only when it is too large, so this ends.
    const QScreen *screen = this->screen();
    if (m_fitted && isVisible() && screen && !screen->availableGeometry().contains(frameGeometry()))
        QMetaObject::invokeMethod(this, &MainWindow::fitToScreen, Qt::QueuedConnection);
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
                const auto snapshot = m_services->analysis()->snapshot();
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
