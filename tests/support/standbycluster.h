#pragma once

#include "store/localcluster.h"

#include <QString>
#include <memory>

namespace pegboard::test {

class TestCluster;

// A real streaming hot standby of a TestCluster: `pg_basebackup -R` of the primary into a
// directory beside it, started on its own Unix socket, replicating over the primary's socket.
// Databases created on the primary later appear here too.
class StandbyCluster
{
public:
    explicit StandbyCluster(TestCluster &primary);
    ~StandbyCluster();

    // Makes the primary wait for this standby on every commit (synchronous_standby_names), so a
    // commit the primary acknowledged survives the primary's loss. Call after start(): a base
    // backup taken later would copy the setting, and once promoted would wait for itself forever.
    bool makeSynchronous();
    // Base backup, start, and wait until it streams; false (with error()) if any step fails.
    bool start();
    QString error() const { return m_error; }
    // `database` on this standby (the same name as on the primary).
    QString url(const QString &database) const;
    // Waits until this standby has replayed everything the primary has written so far.
    bool waitForReplay(int timeoutMs = 15000);
    // pg_ctl promote: the standby becomes a primary.
    bool promote();
    bool isInRecovery() const;
    LocalCluster &cluster() { return *m_cluster; }

private:
    bool run(const QString &program, const QStringList &args);

    TestCluster &m_primary;
    QString m_dataDir;
    std::unique_ptr<LocalCluster> m_cluster;
    QString m_error;
};

} // namespace pegboard::test
