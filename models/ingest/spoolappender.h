#pragma once

#include <QByteArray>
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pegboard {

class Spool;

// Group commit: reports submitted while the previous fsync was running are appended together
// with one write and one fsync, so throughput grows with concurrency instead of being capped at
// one fsync per request. Runs on its own thread; `done` is called once per submission, after the
// record is durable (ok) or the append failed (the report must then be refused). Without
// `deliver` the calls run on the appender's thread; with it, each group's calls are handed to
// `deliver` as one function, so the HTTP thread is woken once per fsync, not once per report.
class SpoolAppender
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    using Deliver = std::function<void(std::function<void()> group)>;

    SpoolAppender(Spool &spool, std::function<void()> onAppended, Deliver deliver = {});
    ~SpoolAppender();

    void submit(QByteArray payload, Done done);

private:
    void run();

    Spool &m_spool;
    std::function<void()> m_onAppended;
    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<QByteArray, Done>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pegboard
