#include "riskscore.h"

#include <QCoreApplication>
#include <QLocale>
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

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // lupdate files tr() calls in pegboard's classes under the namespaced context.
    return QCoreApplication::translate("pegboard::RiskScore", text, disambiguation, n);
}

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString duration(double seconds)
{
    // Not a member: lupdate needs the context spelled out.
    return seconds >= 120 ? QCoreApplication::translate("pegboard::RiskScore", "%1 min")
                                .arg(num(std::floor(seconds / 60), 0))
                          : QCoreApplication::translate("pegboard::RiskScore", "%1 s")
                                .arg(num(std::max(0.0, seconds), 0));
}

void markStaleness(RiskScore::FactorScore &f, const QJsonObject &group)
{
    f.stale = ContextSnapshot::isStale(group);
    f.staleForS = group.value(ContextKey::AgeSeconds).toDouble(0);
}
} // namespace

Result<void> RiskScore::setConfig(const Config &config)
{
    if (auto valid = config.validate(); !valid)
        return valid;
    m_config = config;
    return {};
}

QString RiskScore::factorKey(Factor factor)
{
    static const char *keys[] = {"peg_risk", "oracle_risk", "network_risk", "volatility_risk",
                                 "protocol_risk"};
    return factor >= 0 && factor < FactorCount ? QString::fromLatin1(keys[factor]) : QString();
}

QString RiskScore::factorName(Factor factor)
{
    switch (factor) {
    case PegRisk:
        return tr("Peg risk");
    case OracleRisk:
        return tr("Oracle risk");
    case NetworkRisk:
        return tr("Network risk");
    case VolatilityRisk:
        return tr("Volatility risk");
    case ProtocolRisk:
        return tr("Protocol risk");
    case FactorCount:
        break;
    }
    return {};
}

void RiskScore::scorePeg(Assessment &a, const ContextSnapshot &c, double pegHeldS) const
{
    const Escalation &e = m_config.escalation;
    FactorScore &f = a.factors[PegRisk];
    const auto dev = c.pegDeviationBps();
    if (!dev)
        return;
    const QJsonValue avgValue = c.priceContext.value(QStringLiteral("peg_deviation_bps_5m_avg"));
    const std::optional<double> avg = avgValue.isDouble() ? std::optional(avgValue.toDouble()) : std::nullopt;
    a.measured.pegDeviationBps = dev;
    a.measured.pegDeviation5mBps = avg;
    a.measured.pegHeldS = std::abs(*dev) >= e.pegCriticalBps ? pegHeldS : 0;
    // 100 bps off the peg is a full-blown depeg.
    f.known = true;
    f.score = clamp10(std::abs(*dev) / 10.0);
    markStaleness(f, c.priceContext);
    f.reason = avg ? tr("%1 bps from the peg (5-minute average %2 bps)").arg(num(*dev, 1), num(*avg, 1))
                   : tr("%1 bps from the peg").arg(num(*dev, 1));
    if (e.enabled && std::abs(*dev) >= e.pegCriticalBps && pegHeldS >= e.pegCriticalForS) {
        f.level = Level::Critical;
        a.escalations << tr("Peg critical: at least %1 bps off for %2.")
                             .arg(num(e.pegCriticalBps, 0), duration(pegHeldS));
    } else if (e.enabled && std::abs(avg.value_or(*dev)) >= e.pegWarningBps) {
        f.level = Level::Warning;
        a.escalations << tr("Peg warning: 5-minute average %1 bps off.").arg(num(avg.value_or(*dev), 0));
    }
}

void RiskScore::scoreOracle(Assessment &a, const ContextSnapshot &c, const QDateTime &at) const
{
    const Escalation &e = m_config.escalation;
    FactorScore &f = a.factors[OracleRisk];
    const QDateTime updated = c.oracleLastUpdate();
    std::optional<double> age;
    if (updated.isValid() && at.isValid())
        age = std::max<double>(0, double(updated.msecsTo(at)) / 1000.0);
    std::optional<double> divergence;
    const QJsonValue answer = c.protocolState.value(QStringLiteral("oracle_answer"));
    if (const auto dev = c.pegDeviationBps(); dev && answer.isDouble()) {
        const double price = 1.0 + *dev / 10000.0;
        if (price > 0)
            divergence = std::abs(answer.toDouble() - price) / price * 10000.0;
    }
    if (!age && !divergence)
        return;
    a.measured.oracleAgeS = age;
    a.measured.oracleDivergenceBps = divergence;
    f.known = true;
    markStaleness(f, c.protocolState);
    QStringList why;
    double score = 0;
    bool stale = false;
    if (age) {
        const double heartbeat = e.oracleHeartbeatS;
        const double grace = heartbeat * e.oracleGraceFraction;
        // Within its heartbeat an oracle is doing its job (at most 3); past heartbeat + grace it
        // has missed a round (8), and two heartbeats late it is as bad as it gets.
        if (*age <= heartbeat + grace) {
            score = 3.0 * std::min(1.0, *age / heartbeat);
            why << tr("oracle updated %1 ago (heartbeat %2)").arg(duration(*age), duration(heartbeat));
        } else {
            stale = true;
            a.measured.missedRounds = int(std::floor(*age / heartbeat));
            score = 8.0 + 2.0 * std::min(1.0, (*age - heartbeat - grace) / heartbeat);
            why << tr("oracle stale for %1: %n round(s) missed (heartbeat %2)", nullptr,
                      a.measured.missedRounds)
                       .arg(duration(*age), duration(heartbeat));
        }
    }
    if (divergence) {
        score = std::max(score, *divergence / 10.0);
        why << tr("oracle answer %1 bps from the market price").arg(num(*divergence, 0));
    }
    f.score = clamp10(score);
    f.reason = why.join(QStringLiteral("; "));
    if (!e.enabled)
        return;
    const bool divergent = divergence && *divergence >= e.divergenceCriticalBps;
    if (stale || divergent)
        f.level = Level::Critical;
    else if (divergence && *divergence >= e.divergenceWarningBps)
        f.level = Level::Warning;
    if (stale)
        a.escalations << tr("Oracle critical: stale past its heartbeat (%n round(s) missed).", nullptr,
                            a.measured.missedRounds);
    if (divergent)
        a.escalations << tr("Oracle critical: answer %1 bps from the market.").arg(num(*divergence, 0));
    else if (f.level == Level::Warning)
        a.escalations << tr("Oracle warning: answer %1 bps from the market.").arg(num(*divergence, 0));
    a.criticalSignals += int(stale) + int(divergent);
}

void RiskScore::escalate(Assessment &a) const
{
    bool warning = false;
    for (const FactorScore &f : a.factors)
        warning = warning || f.level != Level::Normal;
    if (a.factors[PegRisk].level == Level::Critical)
        ++a.criticalSignals;
    double floor = 0;
    if (warning)
        floor = m_config.raiseOracleFrequency;
    if (a.criticalSignals >= 1)
        floor = m_config.alertOperations;
    if (a.criticalSignals >= std::max(1, m_config.escalation.emergencySignals))
        floor = m_config.emergencyProtocol;
    a.score = clamp10(std::max(a.baseScore, floor));
    if (a.score <= a.baseScore)
        a.escalations.clear(); // the weighted sum already says it; nothing was held up
}

RiskScore::Assessment RiskScore::assess(const ContextSnapshot &c, const QDateTime &at, double pegHeldS) const
{
    Assessment a;
    a.at = at;
    for (int i = 0; i < FactorCount; ++i) {
        a.factors[size_t(i)].factor = Factor(i);
        a.factors[size_t(i)].score = 5.0;
    }
    scorePeg(a, c, pegHeldS);
    scoreOracle(a, c, at);

    // Gas, congestion and mempool each say something; average what is known.
    FactorScore &network = a.factors[NetworkRisk];
    double stress = 0;
    int parts = 0;
    QStringList why;
    if (auto gas = c.gasPriceGwei()) {
        stress += clamp10(*gas / 30.0);
        ++parts;
        why << tr("gas %1 gwei").arg(num(*gas, 0));
    }
    if (const double level = levelScore(c.congestionLevel()); level >= 0) {
        stress += level;
        ++parts;
        why << tr("%1 congestion").arg(c.congestionLevel());
    }
    if (auto pending = c.pendingTxCount()) {
        stress += clamp10(*pending / 20000.0);
        ++parts;
    }
    if (parts) {
        network.known = true;
        network.score = clamp10(stress / parts);
        network.reason = why.join(QStringLiteral(", "));
        markStaleness(network, c.networkConditions);
    }

    if (auto vol = c.volatilityIndex()) {
        FactorScore &f = a.factors[VolatilityRisk];
        f.known = true;
        f.score = clamp10(*vol / 0.03);
        f.reason = tr("volatility index %1").arg(num(*vol, 3));
        markStaleness(f, c.priceContext);
    }
    // Collateral at 150 % is healthy; at 100 % nothing is left to absorb a shock.
    if (auto ratio = c.collateralRatio()) {
        FactorScore &f = a.factors[ProtocolRisk];
        f.known = true;
        f.score = clamp10((1.5 - *ratio) / 0.05);
        f.reason = tr("collateral ratio %1").arg(num(*ratio, 2));
        markStaleness(f, c.protocolState);
    }

    a.confidence = 0;
    for (FactorScore &f : a.factors) {
        f.weight = m_config.weights[size_t(f.factor)];
        if (!f.known)
            f.reason = tr("no data; scored as moderate");
        else if (f.stale)
            f.reason += QLatin1String(" — ") + tr("feed stale for %1").arg(duration(f.staleForS));
        f.contribution = f.weight * f.score;
        a.baseScore += f.contribution;
        if (f.known && !f.stale)
            a.confidence += f.weight;
    }
    a.baseScore = clamp10(a.baseScore);
    a.confidence = std::clamp(a.confidence, 0.0, 1.0);
    escalate(a);
    if (a.score >= m_config.raiseOracleFrequency)
        a.actions << tr("Raise the oracle update frequency");
    if (a.score >= m_config.alertOperations)
        a.actions << tr("Alert the operations team");
    if (a.score >= m_config.emergencyProtocol)
        a.actions << tr("Start the emergency protocol");
    return a;
}

RiskScore::Agreement RiskScore::agreement(const Assessment &a, double probability, double threshold)
{
    Agreement result;
    if (!(probability >= 0 && probability <= 1))
        return result;
    const FactorScore &oracle = a.factors[OracleRisk];
    const bool factorsAlarmed = oracle.level != Level::Normal || a.factors[PegRisk].level == Level::Critical;
    const bool predicted = probability >= threshold;
    const QString p = num(probability * 100, 0);
    const QString o = oracle.known ? num(oracle.score, 1) : QStringLiteral("?");
    if (predicted && factorsAlarmed) {
        result.kind = Agreement::Kind::BothAlarmed;
        result.text =
            tr("Predictor (%1%) and factors (oracle risk %2) agree: an oracle failure is likely.").arg(p, o);
    } else if (!predicted && !factorsAlarmed) {
        result.kind = Agreement::Kind::BothCalm;
        result.text =
            tr("Predictor (%1%) and factors (oracle risk %2) agree: no oracle failure expected.").arg(p, o);
    } else if (predicted) {
        result.kind = Agreement::Kind::PredictorOnly;
        result.text = tr("The predictor expects an oracle failure (%1%) that the factors do not show yet "
                         "(oracle risk %2).")
                          .arg(p, o);
    } else {
        result.kind = Agreement::Kind::FactorsOnly;
        result.text =
            tr("The factors are alarmed (oracle risk %2) but the predictor expects no failure (%1%).")
                .arg(p, o);
    }
    return result;
}

} // namespace pegboard
