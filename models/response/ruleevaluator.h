#pragma once

#include "alertevent.h"
#include "rule.h"

#include <optional>

namespace pegboard {

// One rule's state machine. Idle → pending (breached, waiting for for_s) → firing (emits Fired) →
// clearing (past the clear threshold, waiting for clear_for_s) → idle (emits Resolved). A value
// that goes back during a wait resets the wait; a missing or stale value changes nothing, so a
// silent feed neither fires nor resolves an alert.
class RuleEvaluator
{
public:
    enum class State
    {
        Idle,
        Pending,
        Firing,
        Clearing,
    };

    explicit RuleEvaluator(Rule rule);

    const Rule &rule() const { return m_rule; }
    State state() const { return m_state; }
    bool firing() const { return m_state == State::Firing || m_state == State::Clearing; }
    qint64 firedAtMs() const { return m_firedAtMs; }
    // A watcher restarted during an incident continues it instead of firing it again.
    void restoreFiring(qint64 firedAtMs, const QString &symbol);

    std::optional<AlertEvent> step(std::optional<double> value, qint64 atMs, const QString &symbol);

    static QString dedupKey(const Rule &rule, const QString &symbol);

private:
    AlertEvent event(AlertEvent::Kind kind, double value, qint64 atMs, const QString &symbol) const;

    Rule m_rule;
    State m_state = State::Idle;
    qint64 m_sinceMs = 0;
    qint64 m_firedAtMs = 0;
    QString m_firedSymbol;
};

} // namespace pegboard
