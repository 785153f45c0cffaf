#include "condition.h"

#include "domain/contextsnapshot.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace pegboard::Condition {

namespace {
const std::vector<float> pegEdges{5, 20, 50, 100};
const std::vector<float> volatilityEdges{0.05f, 0.10f, 0.20f};
const std::vector<float> stalenessEdges{60, 300, 900, 3600};

int numericBucket(float v, const std::vector<float> &edges)
{
    if (std::isnan(v))
        return -1;
    return int(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin());
}

QStringList numericLabels(const std::vector<float> &edges, const QString &unit)
{
    QStringList labels;
    labels << QStringLiteral("< %1 %2").arg(edges.front()).arg(unit);
    for (std::size_t i = 1; i < edges.size(); ++i)
        labels << QStringLiteral("%1–%2 %3").arg(edges[i - 1]).arg(edges[i]).arg(unit);
    labels << QStringLiteral("≥ %1 %2").arg(edges.back()).arg(unit);
    for (QString &l : labels)
        l = l.trimmed();
    return labels;
}

// Congestion and MEV levels, stored in the one English vocabulary, read in the user's language.
QStringList levelLabels(const StringDictionary &dictionary)
{
    QStringList labels;
    for (int i = 0; i < dictionary.size(); ++i)
        labels << ContextSnapshot::levelName(dictionary.text(std::uint16_t(i)));
    return labels;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
} // namespace

const std::vector<float> &gasEdges()
{
    static const std::vector<float> edges{30, 80, 150, 250};
    return edges;
}

const std::vector<Kind> &all()
{
    static const std::vector<Kind> kinds{Kind::GasPrice,    Kind::Congestion,     Kind::PegDeviation,
                                         Kind::Volatility,  Kind::HourOfDay,      Kind::Weekday,
                                         Kind::MevActivity, Kind::OracleStaleness};
    return kinds;
}

QString key(Kind kind)
{
    switch (kind) {
    case Kind::GasPrice:
        return QStringLiteral("gas_price");
    case Kind::Congestion:
        return QStringLiteral("congestion");
    case Kind::PegDeviation:
        return QStringLiteral("peg_deviation");
    case Kind::Volatility:
        return QStringLiteral("volatility");
    case Kind::HourOfDay:
        return QStringLiteral("hour_of_day");
    case Kind::Weekday:
        return QStringLiteral("weekday");
    case Kind::MevActivity:
        return QStringLiteral("mev_activity");
    case Kind::OracleStaleness:
        return QStringLiteral("oracle_staleness");
    }
    return {};
}

QString displayName(Kind kind)
{
    switch (kind) {
    case Kind::GasPrice:
        return QCoreApplication::translate("Condition", "Gas price");
    case Kind::Congestion:
        return QCoreApplication::translate("Condition", "Congestion");
    case Kind::PegDeviation:
        return QCoreApplication::translate("Condition", "Peg deviation");
    case Kind::Volatility:
        return QCoreApplication::translate("Condition", "Volatility");
    case Kind::HourOfDay:
        return QCoreApplication::translate("Condition", "Hour (UTC)");
    case Kind::Weekday:
        return QCoreApplication::translate("Condition", "Weekday");
    case Kind::MevActivity:
        return QCoreApplication::translate("Condition", "MEV activity");
    case Kind::OracleStaleness:
        return QCoreApplication::translate("Condition", "Oracle staleness");
    }
    return {};
}

int bucketCount(Kind kind, const Snapshot &s)
{
    switch (kind) {
    case Kind::GasPrice:
        return int(gasEdges().size()) + 1;
    case Kind::PegDeviation:
        return int(pegEdges.size()) + 1;
    case Kind::Volatility:
        return int(volatilityEdges.size()) + 1;
    case Kind::OracleStaleness:
        return int(stalenessEdges.size()) + 1;
    case Kind::HourOfDay:
        return 24;
    case Kind::Weekday:
        return 7;
    case Kind::Congestion:
        return s.congestionLevels.size();
    case Kind::MevActivity:
        return s.mevLevels.size();
    }
    return 0;
}

QStringList bucketLabels(Kind kind, const Snapshot &s)
{
    switch (kind) {
    case Kind::GasPrice:
        return numericLabels(gasEdges(), QStringLiteral("gwei"));
    case Kind::PegDeviation:
        return numericLabels(pegEdges, QStringLiteral("bps"));
    case Kind::Volatility:
        return numericLabels(volatilityEdges, QString());
    case Kind::OracleStaleness:
        return numericLabels(stalenessEdges, QStringLiteral("s"));
    case Kind::HourOfDay: {
        QStringList labels;
        for (int h = 0; h < 24; ++h)
            labels << QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
        return labels;
    }
    case Kind::Weekday: {
        QStringList labels;
        for (int d = 0; d < 7; ++d)
            labels << weekdayName(d);
        return labels;
    }
    case Kind::Congestion:
        return levelLabels(s.congestionLevels);
    case Kind::MevActivity:
        return levelLabels(s.mevLevels);
    }
    return {};
}

int bucketOf(Kind kind, const Snapshot &s, std::size_t row)
{
    switch (kind) {
    case Kind::GasPrice:
        return numericBucket(s.gasGwei[row], gasEdges());
    case Kind::PegDeviation:
        return numericBucket(std::abs(s.pegDeviationBps[row]), pegEdges);
    case Kind::Volatility:
        return numericBucket(s.volatility[row], volatilityEdges);
    case Kind::OracleStaleness:
        return numericBucket(s.oracleStalenessS[row], stalenessEdges);
    case Kind::HourOfDay:
        return s.reportedMs[row] == Snapshot::NoTime ? -1 : hourOf(s.reportedMs[row]);
    case Kind::Weekday:
        return s.reportedMs[row] == Snapshot::NoTime ? -1 : weekdayOf(s.reportedMs[row]);
    case Kind::Congestion:
        return s.congestion[row] == StringDictionary::None ? -1 : s.congestion[row];
    case Kind::MevActivity:
        return s.mev[row] == StringDictionary::None ? -1 : s.mev[row];
    }
    return -1;
}

int hourOf(std::int64_t ms)
{
    return int(floorDiv(ms, 3600000) % 24 + 24) % 24;
}

int weekdayOf(std::int64_t ms)
{
    // 1970-01-01 was a Thursday (weekday 3 counting from Monday = 0).
    return int((floorDiv(ms, 86400000) % 7 + 7 + 3) % 7);
}

QString weekdayName(int weekday)
{
    static const char *names[] = {
        QT_TRANSLATE_NOOP("Condition", "Monday"),    QT_TRANSLATE_NOOP("Condition", "Tuesday"),
        QT_TRANSLATE_NOOP("Condition", "Wednesday"), QT_TRANSLATE_NOOP("Condition", "Thursday"),
        QT_TRANSLATE_NOOP("Condition", "Friday"),    QT_TRANSLATE_NOOP("Condition", "Saturday"),
        QT_TRANSLATE_NOOP("Condition", "Sunday")};
    return weekday >= 0 && weekday < 7 ? QCoreApplication::translate("Condition", names[weekday]) : QString();
}

} // namespace pegboard::Condition
