#include "actiondispatcher.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <cmath>

namespace pegboard {

ActionDispatcher::ActionDispatcher(QObject *parent)
    : QObject(parent)
{}

ActionDispatcher::~ActionDispatcher()
{
    *m_alive = false; // a reply or process finishing after us must not call back into a dead lane
}

void ActionDispatcher::addAction(const QString &name, std::unique_ptr<ResponseAction> action)
{
    Lane &lane = m_lanes[name];
    lane.action = std::move(action);
    lane.timer = new QTimer(this);
    lane.timer->setSingleShot(true);
    connect(lane.timer, &QTimer::timeout, this, [this, name] { pump(name); });
}

void ActionDispatcher::dispatch(const AlertEvent &event, const QStringList &actions)
{
    for (const QString &name : actions) {
        auto it = m_lanes.find(name);
        if (it == m_lanes.end())
            continue;
        Lane &lane = it->second;
        const QString key = event.incidentKey + QLatin1Char('#') + event.kindName();
        if (lane.seen.contains(key))
            continue;
        lane.seen.insert(key);
        lane.queue.push_back({event, 0});
        if (!lane.busy && !lane.timer->isActive())
            pump(name);
    }
}

int ActionDispatcher::pending() const
{
    int n = 0;
    for (const auto &[name, lane] : m_lanes)
        n += int(lane.queue.size());
    return n;
}

int ActionDispatcher::backoffMs(int attempts, int retryAfterMs) const
{
    if (retryAfterMs >= 0)
        return std::min(std::max(retryAfterMs, m_policy.initialBackoffMs), m_policy.maxBackoffMs);
    const double base = double(m_policy.initialBackoffMs) * std::pow(2.0, std::max(0, attempts - 1));
    // ±20 % so many watchers that failed together do not retry together.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::min<double>(m_policy.maxBackoffMs, base * jitter));
}

void ActionDispatcher::pump(const QString &name)
{
    Lane &lane = m_lanes.at(name);
    if (lane.busy || lane.queue.empty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!lane.sentAtMs.empty() && now - lane.sentAtMs.front() >= 60000)
        lane.sentAtMs.pop_front();
    if (m_policy.ratePerMinute > 0 && int(lane.sentAtMs.size()) >= m_policy.ratePerMinute) {
        lane.timer->start(int(lane.sentAtMs.front() + 60000 - now) + 1);
        return;
    }
    lane.busy = true;
    lane.sentAtMs.push_back(now);
    Job &job = lane.queue.front();
    ++job.attempts;
    lane.action->deliver(job.event, [this, name, alive = m_alive](const ActionOutcome &outcome) {
        if (!*alive)
            return;
        // Delivery may answer synchronously; finish the current call stack first.
        QMetaObject::invokeMethod(
            this,
            [this, name, outcome, alive] {
                if (*alive)
                    onOutcome(name, outcome);
            },
            Qt::QueuedConnection);
    });
}

void ActionDispatcher::onOutcome(const QString &name, const ActionOutcome &outcome)
{
    Lane &lane = m_lanes.at(name);
    lane.busy = false;
    if (lane.queue.empty())
        return;
    Job &job = lane.queue.front();
    if (outcome.status == ActionOutcome::Status::Delivered) {
        emit delivered(name, job.event, job.attempts);
        lane.queue.pop_front();
        pump(name);
        return;
    }
    if (outcome.status == ActionOutcome::Status::Retry && job.attempts < m_policy.maxAttempts) {
        const int delay = backoffMs(job.attempts, outcome.retryAfterMs);
        emit retrying(name, job.event, job.attempts, delay, outcome.message);
        lane.timer->start(delay);
        return;
    }
    emit failed(name, job.event, outcome.message);
    lane.queue.pop_front();
    pump(name);
}

} // namespace pegboard
