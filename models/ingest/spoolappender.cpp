#include "spoolappender.h"

#include "spool.h"

#include <QList>
#include <pthread.h>

namespace pegboard {

SpoolAppender::SpoolAppender(Spool &spool, std::function<void()> onAppended, Deliver deliver)
    : m_spool(spool)
    , m_onAppended(std::move(onAppended))
    , m_deliver(std::move(deliver))
    , m_thread([this] { run(); })
{}

SpoolAppender::~SpoolAppender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SpoolAppender::submit(QByteArray payload, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(std::move(payload), std::move(done));
    }
    m_wake.notify_one();
}

void SpoolAppender::run()
{
    // Named so operators (top -H, perf) can tell the collector's threads apart.
    pthread_setname_np(pthread_self(), "pb-spool");
    for (;;) {
        std::deque<std::pair<QByteArray, Done>> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            // Drain what is queued even when stopping: those callers are waiting for an answer.
            if (m_queue.empty())
                return;
            batch.swap(m_queue);
        }
        QList<QByteArray> payloads;
        payloads.reserve(qsizetype(batch.size()));
        for (const auto &item : batch)
            payloads.append(item.first);
        const auto appended = m_spool.append(payloads);
        const bool ok = appended.hasValue();
        const QString error = ok ? QString() : appended.error().message;
        if (m_deliver) {
            auto dones = std::make_shared<std::vector<Done>>();
            dones->reserve(batch.size());
            for (auto &item : batch)
                dones->push_back(std::move(item.second));
            m_deliver([dones, ok, error] {
                for (const Done &done : *dones)
                    done(ok, error);
            });
        } else {
            for (auto &item : batch)
                item.second(ok, error);
        }
        if (appended && m_onAppended)
            m_onAppended();
    }
}

} // namespace pegboard
