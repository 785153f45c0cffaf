#include "console/consoleapp.h"

#include "console/analysiscontroller.h"
#include "console/consolecontroller.h"
#include "console/consoleservices.h"
#include "console/consolesession.h"
#include "console/feedservice.h"
#include "console/mainwindow.h"
#include "console/riskmonitor.h"
#include "demo/demorunner.h"
#include "feeds/feedscenario.h"
#include "store/credentialstore.h"
#include "store/pgurl.h"

#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace pegboard {

ConsoleApp::ConsoleApp(QObject *parent)
    : QObject(parent)
    , m_services(std::make_unique<ConsoleServices>())
    , m_window(std::make_unique<MainWindow>(m_services.get()))
{}

ConsoleApp::~ConsoleApp()
{
    // The window and its views go before what they show; the demo's processes last.
    m_window.reset();
    m_services.reset();
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
        auto *credentials = new CredentialStore(this);
        connect(credentials, &CredentialStore::passwordRead, this,
                [this, configured, writeUrl, dir = options.dataDir](const QString &, const QString &password,
                                                                    const QString &) {
                    // The same login on the primary: the write URL gets the same password.
                    if (PgUrl(writeUrl).password().isEmpty())
                        m_services->controller()->setWriteUrl(
                            CredentialStore::withPassword(writeUrl, password));
                    m_services->session()->start(CredentialStore::withPassword(configured, password), dir);
                });
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
