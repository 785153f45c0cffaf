#pragma once

#include "domain/error.h"
#include "localcluster.h"
#include "migrator.h"

#include <memory>

namespace pegboard {

// The store a console or tool uses: the configured shared one, or — with none configured — the
// embedded default, a private cluster started here and stopped when this object goes away.
// prepare() blocks (initdb, server start, migrations): call it off the GUI thread.
class EmbeddedStore
{
public:
    static constexpr const char *DatabaseName = "pegboard";

    EmbeddedStore() = default;
    ~EmbeddedStore();

    // configuredUrl empty → embedded default under dataDir (LocalCluster::defaultDataDir() if empty).
    Result<MigrationReport> prepare(const QString &configuredUrl, const QString &dataDir = {});
    QString url() const { return m_url; }
    bool isEmbedded() const { return m_cluster != nullptr; }
    LocalCluster *cluster() const { return m_cluster.get(); }
    void shutdown();

private:
    std::unique_ptr<LocalCluster> m_cluster;
    QString m_url;
};

} // namespace pegboard
