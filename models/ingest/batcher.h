#pragma once

#include <QDateTime>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pegboard {

class Spool;

// Drains the spool into the store, in order, on its own thread (the HTTP thread never waits for
// PostgreSQL): a report of severity >= 4 is written at once, the rest when batchSize have
// gathered or the oldest has waited interval. Every write is IssueStore::insert, idempotent on
// (source, external_id). When the store is unreachable or failing, reports stay in the spool and
// the write is retried with capped backoff; a record the store rejects as invalid on its own is
// set aside in rejected.log (never silently dropped) so it cannot block the queue.
class Batcher
{
public:
    struct Options
    {
        int batchSize = 50;
        int intervalMs = 5000;
        int maxChunk = 2000; // a backlog drains in chunks this large
        int maxRetryMs = 5000;
        int coalesceMs = 50; // minimum spacing of non-urgent writes under load
    };

    Batcher(QString storeUrl, Spool &spool, Options options);
    ~Batcher();

    // New records were appended to the spool.
    void notifyAppended();

    bool storeReachable() const { return m_reachable; }
    QDateTime lastFlush() const;
    qint64 inserted() const { return m_inserted; }
    qint64 rejected() const { return m_rejected; }

private:
    void run();

    QString m_storeUrl;
    Spool &m_spool;
    Options m_options;
    std::atomic_bool m_reachable{false};
    std::atomic<qint64> m_inserted{0};
    std::atomic<qint64> m_rejected{0};
    std::atomic<qint64> m_lastFlushMs{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_appended = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pegboard
