#include "staticcontextsource.h"

namespace pegboard {

StaticContextSource::StaticContextSource(double maxAgeSeconds, Clock clock)
    : m_maxAgeSeconds(maxAgeSeconds)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

void StaticContextSource::setNetworkConditions(const QJsonObject &group, const QDateTime &observedAt)
{
    QMutexLocker lock(&m_mutex);
    m_network = {group, observedAt};
}

void StaticContextSource::setPriceContext(const QJsonObject &group, const QDateTime &observedAt)
{
    QMutexLocker lock(&m_mutex);
    m_price = {group, observedAt};
}

void StaticContextSource::setProtocolState(const QJsonObject &group, const QDateTime &observedAt)
{
    QMutexLocker lock(&m_mutex);
    m_protocol = {group, observedAt};
}

QJsonObject StaticContextSource::current(const Group &group, const QDateTime &now) const
{
    if (group.values.isEmpty())
        return {};
    QJsonObject values = group.values;
    const double age = group.observedAt.isValid() ? group.observedAt.msecsTo(now) / 1000.0 : -1;
    // Never observed, or older than allowed: the values stay, so the console can show what was
    // last known, but flagged so nobody mistakes them for the state at the report's moment.
    if (age < 0 || age > m_maxAgeSeconds)
        ContextSnapshot::markStale(values, age < 0 ? 0 : age);
    return values;
}

ContextSnapshot StaticContextSource::snapshot(const QString &, const QString &) const
{
    const QDateTime now = m_clock();
    QMutexLocker lock(&m_mutex);
    ContextSnapshot s;
    s.networkConditions = current(m_network, now);
    s.priceContext = current(m_price, now);
    s.protocolState = current(m_protocol, now);
    return s;
}

} // namespace pegboard
