#pragma once

#include "domain/error.h"
#include "redactionprofile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <map>
#include <string>

namespace pegboard {

// Exports a window of the store into one review bundle (BundleFormat): the four tables by COPY out
// of one REPEATABLE READ snapshot, written through prepared statements in one SQLite transaction
// with the journal off, indexes built after the load, hashed as written, the manifest signed when a
// key is given. Written to FILE.part and renamed, so a failed or cancelled export leaves nothing.
// The same window of the same store gives the same bytes.
class BundleWriter
{
public:
    struct Options
    {
        QString storeUrl;
        QDateTime from; // reports by reported_timestamp, feeds by ts; invalid = unbounded
        QDateTime to;   // exclusive
        RedactionProfile redaction;
        QByteArray signingKey; // PEM text or a path; empty = unsigned
        // The evidence log's checkpoint key (signed-note private key file, as `pegboard audit
        // checkpoint --key`); empty: the manifest's audit checkpoint is unsigned (size and root).
        QString checkpointKey;
        QString output;
        QString pegboardVersion;
        std::function<void(int percent, const QString &stage)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    struct Summary
    {
        std::map<std::string, std::int64_t> rows;
        std::int64_t bytes = 0;
        bool isSigned = false;
        QByteArray auditCheckpoint; // the manifest's audit_checkpoint (empty: the store keeps no log)
        bool checkpointSigned = false;
        QStringList auditFindings; // what the store's rows betray; the checkpoint is then unsigned
    };

    static Result<Summary> write(const Options &options);
    // The SELECT one table is copied out of the store with; the benchmark's baseline runs exactly
    // this through psql.
    static std::string copySelect(const std::string &table, const Options &options);
};

} // namespace pegboard
