#include "contextsnapshot.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
std::optional<double> number(const QJsonObject &group, const QString &key)
{
    const QJsonValue v = group.value(key);
    if (v.isDouble())
        return v.toDouble();
    // Reports written by other tools sometimes carry numbers as strings ("180").
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}
} // namespace

bool ContextSnapshot::isEmpty() const
{
    return networkConditions.isEmpty() && priceContext.isEmpty() && protocolState.isEmpty();
}

std::optional<double> ContextSnapshot::gasPriceGwei() const
{
    return number(networkConditions, ContextKey::GasPriceGwei);
}
std::optional<double> ContextSnapshot::pendingTxCount() const
{
    return number(networkConditions, ContextKey::PendingTxCount);
}
QString ContextSnapshot::congestionLevel() const
{
    return networkConditions.value(ContextKey::CongestionLevel).toString();
}
QString ContextSnapshot::mevActivity() const
{
    return networkConditions.value(ContextKey::MevActivity).toString();
}
std::optional<double> ContextSnapshot::pegDeviationBps() const
{
    return number(priceContext, ContextKey::PegDeviationBps);
}
std::optional<double> ContextSnapshot::volatilityIndex() const
{
    return number(priceContext, ContextKey::VolatilityIndex);
}
std::optional<double> ContextSnapshot::volume24hUsd() const
{
    return number(priceContext, ContextKey::Volume24hUsd);
}
std::optional<double> ContextSnapshot::collateralRatio() const
{
    return number(protocolState, ContextKey::CollateralRatio);
}

QDateTime ContextSnapshot::oracleLastUpdate() const
{
    return QDateTime::fromString(protocolState.value(ContextKey::OracleLastUpdate).toString(),
                                 Qt::ISODateWithMs);
}

void ContextSnapshot::setGasPriceGwei(double gwei)
{
    networkConditions[ContextKey::GasPriceGwei] = gwei;
}
void ContextSnapshot::setPendingTxCount(double count)
{
    networkConditions[ContextKey::PendingTxCount] = count;
}
void ContextSnapshot::setCongestionLevel(const QString &level)
{
    networkConditions[ContextKey::CongestionLevel] = level;
}
void ContextSnapshot::setMevActivity(const QString &level)
{
    networkConditions[ContextKey::MevActivity] = level;
}
void ContextSnapshot::setPegDeviationBps(double bps)
{
    priceContext[ContextKey::PegDeviationBps] = bps;
}
void ContextSnapshot::setVolatilityIndex(double index)
{
    priceContext[ContextKey::VolatilityIndex] = index;
}
void ContextSnapshot::setVolume24hUsd(double usd)
{
    priceContext[ContextKey::Volume24hUsd] = usd;
}
void ContextSnapshot::setCollateralRatio(double ratio)
{
    protocolState[ContextKey::CollateralRatio] = ratio;
}

void ContextSnapshot::setOracleLastUpdate(const QDateTime &at)
{
    protocolState[ContextKey::OracleLastUpdate] = at.toUTC().toString(Qt::ISODate);
}

QString ContextSnapshot::congestionLevelFor(double score)
{
    return score < 0.35  ? QStringLiteral("low")
           : score < 0.6 ? QStringLiteral("medium")
           : score < 0.8 ? QStringLiteral("high")
                         : QStringLiteral("critical");
}

QString ContextSnapshot::mevActivityFor(double score)
{
    return score < 0.35  ? QStringLiteral("normal")
           : score < 0.6 ? QStringLiteral("elevated")
                         : QStringLiteral("high");
}

void ContextSnapshot::markStale(QJsonObject &group, double ageSeconds)
{
    group[ContextKey::Stale] = true;
    group[ContextKey::AgeSeconds] = ageSeconds;
}

bool ContextSnapshot::isStale(const QJsonObject &group)
{
    return group.value(ContextKey::Stale).toBool(false);
}

QString ContextSnapshot::levelName(const QString &level)
{
    // Both vocabularies: congestion (low … critical) and MEV activity (normal, elevated, high).
    static constexpr const char *Levels[] = {
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "low"),
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "medium"),
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "normal"),
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "elevated"),
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "high"),
        QT_TRANSLATE_NOOP("pegboard::ContextSnapshot", "critical"),
    };
    for (const char *known : Levels)
        if (level.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("pegboard::ContextSnapshot", known);
    return level;
}

} // namespace pegboard
