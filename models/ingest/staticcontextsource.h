#pragma once

#include "domain/contextsource.h"

#include <QDateTime>
#include <QMutex>
#include <functional>

namespace pegboard {

// A ContextSource holding the last known value of each group and when it was observed: the
// collector's default when no live feed is wired in, and the tests' source. A group older than
// maxAgeSeconds at snapshot time comes back marked stale with its age. Thread-safe.
class StaticContextSource : public ContextSource
{
public:
    using Clock = std::function<QDateTime()>;

    explicit StaticContextSource(double maxAgeSeconds = 60, Clock clock = {});

    void setNetworkConditions(const QJsonObject &group, const QDateTime &observedAt);
    void setPriceContext(const QJsonObject &group, const QDateTime &observedAt);
    void setProtocolState(const QJsonObject &group, const QDateTime &observedAt);

    ContextSnapshot snapshot(const QString &symbol = {}, const QString &protocol = {}) const override;

private:
    struct Group
    {
        QJsonObject values;
        QDateTime observedAt;
    };
    QJsonObject current(const Group &group, const QDateTime &now) const;

    double m_maxAgeSeconds;
    Clock m_clock;
    mutable QMutex m_mutex;
    Group m_network;
    Group m_price;
    Group m_protocol;
};

} // namespace pegboard
