#include "spool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSpool, "pegboard.spool")

namespace pegboard {

namespace {
constexpr quint32 Magic = 0x50475350; // "PGSP"
constexpr qint64 HeaderBytes = 12;
constexpr quint32 MaxRecordBytes = 16u << 20;

quint32 crc32(const char *data, qint64 size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (qint64 i = 0; i < size; ++i)
        crc = table[(crc ^ static_cast<quint8>(data[i])) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

Unexpected<Error> ioError(const QString &what)
{
    return Error::make(Error::Code::Io,
                       what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
}

bool preadFully(int fd, char *buffer, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(size - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

Spool::Spool(QString directory, int fd, int checkpointFd)
    : m_directory(std::move(directory))
    , m_fd(fd)
    , m_checkpointFd(checkpointFd)
{}

Spool::~Spool()
{
    ::close(m_fd);
    ::close(m_checkpointFd);
}

Result<std::unique_ptr<Spool>> Spool::open(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Spool", "cannot create the spool directory %1").arg(directory));
    // A compacted copy left by a crash before it replaced the journal: the journal is intact.
    QFile::remove(directory + QStringLiteral("/journal.log.new"));
    const QByteArray path = QFile::encodeName(directory + QStringLiteral("/journal.log"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(QCoreApplication::translate("Spool", "cannot open the spool journal %1")
                           .arg(QString::fromLocal8Bit(path)));
    const QByteArray checkpointPath = QFile::encodeName(directory + QStringLiteral("/checkpoint"));
    const int checkpointFd = ::open(checkpointPath.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (checkpointFd < 0) {
        ::close(fd);
        return ioError(QCoreApplication::translate("Spool", "cannot open the spool checkpoint %1")
                           .arg(QString::fromLocal8Bit(checkpointPath)));
    }
    std::unique_ptr<Spool> spool(new Spool(directory, fd, checkpointFd));
    if (auto ok = spool->recover(); !ok)
        return Unexpected<Error>(ok.error());
    return spool;
}

Result<void> Spool::recover()
{
    const qint64 size = ::lseek(m_fd, 0, SEEK_END);
    if (size < 0)
        return ioError(QCoreApplication::translate("Spool", "cannot size the spool journal"));
    char saved[12];
    qint64 drained = 0;
    if (preadFully(m_checkpointFd, saved, sizeof saved, 0) &&
        qFromLittleEndian<quint32>(saved + 8) == crc32(saved, 8))
        drained = qFromLittleEndian<qint64>(saved);
    // A checkpoint beyond the end (the journal was compacted after it was written), torn or
    // missing means: drain from the start. Re-inserting is harmless; skipping would lose reports.
    if (drained < 0 || drained > size)
        drained = 0;
    qint64 offset = drained;
    qint64 records = 0;
    char header[HeaderBytes];
    while (offset < size) {
        bool good = size - offset >= HeaderBytes && preadFully(m_fd, header, HeaderBytes, offset);
        quint32 length = 0;
        if (good) {
            length = qFromLittleEndian<quint32>(header + 4);
            good = qFromLittleEndian<quint32>(header) == Magic && length <= MaxRecordBytes &&
                   offset + HeaderBytes + length <= size;
        }
        if (good) {
            QByteArray payload(length, Qt::Uninitialized);
            good = preadFully(m_fd, payload.data(), length, offset + HeaderBytes) &&
                   crc32(payload.constData(), length) == qFromLittleEndian<quint32>(header + 8);
        }
        if (!good) {
            qCWarning(lcSpool).noquote()
                << QCoreApplication::translate("Spool",
                                               "Torn or corrupt spool record at offset %1 (%2 bytes to the "
                                               "end) ignored: it was never acknowledged.")
                       .arg(offset)
                       .arg(size - offset);
            if (::ftruncate(m_fd, offset) != 0 || ::fdatasync(m_fd) != 0)
                return ioError(QCoreApplication::translate("Spool", "cannot cut the torn spool record"));
            break;
        }
        offset += HeaderBytes + length;
        ++records;
    }
    m_end = offset;
    m_drained = drained;
    m_pending = records;
    if (records > 0)
        qCInfo(lcSpool).noquote() << QCoreApplication::translate(
                                         "Spool", "Spool holds %1 reports not yet in the store.")
                                         .arg(records);
    return {};
}

Result<void> Spool::append(const QList<QByteArray> &payloads)
{
    QByteArray buffer;
    qsizetype total = 0;
    for (const QByteArray &p : payloads)
        total += HeaderBytes + p.size();
    buffer.reserve(total);
    for (const QByteArray &p : payloads) {
        char header[HeaderBytes];
        qToLittleEndian<quint32>(Magic, header);
        qToLittleEndian<quint32>(quint32(p.size()), header + 4);
        qToLittleEndian<quint32>(crc32(p.constData(), p.size()), header + 8);
        buffer.append(header, HeaderBytes);
        buffer.append(p);
    }
    QMutexLocker lock(&m_mutex);
    qint64 done = 0;
    while (done < buffer.size()) {
        const ssize_t n = ::write(m_fd, buffer.constData() + done, size_t(buffer.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const auto error = ioError(QCoreApplication::translate("Spool", "cannot append to the spool"));
            // Cut what was written, so a half record never precedes the next good one.
            [[maybe_unused]] const int cut = ::ftruncate(m_fd, m_end);
            return error;
        }
        done += n;
    }
    if (::fdatasync(m_fd) != 0) {
        const auto error = ioError(QCoreApplication::translate("Spool", "cannot fsync the spool"));
        [[maybe_unused]] const int cut = ::ftruncate(m_fd, m_end);
        return error;
    }
    m_end += buffer.size();
    m_pending += payloads.size();
    return {};
}

Result<QList<Spool::Record>> Spool::read(qint64 offset, int maxRecords) const
{
    const qint64 end = endOffset();
    QList<Record> out;
    char header[HeaderBytes];
    while (offset < end && out.size() < maxRecords) {
        if (!preadFully(m_fd, header, HeaderBytes, offset))
            return ioError(QCoreApplication::translate("Spool", "cannot read the spool"));
        const quint32 length = qFromLittleEndian<quint32>(header + 4);
        if (qFromLittleEndian<quint32>(header) != Magic || offset + HeaderBytes + length > end)
            return Error::make(
                Error::Code::Io,
                QCoreApplication::translate("Spool", "spool record at offset %1 is corrupt").arg(offset));
        Record record;
        record.payload.resize(length);
        if (!preadFully(m_fd, record.payload.data(), length, offset + HeaderBytes))
            return ioError(QCoreApplication::translate("Spool", "cannot read the spool"));
        offset += HeaderBytes + length;
        record.endOffset = offset;
        out.append(std::move(record));
    }
    return out;
}

Result<void> Spool::writeCheckpoint(qint64 offset, bool sync)
{
    // Ordinary checkpoints need not be durable (a lagging one only causes harmless re-inserts);
    // the one written before compaction must be, or a stale offset could skip new records.
    char saved[12];
    qToLittleEndian<qint64>(offset, saved);
    qToLittleEndian<quint32>(crc32(saved, 8), saved + 8);
    if (::pwrite(m_checkpointFd, saved, sizeof saved, 0) != qint64(sizeof saved))
        return ioError(QCoreApplication::translate("Spool", "cannot write the spool checkpoint"));
    if (sync && ::fdatasync(m_checkpointFd) != 0)
        return ioError(QCoreApplication::translate("Spool", "cannot fsync the spool checkpoint"));
    return {};
}

Result<qint64> Spool::markDrained(qint64 offset, int records)
{
    QMutexLocker lock(&m_mutex);
    m_drained = offset;
    m_pending = std::max<qint64>(0, m_pending - records);
    // Compact once enough of the journal is in the store: at once when what is left is small to
    // copy, and in any case before the drained part grows past 16 times the threshold.
    const qint64 tail = m_end - m_drained;
    if (m_drained >= m_compactBytes && (tail <= m_compactBytes / 4 || m_drained >= 16 * m_compactBytes)) {
        auto compacted = compactLocked();
        if (compacted)
            return qint64(0);
        qCWarning(lcSpool).noquote() << QCoreApplication::translate(
                                            "Spool", "Spool compaction failed, the journal keeps growing: %1")
                                            .arg(compacted.error().message);
    }
    lock.unlock();
    if (auto ok = writeCheckpoint(offset, false); !ok)
        return Unexpected<Error>(ok.error());
    return offset;
}

Result<void> Spool::compactLocked()
{
    // Crash-safe order: (1) the undrained tail goes to journal.log.new, fsynced; (2) the checkpoint
    // becomes 0, fsynced — a crash now replays the old journal from its start, which only
    // re-inserts rows the store ignores as duplicates; (3) the new file replaces the journal by
    // rename, and the directory is fsynced. At no point can a checkpoint skip an undrained record.
    const QByteArray journalPath = QFile::encodeName(m_directory + QStringLiteral("/journal.log"));
    const QByteArray newPath = QFile::encodeName(m_directory + QStringLiteral("/journal.log.new"));
    const int out = ::open(newPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0)
        return ioError(
            QCoreApplication::translate("Spool", "cannot create %1").arg(QString::fromLocal8Bit(newPath)));
    const auto fail = [&](const QString &what) {
        const auto error = ioError(what);
        ::close(out);
        ::unlink(newPath.constData());
        return error;
    };
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 at = m_drained; at < m_end;) {
        const qint64 n = std::min<qint64>(buffer.size(), m_end - at);
        if (!preadFully(m_fd, buffer.data(), n, at))
            return fail(QCoreApplication::translate("Spool", "cannot read the spool to compact it"));
        for (qint64 done = 0; done < n;) {
            const ssize_t w = ::write(out, buffer.constData() + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return fail(QCoreApplication::translate("Spool", "cannot write the compacted spool"));
            done += w;
        }
        at += n;
    }
    if (::fdatasync(out) != 0)
        return fail(QCoreApplication::translate("Spool", "cannot fsync the compacted spool"));
    if (auto ok = writeCheckpoint(0, true); !ok) {
        ::close(out);
        ::unlink(newPath.constData());
        return ok;
    }
    if (::rename(newPath.constData(), journalPath.constData()) != 0)
        return fail(
            QCoreApplication::translate("Spool", "cannot replace the journal with its compacted copy"));
    ::close(out);
    const QByteArray directoryPath = QFile::encodeName(m_directory);
    if (const int dirFd = ::open(directoryPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    const int fd = ::open(journalPath.constData(), O_RDWR | O_APPEND | O_CLOEXEC);
    if (fd < 0)
        return ioError(QCoreApplication::translate("Spool", "cannot reopen the compacted journal"));
    ::close(m_fd);
    m_fd = fd;
    const qint64 before = m_end;
    m_end -= m_drained;
    m_drained = 0;
    qCInfo(lcSpool).noquote() << QCoreApplication::translate(
                                     "Spool",
                                     "Spool compacted: %1 bytes in the store removed, %2 bytes kept.")
                                     .arg(before - m_end)
                                     .arg(m_end);
    return {};
}

qint64 Spool::drainedOffset() const
{
    QMutexLocker lock(&m_mutex);
    return m_drained;
}

qint64 Spool::endOffset() const
{
    QMutexLocker lock(&m_mutex);
    return m_end;
}

qint64 Spool::unflushedBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_end - m_drained;
}

qint64 Spool::pendingRecords() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

} // namespace pegboard
