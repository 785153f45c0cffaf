#include "testcluster.h"

#include "store/migrator.h"
#include "store/pgconnection.h"

#include <QFile>
#include <QUrlQuery>
#include <pqxx/pqxx>
#include <stdexcept>

namespace pegboard::test {

TestCluster::TestCluster()
    : m_dir(QStringLiteral("/tmp/pgb-XXXXXX"))
{
    // When tests run as root the server runs as postgres, which must be able to enter the dir.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeGroup | QFile::ExeOther);
    LocalCluster::Options options;
    options.dataDir = m_dir.path() + QStringLiteral("/data");
    options.durable = false;
    m_cluster = std::make_unique<LocalCluster>(options);
}

TestCluster::~TestCluster()
{
    if (m_cluster)
        m_cluster->stop();
}

bool TestCluster::start()
{
    auto started = m_cluster->start();
    if (!started)
        m_error = started.error().message;
    return started.hasValue();
}

QString TestCluster::freshDatabase(bool migrate)
{
    const QString name = QStringLiteral("t%1").arg(++m_databases);
    if (auto created = m_cluster->createDatabase(name); !created)
        throw std::runtime_error(created.error().message.toStdString());
    const QString url = m_cluster->url(name);
    if (migrate) {
        auto connection = PgConnection::open(url);
        if (!connection)
            throw std::runtime_error(connection.error().message.toStdString());
        auto report = Migrator().migrate(**connection);
        if (!report)
            throw std::runtime_error(report.error().message.toStdString());
    }
    return url;
}

void TestCluster::exec(const QString &url, const QString &sql) const
{
    pqxx::connection c(url.toStdString());
    pqxx::nontransaction tx(c);
    tx.exec(sql.toStdString());
}

QString TestCluster::loginAs(const QString &databaseUrl, const QString &login, const QString &groupRole) const
{
    exec(databaseUrl,
         QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                        "CREATE ROLE %1 LOGIN; END IF; END $$; GRANT %2 TO %1;")
             .arg(login, groupRole));
    QString url = databaseUrl;
    return url.replace(QStringLiteral("user=") + QStringLiteral("pegboard"), QStringLiteral("user=") + login);
}

} // namespace pegboard::test
