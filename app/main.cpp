#include "commandregistry.h"
#include "consolecontroller.h"
#include "consolesession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

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
    const QLocale locale;
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
    parser.addOptions({dbOption, dataDirOption});
    parser.process(app);

    ConsoleSession session;
    ConsoleController controller;
    MainWindow window(&session, &controller);
    window.show();
    session.start(parser.value(dbOption), parser.value(dataDirOption));
    return app.exec();
}
