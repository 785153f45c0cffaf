#include "analysiscontroller.h"
#include "commandregistry.h"
#include "consolecontroller.h"
#include "consolesession.h"
#include "feedservice.h"
#include "mainwindow.h"
#include "store/consolesettings.h"
#include "store/credentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>

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
    for (const auto &command : CommandRegistry::all())
        o << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    o << QCoreApplication::translate(
        "main", "\nOptions:\n"
                "  --db URL        PostgreSQL URL of a shared store (or PEGBOARD_DB)\n"
                "  --data-dir DIR  where the embedded store lives\n"
                "  -h, --help      this help; `pegboard <command> --help` for a command\n"
                "  -v, --version   the version\n");
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
    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "pegboard: unknown command '" << first << "'; see pegboard --help\n";
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslations(app);
    QCommandLineParser parser;
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
    QSettings settings;
    QList<FeedConfig> feedConfigs = ConsoleSettings::load(settings).feeds;
    for (const QString &spec : parser.values(feedOption)) {
        const auto feed = FeedService::parse(spec);
        if (!feed) {
            QTextStream(stderr) << QApplication::translate("main", "pegboard: cannot use feed '%1'").arg(spec)
                                << '\n';
            return 2;
        }
        feedConfigs << *feed;
    }

    ConsoleSession session;
    ConsoleController controller;
    FeedService feeds;
    AnalysisController analysis;
    MainWindow window(&session, &controller, &feeds, &analysis);
    window.show();
    feeds.start(feedConfigs);

    // --db (or PEGBOARD_DB) wins; otherwise the store chosen in the settings, whose password comes
    // from the keychain; otherwise the embedded default.
    QString url = parser.value(dbOption);
    const QString configured = ConsoleSettings::load(settings).storeUrl;
    if (url.isEmpty() && !configured.isEmpty() && QUrl(configured).password().isEmpty() &&
        !QUrl(configured).host().isEmpty()) {
        auto *credentials = new CredentialStore(&app);
        QObject::connect(credentials, &CredentialStore::passwordRead, &app,
                         [&session, &parser, &dataDirOption,
                          configured](const QString &, const QString &password, const QString &) {
                             session.start(CredentialStore::withPassword(configured, password),
                                           parser.value(dataDirOption));
                         });
        credentials->readPassword(CredentialStore::accountFor(configured));
    } else {
        session.start(url.isEmpty() ? configured : url, parser.value(dataDirOption));
    }
    return app.exec();
}
