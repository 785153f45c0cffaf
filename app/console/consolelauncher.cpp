#include "console/consolelauncher.h"

#include "console/consoleapp.h"
#include "console/feedservice.h"
#include "store/consolesettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <unistd.h>

namespace pegboard {

namespace {
// Ctrl+C or a service manager's SIGTERM quits through the event loop, so the demo's collector,
// simulator and private cluster are stopped as when the window is closed (self-pipe: a signal
// handler may only write to a descriptor).
int g_signalPipe[2] = {-1, -1};

void quitOnSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char c = 1;
        [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
    };
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
} // namespace

int ConsoleLauncher::run(const QStringList &arguments, bool demo)
{
    auto &app = *qApp;
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Store URL."),
                                      QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Embedded store directory."),
                                           QStringLiteral("dir"));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"),
        QApplication::translate("main", "A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable."),
        QStringLiteral("spec"));
    const QCommandLineOption writeDbOption(
        QStringLiteral("write-db"),
        QApplication::translate("main", "The primary's URL, for changes when --db is a read-only standby."),
        QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_WRITE_DB"));

    const QCommandLineOption bundleOption(
        QStringLiteral("bundle"),
        QApplication::translate("main", "Open a review bundle (no store, no network)."),
        QStringLiteral("file"));
    parser.addOptions({dbOption, writeDbOption, dataDirOption, feedOption, bundleOption});
    parser.process(arguments);

    ConsoleApp::Options options;
    options.demo = demo;
    options.url = parser.value(dbOption);
    options.writeUrl = parser.value(writeDbOption);
    options.dataDir = parser.value(dataDirOption);
    options.bundle = parser.value(bundleOption);
    QSettings settings;
    options.feeds = ConsoleSettings::load(settings).feeds;
    for (const QString &spec : parser.values(feedOption)) {
        const auto feed = FeedService::parse(spec);
        if (!feed) {
            QTextStream(stderr) << QApplication::translate("main", "pegboard: cannot use feed '%1'").arg(spec)
                                << '\n';
            return 2;
        }
        options.feeds << *feed;
    }
    quitOnSignals(app);
    ConsoleApp console;
    console.start(options);
    return app.exec();
}

} // namespace pegboard
