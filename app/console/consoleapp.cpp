#include "console/consoleapp.h"

#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/mainwindow.h"
#include "console/replaycontroller.h"
#include "console/riskmonitor.h"
#include "dataset/bundledataset.h"
#include "dataset/livedataset.h"
#include "demo/demorunner.h"
#include "domain/backgroundpool.h"
#include "engineeringperspective.h"
#include "feeds/feedscenario.h"
#include "filterbar.h"
#include "operationsperspective.h"
#include "replaypegchart.h"
#include "store/credentialstore.h"
#include "store/pgurl.h"
#include "timelinebar.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace pegboard {

ConsoleApp::ConsoleApp(QObject *parent)
    : QObject(parent)
    , m_services(std::make_unique<ConsoleServices>())
    , m_window(std::make_unique<MainWindow>(m_services.get()))
{
    m_window->setClusterCorrections(m_services->corrections());
    addReplay();
    connect(m_window.get(), &MainWindow::openBundleRequested, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_window.get(), tr("Open review bundle"), {},
                                         tr("Review bundles (*.pgbundle *.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            openBundle(path);
    });
}

void ConsoleApp::addReplay()
{
    // The timeline runs along the bottom of the window; the recorded peg with its report markers is
    // an Operations panel. Both stay hidden until a window is loaded for replay.
    m_timeline = new TimelineBar(m_window.get());
    auto *bar = new QToolBar(tr("Replay"), m_window.get());
    bar->setObjectName(QStringLiteral("replayBar"));
    bar->addWidget(m_timeline);
    bar->setVisible(false);
    m_window->addToolBar(Qt::BottomToolBarArea, bar);
    m_replayChart = new ReplayPegChart(m_window.get());
    QDockWidget *dock = m_window->operations()->addPanel(
        tr("Replay: recorded peg"), QStringLiteral("replayDock"), m_replayChart, Qt::BottomDockWidgetArea);
    dock->setVisible(false);
    m_replay = new ReplayController(m_services->controller(), m_services->analysis(), m_services->risk(),
                                    m_timeline, m_replayChart, this);
    connect(m_replay, &ReplayController::ready, this, [bar, dock] {
        bar->setVisible(true);
        dock->setVisible(true);
    });
    connect(m_replay, &ReplayController::stopped, this, [bar, dock] {
        bar->setVisible(false);
        dock->setVisible(false);
    });
    connect(m_replay, &ReplayController::progress, this,
            [this](int, const QString &stage) { m_window->statusBar()->showMessage(stage, 10000); });
    connect(m_replay, &ReplayController::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Replay unavailable: %1").arg(message), 15000);
    });
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Replay"));
    menu->addAction(tr("Replay the filter's window"), this, &ConsoleApp::replayFilterWindow);
    // A bundle is nothing but its window; only a replay of the live store goes back to the present.
    QAction *leave = menu->addAction(tr("Back to live"), m_replay, &ReplayController::stop);
    leave->setEnabled(false);
    connect(m_replay, &ReplayController::ready, leave,
            [this, leave] { leave->setEnabled(m_services->session()->isReady()); });
    connect(m_replay, &ReplayController::stopped, leave, [leave] { leave->setEnabled(false); });
    menu->addAction(tr("Play / pause"), QKeySequence(tr("Ctrl+Space")), m_timeline,
                    [this] { m_timeline->isPlaying() ? m_timeline->pause() : m_timeline->play(); });
    menu->addAction(tr("Next report"), QKeySequence(tr("Ctrl+Right")), m_timeline,
                    &TimelineBar::stepToNextReport);
    menu->addAction(tr("Incident start"), m_timeline, &TimelineBar::jumpToIncidentStart);
}

void ConsoleApp::replayFilterWindow()
{
    // A past window of the live store, replayed like a bundle.
    if (!m_services->session()->isReady())
        return;
    const IssueQuery q = m_window->filterBar()->query();
    const QDateTime to = q.to.isValid() ? q.to : QDateTime::currentDateTimeUtc();
    const QDateTime from = q.from.isValid() ? q.from : to.addDays(-90);
    m_replay->load(LiveDataset::opener(m_services->session()->url()), from, to);
}

void ConsoleApp::openBundle(const QString &path)
{
    // Reading the manifest is I/O: done on the pool, the window composed when it is back.
    struct Opened
    {
        QString description, readOnlyReason, error;
        QDateTime from, to;
    };
    auto *watcher = new QFutureWatcher<Opened>(this);
    m_window->statusBar()->showMessage(tr("Opening %1…").arg(path));
    connect(watcher, &QFutureWatcher<Opened>::finished, this, [this, watcher, path] {
        const Opened opened = watcher->result();
        watcher->deleteLater();
        if (!opened.error.isEmpty()) {
            m_window->statusBar()->showMessage(opened.error, 20000);
            emit bundleFailed(opened.error);
            return;
        }
        const DatasetOpener opener = BundleDataset::opener(path);
        m_window->showDataset(opened.description, opened.readOnlyReason);
        // The worker opens the bundle before it answers the filter's query (queued in order); the
        // filter then moves to the bundle's window, which the lists and the analysis follow.
        m_services->controller()->openDataset(opener);
        if (opened.from.isValid() && opened.to.isValid())
            m_window->filterBar()->setWindow(opened.from, opened.to);
        else
            m_window->filterBar()->setPreset(FilterBar::AllTime);
        m_services->analysis()->setDataset(opener);
        if (opened.from.isValid() && opened.to.isValid())
            m_replay->load(opener, opened.from, opened.to);
        emit bundleOpened(opened.description);
    });
    watcher->setFuture(runInBackground([path] {
        Opened out;
        auto bundle = BundleDataset::open(path);
        if (!bundle) {
            out.error = bundle.error().message;
            return out;
        }
        out.description = (*bundle)->description();
        out.readOnlyReason = (*bundle)->readOnlyReason();
        out.from = (*bundle)->windowFrom();
        out.to = (*bundle)->windowTo();
        return out;
    }));
}

ConsoleApp::~ConsoleApp()
{
    // The window and its views go before what they show; the demo's processes last.
    delete m_replay;
    m_window.reset();
    m_services.reset();
    if (m_demo)
        m_demo->stop();
}

void ConsoleApp::start(const Options &options)
{
    m_window->show();
    if (!options.bundle.isEmpty())
        openBundle(options.bundle);
    else if (options.demo)
        startDemo(options);
    else
        startStore(options);
}

void ConsoleApp::startStore(const Options &options)
{
    m_services->feeds()->start(options.feeds);
    // The oracle predictor outlives the session in the app's data directory (not in the demo's:
    // a model of a simulated market would mislead the next real session).
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty() && QDir().mkpath(dataDir))
        m_services->analysis()->setModelPath(dataDir + QStringLiteral("/oracle-predictor.model"));
    QSettings settings;
    const QString configured = ConsoleSettings::load(settings).storeUrl;
    const QString writeUrl =
        options.writeUrl.isEmpty() ? ConsoleSettings::load(settings).writeUrl : options.writeUrl;
    m_services->controller()->setWriteUrl(writeUrl);
    const PgUrl configuredUrl(configured);
    if (options.url.isEmpty() && !configured.isEmpty() && configuredUrl.password().isEmpty() &&
        !configuredUrl.hosts().isEmpty()) {
        CredentialStore *credentials = m_services->credentials();
        // One read at start-up: the connection goes with its answer.
        connect(
            credentials, &CredentialStore::passwordRead, this,
            [this, configured, writeUrl, dir = options.dataDir](const QString &, const QString &password,
                                                                const QString &) {
                // The same login on the primary: the write URL gets the same password.
                if (PgUrl(writeUrl).password().isEmpty())
                    m_services->controller()->setWriteUrl(CredentialStore::withPassword(writeUrl, password));
                m_services->session()->start(CredentialStore::withPassword(configured, password), dir);
            },
            Qt::SingleShotConnection);
        credentials->readPassword(CredentialStore::accountFor(configured));
        return;
    }
    m_services->session()->start(options.url.isEmpty() ? configured : options.url, options.dataDir);
}

void ConsoleApp::startDemo(const Options &options)
{
    m_demo = std::make_unique<DemoRunner>();
    // The simulated oracle publishes every minute: stale is measured against that heartbeat.
    m_services->risk()->setOracleHeartbeat(FeedScenario::OracleHeartbeatS);
    connect(m_demo.get(), &DemoRunner::progress, this, [this](const QString &step, int percent) {
        m_window->statusBar()->showMessage(tr("Demo: %1 (%2%)").arg(step).arg(percent));
    });
    connect(m_demo.get(), &DemoRunner::ready, this, [this, options](const DemoEndpoints &endpoints) {
        QList<FeedConfig> feeds = options.feeds;
        if (const auto feed = FeedService::parse(endpoints.feedSpec))
            feeds.prepend(*feed);
        // Live samples go to the store, so the collector enriches the scenario's reports with them.
        m_services->feeds()->recordTo(endpoints.storeUrl);
        m_services->feeds()->start(feeds);
        m_services->session()->start(endpoints.storeUrl);
        m_window->statusBar()->showMessage(
            tr("Demo running: a depeg is unfolding; reports arrive through the collector at %1.")
                .arg(endpoints.collectorUrl),
            20000);
    });
    connect(m_demo.get(), &DemoRunner::failed, this, [this](const QString &message) {
        QMessageBox::critical(m_window.get(), tr("Demo could not start"), message);
    });
    m_demo->start(options.dataDir.isEmpty() ? DemoRunner::defaultDataDir() : options.dataDir);
}

} // namespace pegboard
