#pragma once

#include "analysis/clustercorrection.h"
#include "domain/error.h"

#include <QString>
#include <memory>
#include <pqxx/connection>

namespace pegboard {

// Writes cluster corrections through the audited functions of migration 0006: the correction and
// its audit row (actor: the database login; details: the reason, the person at the console) in
// one transaction. Reading them is the SnapshotLoader's job: they travel with the snapshot into
// every analysis. Not thread-safe: one store per thread.
class ClusterCorrectionStore
{
public:
    static Result<std::unique_ptr<ClusterCorrectionStore>> open(const QString &url);

    // merge: a and b are the two clusters' reports; split: a stays, b is split off; move: a is the
    // one report, b the reports of the cluster it moves to. Returns the correction's id.
    Result<qint64> record(ClusterCorrection::Kind kind, const std::vector<QUuid> &a,
                          const std::vector<QUuid> &b, const QString &reason, const QString &person = {});
    Result<void> undo(qint64 id, const QString &reason, const QString &person = {});

private:
    explicit ClusterCorrectionStore(std::shared_ptr<pqxx::connection> connection);
    std::shared_ptr<pqxx::connection> m_connection;
};

} // namespace pegboard
