#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pegboard {

// One maintenance window as an iCalendar (RFC 5545) event, so it lands in the team's calendar.
class IcsWriter
{
public:
    static QByteArray event(const QDateTime &from, const QDateTime &to, const QString &summary,
                            const QStringList &details, const QString &uid);
    static QString escaped(const QString &text);
};

} // namespace pegboard
