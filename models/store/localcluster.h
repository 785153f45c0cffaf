#pragma once

#include "domain/error.h"

#include <QStringList>

namespace pegboard {

// A private PostgreSQL cluster in a directory of ours, reachable only on a Unix socket in that
// directory: the console's embedded default and every test fixture. Uses the machine's server
// binaries; when run as root (PostgreSQL refuses that) the server runs as the `postgres` system user.
class LocalCluster
{
public:
    struct Options
    {
        QString dataDir;
        QString superuser = QStringLiteral("pegboard");
        // Test clusters trade crash safety for speed; the embedded default never does.
        bool durable = true;
        QStringList extraSettings;
    };

    explicit LocalCluster(Options options);
    ~LocalCluster();
    LocalCluster(const LocalCluster &) = delete;
    LocalCluster &operator=(const LocalCluster &) = delete;

    // Where the console keeps its embedded cluster (AppDataLocation/cluster, or a postgres-owned
    // directory when running as root, because postgres cannot enter root's home).
    static QString defaultDataDir();
    static Result<QString> serverBinDir();

    // initdb when the directory holds no cluster, clears a stale pid file left by a crash, starts
    // the server and waits until it accepts connections. Adopts a server already running there.
    Result<void> start();
    // Stops the server if this object started it.
    Result<void> stop();
    // Stops it the hard way (as a crash would), for fault tests.
    Result<void> kill();
    bool isRunning() const;
    bool startedByUs() const { return m_startedByUs; }

    // A libpq URL reaching `database` on this cluster's socket as the superuser (or `user`).
    QString url(const QString &database = QStringLiteral("postgres"), const QString &user = {}) const;
    Result<void> createDatabase(const QString &name);
    QString dataDir() const { return m_options.dataDir; }
    QString socketDir() const { return m_options.dataDir; }
    QString logFile() const;

private:
    Result<void> initialise();
    Result<QString> run(const QString &program, const QStringList &args, int timeoutMs = 120000) const;
    void clearStalePidFile() const;
    bool runAsPostgres() const;

    Options m_options;
    bool m_startedByUs = false;
};

} // namespace pegboard
