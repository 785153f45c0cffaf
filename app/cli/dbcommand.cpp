#include "cli/dbcommand.h"

#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <pqxx/pqxx>

namespace pegboard {

QString DbCommand::summary() const
{
    return QCoreApplication::translate("DbCommand",
                                       "Apply or inspect schema migrations (db migrate|status --db URL)");
}

int DbCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("DbCommand", "migrate or status"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("DbCommand", "PostgreSQL URL of the store."),
        QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    parser.addOption(dbOption);
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("migrate") && action != QLatin1String("status")) {
        err() << QCoreApplication::translate("DbCommand",
                                             "Unknown or missing action; use 'migrate' or 'status'.")
              << Qt::endl;
        return 2;
    }
    auto connection = PgConnection::open(parser.value(dbOption));
    if (!connection) {
        err() << connection.error().message << Qt::endl;
        return 1;
    }
    Migrator migrator;
    if (action == QLatin1String("status")) {
        auto version = migrator.currentVersion(**connection);
        if (!version) {
            err() << version.error().message << Qt::endl;
            return 1;
        }
        out() << QCoreApplication::translate("DbCommand", "Schema version %1; this Pegboard knows up to %2.")
                     .arg(*version)
                     .arg(migrator.latestVersion())
              << Qt::endl;
        return *version > migrator.latestVersion() ? 3 : 0;
    }
    auto report = migrator.migrate(**connection);
    if (!report) {
        err() << report.error().message << Qt::endl;
        return report.error().code == Error::Code::SchemaTooNew ? 3 : 1;
    }
    if (!report->changed()) {
        out() << QCoreApplication::translate("DbCommand",
                                             "Schema is up to date at version %1; nothing to do.")
                     .arg(report->toVersion)
              << Qt::endl;
        return 0;
    }
    for (const QString &applied : report->applied)
        out() << QCoreApplication::translate("DbCommand", "Applied %1").arg(applied) << Qt::endl;
    out() << QCoreApplication::translate("DbCommand", "Schema migrated from version %1 to %2.")
                 .arg(report->fromVersion)
                 .arg(report->toVersion)
          << Qt::endl;
    return 0;
}

} // namespace pegboard
