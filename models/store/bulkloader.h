#pragma once

#include "domain/error.h"
#include "domain/issue.h"
#include "issuequery.h"

#include <QString>
#include <atomic>
#include <functional>
#include <span>

namespace pegboard {

// Loads many reports at once (imports, the history generator, offline bundles) over several
// connections in parallel: encoding and the server's index maintenance both use every core,
// where a single COPY uses one. Each chunk is its own atomic, idempotent IssueStore::insert, so
// a load that fails half-way is finished by running it again — nothing is duplicated.
class BulkLoader
{
public:
    struct Options
    {
        int connections = 2;
        int chunkSize = 20000;
        bool expectNew = false; // IssueStore::insertNew: straight COPY, deduplicating only on conflict
    };

    explicit BulkLoader(QString url);
    BulkLoader(QString url, Options options);

    // progress(done, total) is called from worker threads; cancel stops after the current chunks.
    Result<InsertResult> load(std::span<const Issue> issues,
                              const std::function<void(qint64, qint64)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

private:
    QString m_url;
    Options m_options;
};

} // namespace pegboard
