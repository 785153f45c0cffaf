#include "batcher.h"

#include "domain/issuetype.h"
#include "issuecodec.h"
#include "spool.h"
#include "store/issuestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <pqxx/pqxx>
#include <pthread.h>
#include <vector>

Q_LOGGING_CATEGORY(lcBatcher, "pegboard.batcher")

namespace pegboard {

namespace {
void setAside(const QString &directory, const QByteArray &payload, const QString &reason)
{
    qCWarning(lcBatcher).noquote()
        << QCoreApplication::translate("Batcher", "Report set aside in rejected.log: %1").arg(reason);
    QFile file(directory + QStringLiteral("/rejected.log"));
    if (file.open(QIODevice::Append)) {
        const QByteArray hex = payload.toBase64();
        file.write(hex + '\n');
        file.flush();
    }
}
} // namespace

Batcher::Batcher(QString storeUrl, Spool &spool, Options options)
    : m_storeUrl(std::move(storeUrl))
    , m_spool(spool)
    , m_options(options)
    , m_thread([this] { run(); })
{}

Batcher::~Batcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Batcher::notifyAppended()
{
    {
        std::lock_guard lock(m_mutex);
        m_appended = true;
    }
    m_wake.notify_one();
}

QDateTime Batcher::lastFlush() const
{
    const qint64 ms = m_lastFlushMs;
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

void Batcher::run()
{
    // Named so operators (top -H, perf) can tell the collector's threads apart.
    pthread_setname_np(pthread_self(), "pb-batcher");
    std::unique_ptr<IssueStore> store;
    std::vector<Issue> pending;
    std::vector<QByteArray> pendingPayloads;
    qint64 pendingEnd = m_spool.drainedOffset();
    int pendingRecords = 0;
    bool urgent = false;
    QElapsedTimer oldest;
    QElapsedTimer sinceFailure;
    QElapsedTimer sinceFlush;
    int retryMs = 0;

    // One attempt to write everything pending; false when the store is unreachable or failing.
    const auto flush = [&]() -> bool {
        if (!store) {
            auto opened = IssueStore::open(m_storeUrl);
            if (!opened) {
                qCWarning(lcBatcher).noquote()
                    << QCoreApplication::translate("Batcher",
                                                   "Store unreachable, reports stay in the spool: %1")
                           .arg(opened.error().message);
                return false;
            }
            store = std::move(opened).value();
        }
        auto result = store->insert(pending);
        if (result) {
            m_inserted += result->inserted;
            return true;
        }
        if (result.error().code != Error::Code::InvalidInput) {
            qCWarning(lcBatcher).noquote()
                << QCoreApplication::translate("Batcher", "Store write failed, will retry: %1")
                       .arg(result.error().message);
            store.reset(); // reconnect from scratch: the session may be half-broken
            return false;
        }
        // One bad row fails the whole atomic batch: find it by writing one at a time.
        for (size_t i = 0; i < pending.size(); ++i) {
            auto single = store->insert(std::span<const Issue>(&pending[i], 1));
            if (single) {
                m_inserted += single->inserted;
            } else if (single.error().code == Error::Code::InvalidInput) {
                setAside(m_spool.directory(), pendingPayloads[i], single.error().message);
                ++m_rejected;
            } else {
                store.reset();
                return false;
            }
        }
        return true;
    };

    // While idle, a cheap round trip every few seconds keeps /healthz's store_reachable true to
    // the store's state rather than to the last write.
    QElapsedTimer sinceProbe;
    const auto probe = [&] {
        sinceProbe.start();
        try {
            if (!store) {
                auto opened = IssueStore::open(m_storeUrl);
                m_reachable = opened.hasValue();
                if (opened)
                    store = std::move(opened).value();
                return;
            }
            pqxx::nontransaction tx(store->connection());
            tx.exec("SELECT 1");
            m_reachable = true;
        } catch (const std::exception &) {
            m_reachable = false;
            store.reset();
        }
    };
    probe();

    for (;;) {
        bool stopping = false;
        {
            std::lock_guard lock(m_mutex);
            stopping = m_stopping;
            m_appended = false;
        }
        const int room = m_options.maxChunk - pendingRecords;
        if (room > 0) {
            auto records = m_spool.read(pendingEnd, room);
            if (!records)
                qCCritical(lcBatcher).noquote() << records.error().message;
            for (const Spool::Record &record : records.hasValue() ? *records : QList<Spool::Record>()) {
                if (pendingRecords == 0)
                    oldest.start();
                auto issue = IssueCodec::decode(record.payload);
                if (issue) {
                    urgent = urgent || issue->severityLevel >= Severity::Immediate;
                    pending.push_back(std::move(issue).value());
                    pendingPayloads.push_back(record.payload);
                } else {
                    setAside(m_spool.directory(), record.payload, issue.error().message);
                    ++m_rejected;
                }
                pendingEnd = record.endOffset;
                ++pendingRecords;
            }
        }
        // A full batch waits at most coalesceMs after the previous write, so a flood is written in
        // fewer, larger transactions; urgent reports never wait.
        const bool fullBatch = int(pending.size()) >= m_options.batchSize &&
                               (!sinceFlush.isValid() || sinceFlush.elapsed() >= m_options.coalesceMs);
        const bool due = pendingRecords > 0 &&
                         (fullBatch || urgent || oldest.elapsed() >= m_options.intervalMs || stopping);
        const bool backedOff = retryMs == 0 || sinceFailure.elapsed() >= retryMs;
        if (due && backedOff) {
            if (pending.empty() || flush()) {
                m_reachable = true;
                auto next = m_spool.markDrained(pendingEnd, pendingRecords);
                if (!next)
                    qCCritical(lcBatcher).noquote() << next.error().message;
                else
                    pendingEnd = *next;
                pending.clear();
                pendingPayloads.clear();
                pendingRecords = 0;
                urgent = false;
                retryMs = 0;
                m_lastFlushMs = QDateTime::currentMSecsSinceEpoch();
                sinceFlush.start();
                if (!stopping)
                    continue; // more may be waiting in the spool
            } else {
                m_reachable = false;
                retryMs = retryMs ? std::min(retryMs * 2, m_options.maxRetryMs) : 200;
                sinceFailure.start();
            }
        }
        if (stopping)
            return; // whatever is left stays in the spool for the next start
        if (pendingRecords == 0 && sinceProbe.elapsed() >= 5000)
            probe();
        qint64 waitMs = 1000;
        if (pendingRecords > 0)
            waitMs = retryMs ? retryMs - sinceFailure.elapsed()
                     : int(pending.size()) >= m_options.batchSize
                         ? m_options.coalesceMs - sinceFlush.elapsed()
                         : m_options.intervalMs - oldest.elapsed();
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, waitMs)),
                        [this] { return m_appended || m_stopping; });
    }
}

} // namespace pegboard
