#include "alertevent.h"

#include <QDateTime>

namespace pegboard {

QJsonObject AlertEvent::toJson() const
{
    auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    return QJsonObject{{QStringLiteral("event"), kindName()},  {QStringLiteral("rule"), rule},
                       {QStringLiteral("symbol"), symbol},     {QStringLiteral("metric"), metric},
                       {QStringLiteral("severity"), severity}, {QStringLiteral("summary"), summary},
                       {QStringLiteral("value"), value},       {QStringLiteral("threshold"), threshold},
                       {QStringLiteral("at"), iso(atMs)},      {QStringLiteral("fired_at"), iso(firedAtMs)},
                       {QStringLiteral("silenced"), silenced}, {QStringLiteral("incident_key"), incidentKey},
                       {QStringLiteral("dedup_key"), dedupKey}};
}

} // namespace pegboard
