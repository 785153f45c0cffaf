#include "cli/commandregistry.h"
#include "console/consolelauncher.h"

#include <QApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
#include <memory>

using namespace pegboard;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pegboard"));
    QCoreApplication::setApplicationName(QStringLiteral("pegboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PEGBOARD_VERSION));
    // Wayland shells match the window to packaging/org.pegboard.Pegboard.desktop (name, icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pegboard.Pegboard"));
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

// Role dispatch: a command by name, else the console.
int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QTextStream(stdout) << "pegboard " << PEGBOARD_VERSION << '\n';
        return 0;
    }
    Command *command = CommandRegistry::find(first);
    if (!command && !first.isEmpty() && !first.startsWith(QLatin1Char('-'))) {
        QTextStream(stderr) << "pegboard: unknown command '" << first << "'; see pegboard --help\n";
        return 2;
    }
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h");
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsFonts()) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (help || (command && !command->needsGui()))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setIdentity();
    if (help) {
        printHelp();
        return 0;
    }
    installTranslations(*app);
    QStringList arguments = app->arguments();
    if (!command)
        return ConsoleLauncher::run(arguments, false);
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("pegboard ") + first;
    return command->run(arguments);
}
