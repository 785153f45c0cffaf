#include "console/consoleapp.h"

#include "console/analysiscontroller.h"
#include "console/clustercorrectioncontroller.h"
#include "console/consolecontroller.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/mainwindow.h"
#include "demo/demorunner.h"
#include "store/credentialstore.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace pegboard {

ConsoleApp::ConsoleApp(QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<ConsoleSession>())
    , m_controller(std::make_unique<ConsoleController>())
    , m_feeds(std::make_unique<FeedService>())
    , m_analysis(std::make_unique<AnalysisController>())
    , m_corrections(std::make_unique<ClusterCorrectionController>(m_analysis.get()))
    , m_window(
          std::make_unique<MainWindow>(m_session.get(), m_controller.get(), m_feeds.get(), m_analysis.get()))
{
    m_corrections->setPerson(qEnvironmentVariable("USER"));
    connect(m_session.get(), &ConsoleSession::ready, m_corrections.get(),
            [this](const QString &url) { m_corrections->setUrl(url); });
    m_window->setClusterCorrections(m_corrections.get());
}

ConsoleApp::~ConsoleApp()
{
    // The window and its views go before what they show; the demo's processes last.
    m_window.reset();
    m_corrections.reset();
    m_analysis.reset();
    m_feeds.reset();
    m_controller.reset();
    m_session.reset();
    if (m_demo)
        m_demo->stop();
}

void ConsoleApp::start(const Options &options)
{
    m_window->show();
    if (options.demo)
        startDemo(options);
    else
        startStore(options);
}

void ConsoleApp::startStore(const Options &options)
{
    m_feeds->start(options.feeds);
    // The oracle predictor outlives the session in the app's data directory (not in the demo's:
    // a model of a simulated market would mislead the next real session).
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty() && QDir().mkpath(dataDir))
        m_analysis->setModelPath(dataDir + QStringLiteral("/oracle-predictor.model"));
    QSettings settings;
    const QString configured = ConsoleSettings::load(settings).storeUrl;
    if (options.url.isEmpty() && !configured.isEmpty() && QUrl(configured).password().isEmpty() &&
        !QUrl(configured).host().isEmpty()) {
        auto *credentials = new CredentialStore(this);
        connect(credentials, &CredentialStore::passwordRead, this,
                [this, configured, dir = options.dataDir](const QString &, const QString &password,
                                                          const QString &) {
                    m_session->start(CredentialStore::withPassword(configured, password), dir);
                });
        credentials->readPassword(CredentialStore::accountFor(configured));
        return;
    }
    m_session->start(options.url.isEmpty() ? configured : options.url, options.dataDir);
}

void ConsoleApp::startDemo(const Options &options)
{
    m_demo = std::make_unique<DemoRunner>();
    connect(m_demo.get(), &DemoRunner::progress, this, [this](const QString &step, int percent) {
        m_window->statusBar()->showMessage(tr("Demo: %1 (%2%)").arg(step).arg(percent));
    });
    connect(m_demo.get(), &DemoRunner::ready, this, [this, options](const DemoEndpoints &endpoints) {
        QList<FeedConfig> feeds = options.feeds;
        if (const auto feed = FeedService::parse(endpoints.feedSpec))
            feeds.prepend(*feed);
        // Live samples go to the store, so the collector enriches the scenario's reports with them.
        m_feeds->recordTo(endpoints.storeUrl);
        m_feeds->start(feeds);
        m_session->start(endpoints.storeUrl);
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
