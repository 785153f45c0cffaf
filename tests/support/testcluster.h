#pragma once

#include "store/localcluster.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace pegboard::test {

// A real throwaway PostgreSQL for one test executable: a private cluster in a temp dir, on a Unix
// socket there (so parallel test runs never collide), removed afterwards. Each test asks for a
// fresh database so tests do not see each other's rows.
class TestCluster
{
public:
    TestCluster();
    ~TestCluster();

    // Starts the cluster; false (with error()) if it could not.
    bool start();
    QString error() const { return m_error; }
    // A new empty database; migrated to the latest schema unless migrate is false.
    QString freshDatabase(bool migrate = true);
    // Runs SQL as the superuser on the given database URL; throws on failure (tests use QVERIFY_THROWS…).
    void exec(const QString &url, const QString &sql) const;
    // A login role that is a member of `groupRole` (e.g. pegboard_console), and its URL for `databaseUrl`.
    QString loginAs(const QString &databaseUrl, const QString &login, const QString &groupRole) const;
    LocalCluster &cluster() { return *m_cluster; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalCluster> m_cluster;
    QString m_error;
    int m_databases = 0;
};

} // namespace pegboard::test
