#pragma once

#include "domain/error.h"
#include "snapshot.h"

#include <QDateTime>
#include <QString>
#include <array>
#include <optional>
#include <string>

struct pg_conn;

namespace pegboard {

// Loads a Snapshot from the store with one COPY (SELECT …) TO STDOUT: the JSON context is
// flattened by the server (->>), so the client only splits tab-separated plain columns, and no
// per-row result objects are built. Keeps its own libpq connection; one loader per thread.
class SnapshotLoader
{
public:
    struct Options
    {
        QDateTime from; // inclusive; invalid = unbounded
        QDateTime to;   // exclusive; invalid = unbounded
        bool withText = false;
        int maxBodyChars = 400; // clustering needs the gist, not whole stack traces
        // When > 0, only the newest this many reports of the window (read through the
        // newest-first index, so the first view of a million reports needs no full scan).
        std::size_t newest = 0;
    };

    explicit SnapshotLoader(QString url);
    ~SnapshotLoader();
    SnapshotLoader(const SnapshotLoader &) = delete;
    SnapshotLoader &operator=(const SnapshotLoader &) = delete;

    Result<Snapshot> load(const Options &options);
    // Appends the rows received after snapshot.maxReceivedMs (what a NOTIFY announced); returns
    // how many were added.
    Result<qint64> appendNew(Snapshot &snapshot, const Options &options);
    // The stored cluster corrections (load() puts them into the snapshot); none on a store
    // migrated before they existed.
    Result<std::vector<ClusterCorrection>> loadCorrections();

    // The SELECT the loader copies out; benchmarks run exactly this through psql.
    static std::string selectSql(const Options &options, std::int64_t receivedAfterMs = Snapshot::NoTime);
    // Parses one COPY text line into the snapshot; false if the line is malformed (it is skipped).
    static bool appendCopyLine(Snapshot &snapshot, std::string_view line);
    // The selectSql() columns as text, unescaped, nullopt for NULL: what other sources of the same
    // rows (a review bundle) hand over, so every source is parsed by the same code.
    static constexpr int ColumnCount = 25;
    using Fields = std::array<std::optional<std::string_view>, ColumnCount>;
    static bool appendFields(Snapshot &snapshot, const Fields &fields);

private:
    Result<void> ensureConnected();
    Result<qint64> copyInto(Snapshot &snapshot, const std::string &sql);

    QString m_url;
    pg_conn *m_connection = nullptr;
};

} // namespace pegboard
