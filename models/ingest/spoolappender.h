#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace pegboard {

class Spool;

// Group commit: reports submitted while the previous fsync was running are appended together
// with one write and one fsync, so throughput grows with concurrency instead of being capped at
// one fsync per request. Runs on its own thread; `done` is called there, once per submission,
// after the record is durable (ok) or the append failed (the report must then be refused).
class SpoolAppender
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;

    SpoolAppender(Spool &spool, std::function<void()> onAppended);
    ~SpoolAppender();

    void submit(QByteArray payload, Done done);

private:
    void run();

    Spool &m_spool;
    std::function<void()> m_onAppended;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<QByteArray, Done>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pegboard
