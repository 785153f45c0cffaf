#pragma once

#include <QJsonObject>
#include <QString>

namespace pegboard {

// One transition of one rule: it fired, or what fired resolved. The incident key names the
// incident (rule, symbol, the moment it fired); the dedup key is what PagerDuty groups by, stable per
// rule and symbol, so a restarted watcher re-triggering an open incident does not page twice.
struct AlertEvent
{
    enum class Kind
    {
        Fired,
        Resolved,
    };
    Kind kind = Kind::Fired;
    QString rule;
    QString symbol;
    QString metric;
    QString severity; // critical, error, warning, info (PagerDuty's words)
    QString summary;
    double value = 0;     // the metric when the transition happened
    double threshold = 0; // the rule's firing threshold
    qint64 atMs = 0;      // the transition (feed time)
    qint64 firedAtMs = 0; // when the incident began
    bool silenced = false;
    QString incidentKey;
    QString dedupKey;

    QString kindName() const
    {
        return kind == Kind::Fired ? QStringLiteral("fired") : QStringLiteral("resolved");
    }
    QJsonObject toJson() const;
};

} // namespace pegboard

#include <QMetaType>
Q_DECLARE_METATYPE(pegboard::AlertEvent)
