#include "ruleevaluator.h"

#include <QCoreApplication>
#include <QLocale>

namespace pegboard {

RuleEvaluator::RuleEvaluator(Rule rule)
    : m_rule(std::move(rule))
{}

void RuleEvaluator::restoreFiring(qint64 firedAtMs, const QString &symbol)
{
    m_state = State::Firing;
    m_firedAtMs = firedAtMs;
    m_firedSymbol = symbol;
}

QString RuleEvaluator::dedupKey(const Rule &rule, const QString &symbol)
{
    return symbol.isEmpty() ? QStringLiteral("pegboard/%1").arg(rule.name)
                            : QStringLiteral("pegboard/%1/%2").arg(rule.name, symbol);
}

std::optional<AlertEvent> RuleEvaluator::step(std::optional<double> value, qint64 atMs, const QString &symbol)
{
    if (!value)
        return std::nullopt;
    const double v = *value;
    const auto waited = [&](double seconds) { return double(atMs - m_sinceMs) >= seconds * 1000.0; };
    switch (m_state) {
    case State::Idle:
        if (!m_rule.breaches(v))
            return std::nullopt;
        m_state = State::Pending;
        m_sinceMs = atMs;
        [[fallthrough]];
    case State::Pending:
        if (!m_rule.breaches(v)) {
            m_state = State::Idle;
            return std::nullopt;
        }
        if (!waited(m_rule.forS))
            return std::nullopt;
        m_state = State::Firing;
        m_firedAtMs = atMs;
        m_firedSymbol = symbol;
        return event(AlertEvent::Kind::Fired, v, atMs, symbol);
    case State::Firing:
        if (!m_rule.clears(v))
            return std::nullopt;
        m_state = State::Clearing;
        m_sinceMs = atMs;
        [[fallthrough]];
    case State::Clearing:
        if (!m_rule.clears(v)) {
            m_state = State::Firing;
            return std::nullopt;
        }
        if (!waited(m_rule.clearForS))
            return std::nullopt;
        m_state = State::Idle;
        return event(AlertEvent::Kind::Resolved, v, atMs, m_firedSymbol);
    }
    return std::nullopt;
}

AlertEvent RuleEvaluator::event(AlertEvent::Kind kind, double value, qint64 atMs, const QString &symbol) const
{
    AlertEvent e;
    e.kind = kind;
    e.rule = m_rule.name;
    e.symbol = symbol;
    e.metric = m_rule.metric;
    e.severity = m_rule.severity;
    e.value = value;
    e.threshold = m_rule.threshold();
    e.atMs = atMs;
    e.firedAtMs = m_firedAtMs;
    e.dedupKey = dedupKey(m_rule, symbol);
    e.incidentKey = QStringLiteral("%1:%2").arg(e.dedupKey).arg(m_firedAtMs);
    const QLocale c = QLocale::c();
    const QString subject =
        symbol.isEmpty() ? m_rule.metric : QStringLiteral("%1 %2").arg(symbol, m_rule.metric);
    if (!m_rule.summary.isEmpty())
        e.summary = m_rule.summary;
    else if (kind == AlertEvent::Kind::Fired)
        e.summary = QCoreApplication::translate("pegboard::RuleEvaluator", "%1: %2 is %3 (%4 %5)")
                        .arg(m_rule.name, subject, c.toString(value, 'g', 6),
                             m_rule.above ? QStringLiteral("≥") : QStringLiteral("≤"),
                             c.toString(m_rule.threshold(), 'g', 6));
    else
        e.summary = QCoreApplication::translate("pegboard::RuleEvaluator", "%1 resolved: %2 is back at %3")
                        .arg(m_rule.name, subject, c.toString(value, 'g', 6));
    return e;
}

} // namespace pegboard
