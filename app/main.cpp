#include "commandregistry.h"
#include "consoleapp.h"
#include "feedservice.h"
#include "store/consolesettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>
#include <csignal>
#include <unistd.h>

using namespace pegboard;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pegboard"));
    QCoreApplication::setApplicationName(QStringLiteral("pegboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEGBOARD_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    // A language chosen in the settings overrides the system locale.
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("pegboard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

// --help and --version work without a display: CI and scripts call them on headless machines.
void printHelp()
{
    QTextStream o(stdout);
    o << QCoreApplication::translate("main",
                                     "Usage: pegboard [--db URL] [--data-dir DIR]\n"
                                     "       pegboard <command> [options]\n\n"
                                     "Without a command, opens the operations console. With no --db it "
                                     "starts its embedded default store.\n\nCommands:\n");
    o << "  " << QStringLiteral("demo").leftJustified(12)
      << QCoreApplication::translate("main",
                                     "The console with a generated history, a live depeg and a collector")
      << '\n';
    for (const auto &command : CommandRegistry::all())
        o << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    o << QCoreApplication::translate(
        "main", "\nOptions:\n"
                "  --db URL        PostgreSQL URL of a shared store (or PEGBOARD_DB)\n"
                "  --data-dir DIR  where the embedded store lives\n"
                "  -h, --help      this help; `pegboard <command> --help` for a command\n"
                "  -v, --version   the version\n");
}
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

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (Command *command = CommandRegistry::find(first)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        QStringList arguments = app.arguments();
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("pegboard ") + first;
        return command->run(arguments);
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "pegboard " << PEGBOARD_VERSION << '\n';
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QCoreApplication app(argc, argv);
        setIdentity();
        printHelp();
        return 0;
    }
    const bool demo = first == QLatin1String("demo");
    if (!demo && !first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "pegboard: unknown command '" << first << "'; see pegboard --help\n";
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the demo: history, a live depeg, a collector."),
        QStringLiteral("[demo]"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Store URL."),
                                      QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Embedded store directory."),
                                           QStringLiteral("dir"));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"),
        QApplication::translate("main", "A live feed, [name=][adapter:]ws://…[|fallback…]; repeatable."),
        QStringLiteral("spec"));
    parser.addOptions({dbOption, dataDirOption, feedOption});
    parser.process(app);

    ConsoleApp::Options options;
    options.demo = demo;
    options.url = parser.value(dbOption);
    options.dataDir = parser.value(dataDirOption);
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
