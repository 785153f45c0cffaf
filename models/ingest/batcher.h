#pragma once

#include "domain/issue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace pegboard {

class IssueStore;
class Spool;

// Drains the spool into the store, in order, on its own thread (the HTTP thread never waits for
// PostgreSQL): a report of severity >= 4 is written at once, the rest when batchSize have
// gathered or the oldest has waited interval. Every write is IssueStore::insert, idempotent on
// (source, external_id). Only a store that cannot be reached or refuses every write (permissions,
// read-only, out of space) keeps reports waiting in the spool, retried with capped backoff; a
// batch the store refuses for its data (SQLSTATE classes 22 and 23, 54000) is bisected until the
// offending rows are isolated, which are set aside in rejected.log with the reason while the rest
// goes on — one report can never stop the queue behind it.
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

    enum class StoreState
    {
        Unknown,     // not tried yet
        Up,          // the last write or probe succeeded
        Unreachable, // no connection
        Refusing,    // connected, but every write fails (permissions, read-only, disk full, schema)
    };

    // onBatch is called on the batcher's thread after each successful write, with its row count.
    Batcher(QString storeUrl, Spool &spool, Options options, std::function<void(int rows)> onBatch = {});
    ~Batcher();

    // New records were appended to the spool.
    void notifyAppended();

    StoreState storeState() const { return m_state; }
    bool storeReachable() const { return m_state == StoreState::Up; }
    // The store's last refusal or connection error, one line; empty while the store is up.
    QString storeError() const;
    QDateTime lastFlush() const;
    qint64 inserted() const { return m_inserted; }
    qint64 rejected() const { return m_rejected; }
    qint64 batches() const { return m_batches; }
    // Time spent in store writes that succeeded: inserted() / this is what the store can take,
    // however fast reports arrive (the drain's capacity, to compare with the ingest rate).
    double storeWriteSeconds() const { return m_writeNanos / 1e9; }
    // Receipt time of the oldest report not yet in the store (invalid when none waits).
    QDateTime oldestUnflushed() const;

    static QString stateName(StoreState state);

private:
    enum class Outcome
    {
        Written,
        Failed
    };
    void run();
    bool ensureStore(std::unique_ptr<IssueStore> &store);
    Outcome write(std::unique_ptr<IssueStore> &store, std::span<const Issue> issues,
                  std::span<const QByteArray> payloads);
    void setAside(const QByteArray &payload, const Issue *issue, const QString &reason);
    void setState(StoreState state, const QString &error);

    QString m_storeUrl;
    Spool &m_spool;
    Options m_options;
    std::function<void(int)> m_onBatch;
    std::atomic<StoreState> m_state{StoreState::Unknown};
    int m_failedAttempts = 0;
    std::atomic<qint64> m_inserted{0};
    std::atomic<qint64> m_rejected{0};
    std::atomic<qint64> m_batches{0};
    std::atomic<qint64> m_writeNanos{0};
    std::atomic<qint64> m_lastFlushMs{0};
    std::atomic<qint64> m_oldestPendingMs{0};
    mutable std::mutex m_mutex;
    QString m_storeError;
    std::condition_variable m_wake;
    bool m_appended = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pegboard
