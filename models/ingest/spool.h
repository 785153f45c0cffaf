#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <memory>

namespace pegboard {

// The collector's append-only journal: every accepted report is appended and fsynced here before
// the webhook is answered, then drained into the store in order. Records are
// [magic u32][length u32][crc32 u32][payload]; a torn last record (a crash mid-write, so never
// acknowledged) is detected on open, logged and cut off. `checkpoint` holds the offset drained so
// far (rewritten in place, CRC-checked: no file is created per flush); it may lag after a crash, which only
// re-inserts rows the store then ignores as duplicates. Thread-safe: one thread appends, another reads and
// marks drained.
class Spool
{
public:
    struct Record
    {
        QByteArray payload;
        qint64 endOffset = 0; // where the next record starts
    };

    static Result<std::unique_ptr<Spool>> open(const QString &directory);
    ~Spool();
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    // Appends all payloads with one write and one fdatasync (group commit); durable when it returns.
    Result<void> append(const QList<QByteArray> &payloads);
    // Up to maxRecords complete records starting at offset (a record boundary).
    Result<QList<Record>> read(qint64 offset, int maxRecords) const;
    // Records up to offset are in the store. Once compactBytes of the journal are, the rest is
    // copied to a new journal that replaces the old one (crash-safe, see compactLocked); returns
    // the offset reading continues from (0 after compaction).
    Result<qint64> markDrained(qint64 offset, int records);

    qint64 drainedOffset() const;
    qint64 endOffset() const;
    qint64 pendingRecords() const;
    // Bytes appended but not yet marked drained.
    qint64 unflushedBytes() const;
    QString directory() const { return m_directory; }
    void setCompactBytes(qint64 bytes) { m_compactBytes = bytes; }

private:
    Spool(QString directory, int fd, int checkpointFd);
    Result<void> recover();
    Result<void> writeCheckpoint(qint64 offset, bool sync);
    Result<void> compactLocked();

    QString m_directory;
    int m_fd = -1;
    int m_checkpointFd = -1;
    mutable QMutex m_mutex;
    qint64 m_end = 0;
    qint64 m_drained = 0;
    qint64 m_pending = 0;
    qint64 m_compactBytes = 4 << 20;
};

} // namespace pegboard
