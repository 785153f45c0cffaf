#include "localcluster.h"

#include "pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>
#include <csignal>
#include <pqxx/pqxx>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::LocalCluster", text);
}

const struct passwd *postgresUser()
{
    return getpwnam("postgres");
}

// sun_path is 108 bytes on Linux; the socket file name adds 17.
constexpr int MaxSocketDirLength = 107 - 17;
} // namespace

LocalCluster::LocalCluster(Options options)
    : m_options(std::move(options))
{
    m_options.dataDir = QDir::cleanPath(QDir(m_options.dataDir).absolutePath());
}

LocalCluster::~LocalCluster()
{
    if (m_startedByUs)
        stop();
}

QString LocalCluster::defaultDataDir()
{
    if (geteuid() == 0)
        return QStringLiteral("/var/lib/pegboard/cluster");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cluster");
}

Result<QString> LocalCluster::serverBinDir()
{
    QStringList candidates;
    const QByteArray fromEnv = qgetenv("PEGBOARD_PG_BINDIR");
    if (!fromEnv.isEmpty())
        candidates << QString::fromLocal8Bit(fromEnv);
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0)
        candidates << QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
    // pg_config from the client package points at /usr/bin, which has no initdb; the server
    // packages put theirs under /usr/lib/postgresql/<major>/bin. Newest major first.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &major : majors)
        candidates << versions.filePath(major + QStringLiteral("/bin"));
    for (const QString &dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable())
            return dir;
    }
    return Error::make(Error::Code::ServerBinariesMissing,
                       tr("No PostgreSQL server binaries (initdb, pg_ctl) found. Install the server "
                          "(apt-get install postgresql-15) or set PEGBOARD_PG_BINDIR."));
}

bool LocalCluster::runAsPostgres() const
{
    return geteuid() == 0;
}

QString LocalCluster::logFile() const
{
    return m_options.dataDir + QStringLiteral("/server.log");
}

QString LocalCluster::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(database, QString::fromUtf8(QUrl::toPercentEncoding(socketDir())),
             user.isEmpty() ? m_options.superuser : user);
}

Result<QString> LocalCluster::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    auto bin = serverBinDir();
    if (!bin)
        return Unexpected<Error>(bin.error());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = *bin + QLatin1Char('/') + program;
    if (runAsPostgres()) {
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args);
    } else {
        process.start(exe, args);
    }
    if (!process.waitForStarted(10000))
        return Error::make(Error::Code::Io, tr("Cannot run %1: %2").arg(exe, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Error::make(Error::Code::Io,
                           tr("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000));
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Code::Io,
                           tr("%1 failed (exit %2): %3").arg(program).arg(process.exitCode()).arg(output));
    return output;
}

Result<void> LocalCluster::initialise()
{
    if (QFileInfo::exists(m_options.dataDir + QStringLiteral("/PG_VERSION")))
        return {};
    if (m_options.dataDir.toUtf8().size() > MaxSocketDirLength)
        return Error::make(Error::Code::Io, tr("The cluster directory %1 is too long for a Unix socket path "
                                               "(at most %2 bytes).")
                                                .arg(m_options.dataDir)
                                                .arg(MaxSocketDirLength));
    if (!QDir().mkpath(m_options.dataDir))
        return Error::make(Error::Code::Io, tr("Cannot create %1").arg(m_options.dataDir));
    if (runAsPostgres()) {
        const passwd *pg = postgresUser();
        if (!pg)
            return Error::make(
                Error::Code::PermissionDenied,
                tr("PostgreSQL refuses to run as root and there is no 'postgres' user to run it as. "
                   "Run Pegboard as an ordinary user, or install the postgresql package."));
        if (::chown(QFile::encodeName(m_options.dataDir).constData(), pg->pw_uid, pg->pw_gid) != 0)
            return Error::make(Error::Code::Io,
                               tr("Cannot hand %1 to the postgres user").arg(m_options.dataDir));
    }
    ::chmod(QFile::encodeName(m_options.dataDir).constData(), 0700);

    auto init =
        run(QStringLiteral("initdb"),
            {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-U"), m_options.superuser,
             QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--no-locale"), QStringLiteral("--no-instructions")});
    if (!init)
        return Unexpected<Error>(init.error());

    // Settings go into the cluster's own config instead of pg_ctl -o, which a shell would re-parse.
    QString conf;
    QTextStream s(&conf);
    s << "\n# Pegboard: private cluster, Unix socket only\n"
      << "listen_addresses = ''\n"
      << "unix_socket_directories = '"
      << QString(m_options.dataDir).replace(QLatin1String("'"), QLatin1String("''")) << "'\n"
      << "unix_socket_permissions = 0700\n"
      << "timezone = 'UTC'\n"
      << "log_timezone = 'UTC'\n"
      << "max_connections = 100\n";
    if (!m_options.durable)
        s << "fsync = off\nfull_page_writes = off\n";
    for (const QString &setting : m_options.extraSettings)
        s << setting << '\n';
    QFile file(m_options.dataDir + QStringLiteral("/postgresql.conf"));
    if (!file.open(QIODevice::Append))
        return Error::make(Error::Code::Io, tr("Cannot write %1").arg(file.fileName()));
    file.write(conf.toUtf8());
    return {};
}

void LocalCluster::clearStalePidFile() const
{
    QFile pidFile(m_options.dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const pid_t pid = static_cast<pid_t>(pidFile.readLine().trimmed().toLongLong());
    pidFile.close();
    // A live postgres with that pid owns the directory; anything else (no such process, or a
    // recycled pid now belonging to some other program) means a crash left the file behind.
    bool alive = false;
    if (pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM)) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        alive = comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed().startsWith("postgres");
    }
    if (!alive)
        QFile::remove(pidFile.fileName());
}

bool LocalCluster::isRunning() const
{
    auto status =
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("status")});
    return status.hasValue();
}

Result<void> LocalCluster::start()
{
    if (auto init = initialise(); !init)
        return init;
    if (isRunning())
        return {};
    clearStalePidFile();
    auto started =
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    if (!started) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll().right(2000));
        return Error::make(Error::Code::Unreachable,
                           tr("The private PostgreSQL server in %1 did not start: %2\n%3")
                               .arg(m_options.dataDir, started.error().message, tail));
    }
    m_startedByUs = true;
    return {};
}

Result<void> LocalCluster::stop()
{
    if (!m_startedByUs)
        return {};
    m_startedByUs = false;
    auto stopped =
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-m"),
                                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    if (!stopped)
        return Unexpected<Error>(stopped.error());
    return {};
}

Result<void> LocalCluster::kill()
{
    auto stopped = run(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), m_options.dataDir, QStringLiteral("-m"),
                        QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_startedByUs = false;
    if (!stopped)
        return Unexpected<Error>(stopped.error());
    return {};
}

Result<void> LocalCluster::createDatabase(const QString &name)
{
    auto connection = PgConnection::open(url());
    if (!connection)
        return Unexpected<Error>(connection.error());
    try {
        pqxx::nontransaction tx(**connection);
        const auto exists =
            tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", name.toStdString());
        if (exists.empty())
            tx.exec("CREATE DATABASE " + tx.quote_name(name.toStdString()));
        return {};
    } catch (const std::exception &e) {
        return Error::make(Error::Code::Query, QString::fromUtf8(e.what()).trimmed());
    }
}

} // namespace pegboard
