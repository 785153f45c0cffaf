#include "migrator.h"

#include "pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <pqxx/pqxx>

namespace pegboard {

namespace {
// Serialises concurrent `db migrate` runs (two collectors starting at once) on one database.
constexpr long long MigrationLockKey = 0x7065'6762'6f61'7264; // "pegboard"

QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::Migrator", text);
}

Error queryError(const std::exception &e)
{
    const QString what = QString::fromUtf8(e.what()).trimmed();
    Error::Code code = PgConnection::classify(what);
    if (code == Error::Code::MalformedUrl || code == Error::Code::BadCredentials)
        code = Error::Code::Query;
    return Error{code, what};
}
} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/pegboard/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return result;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::currentVersion(pqxx::connection &connection) const
{
    try {
        pqxx::nontransaction tx(connection);
        const auto exists = tx.exec1("SELECT to_regclass('public.schema_migrations') IS NOT NULL");
        if (!exists[0].as<bool>())
            return 0;
        return tx.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
    } catch (const std::exception &e) {
        return Unexpected<Error>(queryError(e));
    }
}

Result<MigrationReport> Migrator::migrate(pqxx::connection &connection) const
{
    MigrationReport report;
    try {
        {
            pqxx::nontransaction tx(connection);
            tx.exec("SET client_min_messages = warning");
            tx.exec("SELECT pg_advisory_lock(" + std::to_string(MigrationLockKey) + ")");
        }
        struct Unlock
        {
            pqxx::connection &c;
            ~Unlock()
            {
                try {
                    pqxx::nontransaction tx(c);
                    tx.exec("SELECT pg_advisory_unlock(" + std::to_string(MigrationLockKey) + ")");
                } catch (...) {
                }
            }
        } unlock{connection};

        {
            pqxx::work tx(connection);
            tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL,"
                    " applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())");
            tx.commit();
        }
        auto current = currentVersion(connection);
        if (!current)
            return Unexpected<Error>(current.error());
        report.fromVersion = report.toVersion = *current;
        if (*current > latestVersion()) {
            return Error::make(
                Error::Code::SchemaTooNew,
                tr("The database schema is at version %1, newer than this Pegboard knows (up to %2). "
                   "Upgrade Pegboard before using this database.")
                    .arg(*current)
                    .arg(latestVersion()));
        }
        for (const Migration &m : m_migrations) {
            if (m.version <= *current)
                continue;
            try {
                pqxx::work tx(connection);
                tx.exec(m.sql.toStdString());
                tx.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.version,
                               m.name.toStdString());
                tx.commit();
            } catch (const std::exception &e) {
                Error err = queryError(e);
                err.message = tr("Migration %1 (%2) failed and was rolled back: %3")
                                  .arg(m.version, 4, 10, QLatin1Char('0'))
                                  .arg(m.name, err.message);
                return Unexpected<Error>(err);
            }
            report.applied.append(
                QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
            report.toVersion = m.version;
        }
        return report;
    } catch (const std::exception &e) {
        return Unexpected<Error>(queryError(e));
    }
}

} // namespace pegboard
