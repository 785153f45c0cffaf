#pragma once

#include "domain/feedsample.h"

#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <vector>

class QTimer;

namespace pegboard {

// Records accepted feed samples to feed_samples in batches, on its own single worker thread, so
// neither the feeds nor the GUI ever wait for PostgreSQL. While the store is unreachable samples
// wait in a bounded queue; beyond it the oldest are dropped and counted (live context matters
// more than complete history, and the queue must not eat the machine's memory).
class FeedRecorder : public QObject
{
    Q_OBJECT
public:
    explicit FeedRecorder(QString databaseUrl, QObject *parent = nullptr);
    ~FeedRecorder() override;

    void setBatch(int samples, int intervalMs);
    void setMaxPending(int samples) { m_maxPending = samples; }

    // Thread-safe.
    void enqueue(const std::vector<FeedSample> &samples);
    // Writes everything queued and waits for it (shutdown, tests).
    void flushAndWait();

    qint64 recorded() const { return m_recorded.load(); }
    qint64 dropped() const { return m_dropped.load(); }
    QString lastError() const;
    // The thread the last batch was written on (tests prove it is not the caller's).
    Qt::HANDLE lastWriterThread() const { return m_writerThread.load(); }

public slots:
    void flush();

signals:
    void failed(const QString &message);

private:
    void write(std::vector<FeedSample> batch);

    QString m_url;
    QThreadPool m_pool; // one thread: FeedSampleStore is used by one thread at a time
    QTimer *m_timer = nullptr;
    mutable QMutex m_mutex;
    std::vector<FeedSample> m_pending;
    QString m_lastError;
    int m_batch = 500;
    int m_maxPending = 200000;
    std::atomic<bool> m_writing{false};
    std::atomic<qint64> m_recorded{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<Qt::HANDLE> m_writerThread{nullptr};
    struct StoreHolder;
    std::unique_ptr<StoreHolder> m_store;
};

} // namespace pegboard
