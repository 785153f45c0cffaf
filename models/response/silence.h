#pragma once

#include <QString>

namespace pegboard {

// A stretch of time in which matching rules fire without paging: the firing is still recorded (and
// audited) as silenced. A maintenance window from the calendar becomes one with one click.
struct Silence
{
    qint64 id = 0;
    QString rulePattern = QStringLiteral("*"); // a rule name, or * for all
    QString symbol;                            // empty: every coin
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QString reason;
    QString createdBy;

    bool covers(const QString &rule, const QString &coin, qint64 atMs) const
    {
        return atMs >= startsMs && atMs < endsMs &&
               (rulePattern == QLatin1String("*") || rulePattern == rule) &&
               (symbol.isEmpty() || symbol.compare(coin, Qt::CaseInsensitive) == 0);
    }
};

} // namespace pegboard

#include <QMetaType>
Q_DECLARE_METATYPE(pegboard::Silence)
