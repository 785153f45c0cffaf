#pragma once

#include "domain/error.h"
#include "logstate.h"

#include <QString>
#include <atomic>
#include <functional>

namespace pegboard {

// Recomputes every leaf of the evidence log from the rows of a store: each report's content as it
// was at insert (its current columns, rolled back through the old values its audit rows recorded)
// and each audit row, put in merkle_leaves order. What the rows alone betray (a leaf whose row is
// gone, a change without an audit row, a row the log does not list) becomes a finding.
class MerkleLogReader
{
public:
    explicit MerkleLogReader(QString url);

    // progress(leavesRead) is called every few thousand leaves; cancel stops the read.
    Result<LogState> read(const std::function<void(qint64)> &progress = {},
                          const std::atomic_bool *cancel = nullptr) const;

    // Reads inside a snapshot another transaction exported (pg_export_snapshot()), so the log is
    // the one that transaction sees: a bundle's checkpoint is of the rows the bundle was cut from.
    void setSnapshot(const QByteArray &snapshotId) { m_snapshot = snapshotId; }

    // Receives every leaf's index and canonical encoding, in the order the store yields them
    // (benchmarks and independent checks).
    void setLeafSink(std::function<void(qint64, const QByteArray &)> sink) { m_sink = std::move(sink); }

    // The SQL that yields one row per leaf with every value in its canonical text form, in no
    // particular order (the first column is the leaf index); documented so that an independent
    // verifier can use the same columns.
    static const char *leafQuery();

private:
    QString m_url;
    QByteArray m_snapshot;
    std::function<void(qint64, const QByteArray &)> m_sink;
};

} // namespace pegboard
