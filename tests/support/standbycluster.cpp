#include "standbycluster.h"

#include "testcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <pqxx/pqxx>
#include <pwd.h>
#include <unistd.h>

namespace pegboard::test {

namespace {
constexpr const char *ApplicationName = "pegboard_standby";
}

StandbyCluster::StandbyCluster(TestCluster &primary)
    : m_primary(primary)
    , m_dataDir(QFileInfo(primary.cluster().dataDir()).path() + QStringLiteral("/standby"))
{}

StandbyCluster::~StandbyCluster()
{
    if (m_cluster)
        m_cluster->stop();
}

bool StandbyCluster::run(const QString &program, const QStringList &args)
{
    auto bin = LocalCluster::serverBinDir();
    if (!bin) {
        m_error = bin.error().message;
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = *bin + QLatin1Char('/') + program;
    // As LocalCluster does: PostgreSQL's tools refuse root, so run them as postgres.
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} +
                    args);
    else
        p.start(exe, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool StandbyCluster::makeSynchronous()
{
    try {
        // Two statements: ALTER SYSTEM refuses the implicit transaction of a multi-statement string.
        m_primary.exec(m_primary.cluster().url(),
                       QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'")
                           .arg(QLatin1String(ApplicationName)));
        m_primary.exec(m_primary.cluster().url(), QStringLiteral("SELECT pg_reload_conf()"));
        return true;
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
}

bool StandbyCluster::start()
{
    if (!QDir().mkpath(m_dataDir)) {
        m_error = QStringLiteral("cannot create %1").arg(m_dataDir);
        return false;
    }
    if (geteuid() == 0) {
        const passwd *pg = getpwnam("postgres");
        if (!pg || ::chown(QFile::encodeName(m_dataDir).constData(), pg->pw_uid, pg->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to postgres").arg(m_dataDir);
            return false;
        }
    }
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString primarySocket = m_primary.cluster().socketDir();
    // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    if (!run(QStringLiteral("pg_basebackup"),
             {QStringLiteral("-D"), m_dataDir, QStringLiteral("-R"), QStringLiteral("-X"),
              QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("-d"),
              QStringLiteral("host=%1 user=pegboard application_name=%2")
                  .arg(primarySocket, QLatin1String(ApplicationName))}))
        return false;
    // The primary's socket lock and log sit in its data directory, so the backup copied them.
    QFile::remove(m_dataDir + QStringLiteral("/.s.PGSQL.5432.lock"));
    QFile::remove(m_dataDir + QStringLiteral("/server.log"));
    // The copied configuration names the primary's socket directory; this server has its own.
    QFile conf(m_dataDir + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append)) {
        m_error = QStringLiteral("cannot write %1").arg(conf.fileName());
        return false;
    }
    conf.write(QStringLiteral("\n# standby\nunix_socket_directories = '%1'\nhot_standby = on\n")
                   .arg(m_dataDir)
                   .toUtf8());
    conf.close();
    LocalCluster::Options options;
    options.dataDir = m_dataDir;
    options.durable = false;
    m_cluster = std::make_unique<LocalCluster>(options);
    if (auto started = m_cluster->start(); !started) {
        m_error = started.error().message;
        return false;
    }
    // Streaming once the primary lists this standby's WAL receiver.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        try {
            pqxx::connection c(m_primary.cluster().url().toStdString());
            pqxx::nontransaction tx(c);
            if (!tx.exec("SELECT 1 FROM pg_stat_replication WHERE application_name = '" +
                         std::string(ApplicationName) + "' AND state = 'streaming'")
                     .empty())
                return true;
        } catch (const std::exception &) {
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the standby did not start streaming within 30 s");
    return false;
}

QString StandbyCluster::url(const QString &database) const
{
    return m_cluster->url(database);
}

bool StandbyCluster::waitForReplay(int timeoutMs)
{
    try {
        pqxx::connection primary(m_primary.cluster().url().toStdString());
        const std::string lsn = pqxx::nontransaction(primary).exec1("SELECT pg_current_wal_lsn()")[0].c_str();
        pqxx::connection standby(m_cluster->url().toStdString());
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            pqxx::nontransaction tx(standby);
            if (tx.exec1("SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn")[0].as<bool>())
                return true;
            tx.commit();
            QThread::msleep(20);
        }
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    m_error = QStringLiteral("the standby did not catch up within %1 ms").arg(timeoutMs);
    return false;
}

bool StandbyCluster::promote()
{
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), m_dataDir, QStringLiteral("-w"), QStringLiteral("promote")});
}

bool StandbyCluster::isInRecovery() const
{
    pqxx::connection c(m_cluster->url().toStdString());
    return pqxx::nontransaction(c).exec1("SELECT pg_is_in_recovery()")[0].as<bool>();
}

} // namespace pegboard::test
