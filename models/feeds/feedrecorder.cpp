#include "feedrecorder.h"

#include "store/feedsamplestore.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pegboard {

struct FeedRecorder::StoreHolder
{
    std::unique_ptr<FeedSampleStore> store;
};

FeedRecorder::FeedRecorder(QString databaseUrl, QObject *parent)
    : QObject(parent)
    , m_url(std::move(databaseUrl))
    , m_timer(new QTimer(this))
    , m_store(std::make_unique<StoreHolder>())
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(m_timer, &QTimer::timeout, this, &FeedRecorder::flush);
    m_timer->start(1000);
}

FeedRecorder::~FeedRecorder()
{
    flushAndWait();
}

void FeedRecorder::setBatch(int samples, int intervalMs)
{
    m_batch = std::max(1, samples);
    m_timer->start(std::max(10, intervalMs));
}

QString FeedRecorder::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void FeedRecorder::enqueue(const std::vector<FeedSample> &samples)
{
    bool full = false;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.insert(m_pending.end(), samples.begin(), samples.end());
        if (qsizetype(m_pending.size()) > m_maxPending) {
            const auto excess = m_pending.size() - size_t(m_maxPending);
            m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(excess));
            m_dropped += qint64(excess);
        }
        full = qsizetype(m_pending.size()) >= m_batch;
    }
    if (full)
        QMetaObject::invokeMethod(this, &FeedRecorder::flush, Qt::QueuedConnection);
}

void FeedRecorder::flush()
{
    // One batch in flight at a time keeps rows in order and the connection single-threaded.
    if (m_writing.exchange(true))
        return;
    std::vector<FeedSample> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
    }
    if (batch.empty()) {
        m_writing = false;
        return;
    }
    [[maybe_unused]] auto pending =
        QtConcurrent::run(&m_pool, [this, batch = std::move(batch)]() mutable { write(std::move(batch)); });
}

void FeedRecorder::write(std::vector<FeedSample> batch)
{
    m_writerThread = QThread::currentThreadId();
    QString error;
    if (!m_store->store) {
        auto opened = FeedSampleStore::open(m_url);
        if (opened)
            m_store->store = std::move(opened).value();
        else
            error = opened.error().message;
    }
    if (m_store->store) {
        auto inserted = m_store->store->insert(batch);
        if (inserted)
            m_recorded += qint64(batch.size());
        else
            error = inserted.error().message;
    }
    if (!error.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_lastError = error;
        // Put the batch back in front, so nothing recorded out of order; the cap still applies.
        m_pending.insert(m_pending.begin(), batch.begin(), batch.end());
        if (qsizetype(m_pending.size()) > m_maxPending) {
            const auto excess = m_pending.size() - size_t(m_maxPending);
            m_pending.erase(m_pending.begin(), m_pending.begin() + qsizetype(excess));
            m_dropped += qint64(excess);
        }
    }
    m_writing = false;
    if (!error.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void FeedRecorder::flushAndWait()
{
    for (int round = 0; round < 3; ++round) {
        m_pool.waitForDone();
        {
            QMutexLocker lock(&m_mutex);
            if (m_pending.empty())
                return;
        }
        flush();
    }
    m_pool.waitForDone();
}

} // namespace pegboard
