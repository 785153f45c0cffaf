#include "embeddedstore.h"

#include "pgconnection.h"

#include <pqxx/pqxx>

namespace pegboard {

EmbeddedStore::~EmbeddedStore()
{
    shutdown();
}

Result<MigrationReport> EmbeddedStore::prepare(const QString &configuredUrl, const QString &dataDir)
{
    if (configuredUrl.isEmpty()) {
        LocalCluster::Options options;
        options.dataDir = dataDir.isEmpty() ? LocalCluster::defaultDataDir() : dataDir;
        m_cluster = std::make_unique<LocalCluster>(options);
        if (auto started = m_cluster->start(); !started)
            return Unexpected<Error>(started.error());
        if (auto created = m_cluster->createDatabase(QString::fromLatin1(DatabaseName)); !created)
            return Unexpected<Error>(created.error());
        m_url = m_cluster->url(QString::fromLatin1(DatabaseName));
    } else {
        m_url = configuredUrl;
    }
    auto connection = PgConnection::open(m_url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    // The embedded store is ours to migrate; a shared store is migrated by its owner with
    // `pegboard db migrate`, and a console only checks it is not newer than itself.
    Migrator migrator;
    if (isEmbedded())
        return migrator.migrate(**connection);
    auto version = migrator.currentVersion(**connection);
    if (!version)
        return Unexpected<Error>(version.error());
    MigrationReport report{*version, *version, {}};
    if (*version > migrator.latestVersion())
        return Error::make(
            Error::Code::SchemaTooNew,
            QStringLiteral("The database schema is at version %1, newer than this Pegboard (%2).")
                .arg(*version)
                .arg(migrator.latestVersion()));
    return report;
}

void EmbeddedStore::shutdown()
{
    if (m_cluster) {
        m_cluster->stop();
        m_cluster.reset();
    }
}

} // namespace pegboard
