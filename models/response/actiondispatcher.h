#pragma once

#include "alertevent.h"
#include "responseaction.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>

namespace pegboard {

// Delivers alert events to the named actions. Each action is a lane: events go out in order, one at
// a time (a resolve never overtakes its trigger); a failed attempt is retried with capped
// exponential backoff and jitter (or the receiver's Retry-After); an event already sent or queued
// for an action is not sent again; at most `ratePerMinute` deliveries a minute per action, the rest
// wait their turn rather than being dropped.
class ActionDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int initialBackoffMs = 1000;
        int maxBackoffMs = 300000;
        int maxAttempts = 12;
        int ratePerMinute = 30;
    };

    explicit ActionDispatcher(QObject *parent = nullptr);
    ~ActionDispatcher() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    void addAction(const QString &name, std::unique_ptr<ResponseAction> action);
    bool hasAction(const QString &name) const { return m_lanes.count(name) > 0; }
    void dispatch(const AlertEvent &event, const QStringList &actions);
    // Events waiting or in flight, over all actions.
    int pending() const;

signals:
    void delivered(const QString &action, const pegboard::AlertEvent &event, int attempts);
    void retrying(const QString &action, const pegboard::AlertEvent &event, int attempt, int delayMs,
                  const QString &why);
    void failed(const QString &action, const pegboard::AlertEvent &event, const QString &why);

private:
    struct Job
    {
        AlertEvent event;
        int attempts = 0;
    };
    struct Lane
    {
        std::unique_ptr<ResponseAction> action;
        std::deque<Job> queue;
        bool busy = false;
        QTimer *timer = nullptr;
        std::deque<qint64> sentAtMs; // for the rate limit
        QSet<QString> seen;          // incident key + kind, queued or sent
    };
    void pump(const QString &name);
    void onOutcome(const QString &name, const ActionOutcome &outcome);
    int backoffMs(int attempts, int retryAfterMs) const;

    Policy m_policy;
    std::map<QString, Lane> m_lanes;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace pegboard
