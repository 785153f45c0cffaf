#include "riskscore.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
double clamp10(double v)
{
    return std::clamp(v, 0.0, 10.0);
}

double levelScore(const QString &level)
{
    const QString l = level.toLower();
    if (l == QLatin1String("low"))
        return 2;
    if (l == QLatin1String("medium"))
        return 5;
    if (l == QLatin1String("high"))
        return 8.5;
    if (l == QLatin1String("critical") || l == QLatin1String("extreme"))
        return 10;
    return -1;
}

QString tr(const char *text)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::RiskScore", text);
}
} // namespace

Result<void> RiskScore::Config::validate() const
{
    double sum = 0;
    for (double w : weights) {
        if (!(w >= 0))
            return Error::make(Error::Code::InvalidInput, tr("Risk weights must not be negative."));
        sum += w;
    }
    if (std::abs(sum - 1) > 1e-6)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("RiskScore", "Risk weights must sum to 1 (they sum to %1).")
                .arg(sum, 0, 'f', 3));
    if (!(raiseOracleFrequency >= 0 && raiseOracleFrequency <= alertOperations &&
          alertOperations <= emergencyProtocol && emergencyProtocol <= 10))
        return Error::make(
            Error::Code::InvalidInput,
            tr("Risk thresholds must lie within 0–10 and rise from oracle frequency to alert to "
               "emergency."));
    return {};
}

Result<void> RiskScore::setConfig(const Config &config)
{
    if (auto valid = config.validate(); !valid)
        return valid;
    m_config = config;
    return {};
}

QString RiskScore::factorKey(Factor factor)
{
    static const char *keys[] = {"peg_stability", "oracle_health", "network_stress", "market_volatility",
                                 "protocol_health"};
    return factor >= 0 && factor < FactorCount ? QString::fromLatin1(keys[factor]) : QString();
}

QString RiskScore::factorName(Factor factor)
{
    switch (factor) {
    case PegStability:
        return tr("Peg stability");
    case OracleHealth:
        return tr("Oracle health");
    case NetworkStress:
        return tr("Network stress");
    case MarketVolatility:
        return tr("Market volatility");
    case ProtocolHealth:
        return tr("Protocol health");
    case FactorCount:
        break;
    }
    return {};
}

RiskScore::Assessment RiskScore::assess(const ContextSnapshot &c, const QDateTime &at) const
{
    Assessment a;
    auto set = [&](Factor f, std::optional<double> score, const QString &reason) {
        FactorScore &s = a.factors[f];
        s.factor = f;
        s.known = score.has_value();
        s.score = score ? clamp10(*score) : 5.0;
        s.weight = m_config.weights[f];
        s.contribution = s.weight * s.score;
        s.reason = s.known ? reason : tr("no data; scored as moderate");
    };

    // 100 bps off the peg is a full-blown depeg.
    if (auto peg = c.pegDeviationBps())
        set(PegStability, std::abs(*peg) / 10.0,
            QCoreApplication::translate("RiskScore", "%1 bps from the peg").arg(*peg, 0, 'f', 1));
    else
        set(PegStability, std::nullopt, {});

    // An oracle an hour behind is as bad as it gets; a flagged stale feed at least 8.
    const QDateTime oracle = c.oracleLastUpdate();
    if (oracle.isValid() && at.isValid()) {
        const double age = std::max<qint64>(0, oracle.secsTo(at));
        double score = age / 360.0;
        if (ContextSnapshot::isStale(c.protocolState))
            score = std::max(score, 8.0);
        set(OracleHealth, score,
            QCoreApplication::translate("RiskScore", "oracle last updated %1 s ago").arg(qRound64(age)));
    } else {
        set(OracleHealth, std::nullopt, {});
    }

    // Gas, congestion and mempool each say something; average what is known.
    double stress = 0;
    int parts = 0;
    QStringList why;
    if (auto gas = c.gasPriceGwei()) {
        stress += clamp10(*gas / 30.0);
        ++parts;
        why << QCoreApplication::translate("RiskScore", "gas %1 gwei").arg(*gas, 0, 'f', 0);
    }
    if (const double level = levelScore(c.congestionLevel()); level >= 0) {
        stress += level;
        ++parts;
        why << QCoreApplication::translate("RiskScore", "%1 congestion").arg(c.congestionLevel());
    }
    if (auto pending = c.pendingTxCount()) {
        stress += clamp10(*pending / 20000.0);
        ++parts;
    }
    set(NetworkStress, parts ? std::optional<double>(stress / parts) : std::nullopt,
        why.join(QStringLiteral(", ")));

    if (auto vol = c.volatilityIndex())
        set(MarketVolatility, *vol / 0.03,
            QCoreApplication::translate("RiskScore", "volatility index %1").arg(*vol, 0, 'f', 3));
    else
        set(MarketVolatility, std::nullopt, {});

    // Collateral at 150 % is healthy; at 100 % nothing is left to absorb a shock.
    if (auto ratio = c.collateralRatio())
        set(ProtocolHealth, (1.5 - *ratio) / 0.05,
            QCoreApplication::translate("RiskScore", "collateral ratio %1").arg(*ratio, 0, 'f', 2));
    else
        set(ProtocolHealth, std::nullopt, {});

    for (const FactorScore &f : a.factors)
        a.score += f.contribution;
    a.score = clamp10(a.score);
    if (a.score >= m_config.raiseOracleFrequency)
        a.actions << tr("Raise the oracle update frequency");
    if (a.score >= m_config.alertOperations)
        a.actions << tr("Alert the operations team");
    if (a.score >= m_config.emergencyProtocol)
        a.actions << tr("Start the emergency protocol");
    return a;
}

} // namespace pegboard
