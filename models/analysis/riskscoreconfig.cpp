// RiskScore::Config: the one risk configuration the console, `pegboard analyze` and `pegboard watch`
// share — validated in one place, read from QSettings or JSON under the same keys.
#include "riskscore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSettings>
#include <cmath>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::RiskScore::Config", text);
}

const char *const WeightKeys[] = {"peg_weight", "oracle_weight", "network_weight", "volatility_weight",
                                  "protocol_weight"};

// Every number of the config with its JSON/QSettings key, so reading and writing cannot drift apart.
template<typename Config, typename F> void forEachNumber(Config &c, F f)
{
    for (int i = 0; i < RiskScore::FactorCount; ++i)
        f(WeightKeys[i], c.weights[size_t(i)]);
    f("raise_oracle_frequency", c.raiseOracleFrequency);
    f("alert_operations", c.alertOperations);
    f("emergency_protocol", c.emergencyProtocol);
    auto &e = c.escalation;
    f("peg_warning_bps", e.pegWarningBps);
    f("peg_critical_bps", e.pegCriticalBps);
    f("peg_critical_for_s", e.pegCriticalForS);
    f("oracle_heartbeat_s", e.oracleHeartbeatS);
    f("oracle_grace_fraction", e.oracleGraceFraction);
    f("divergence_warning_bps", e.divergenceWarningBps);
    f("divergence_critical_bps", e.divergenceCriticalBps);
}
} // namespace

Result<void> RiskScore::Config::validate() const
{
    double sum = 0;
    for (double w : weights) {
        if (!(w >= 0 && w <= 1))
            return Error::make(Error::Code::InvalidInput, tr("Each risk weight must lie between 0 and 1."));
        sum += w;
    }
    if (std::abs(sum - 1) > 1e-6)
        return Error::make(Error::Code::InvalidInput,
                           tr("The risk weights must add up to 1 (they add up to %1).")
                               .arg(QLocale().toString(sum, 'f', 2)));
    if (!(raiseOracleFrequency >= 0 && raiseOracleFrequency < alertOperations &&
          alertOperations < emergencyProtocol && emergencyProtocol <= 10))
        return Error::make(
            Error::Code::InvalidInput,
            tr("Risk thresholds must rise within 0–10: oracle frequency < alert < emergency."));
    const Escalation &e = escalation;
    if (!(e.pegWarningBps > 0 && e.pegCriticalBps > 0 && e.pegCriticalForS >= 0 && e.oracleHeartbeatS > 0 &&
          e.oracleGraceFraction >= 0 && e.oracleGraceFraction <= 1 && e.divergenceWarningBps > 0 &&
          e.divergenceCriticalBps > 0 && e.emergencySignals >= 1))
        return Error::make(Error::Code::InvalidInput,
                           tr("Escalation levels, durations and the oracle heartbeat must be positive."));
    if (e.pegWarningBps > e.pegCriticalBps || e.divergenceWarningBps > e.divergenceCriticalBps)
        return Error::make(Error::Code::InvalidInput,
                           tr("An escalation's warning level must not exceed its critical level."));
    return {};
}

QJsonObject RiskScore::Config::toJson() const
{
    QJsonObject json;
    forEachNumber(*this, [&](const char *key, double v) { json[QLatin1String(key)] = v; });
    json[QStringLiteral("escalation")] = escalation.enabled;
    json[QStringLiteral("emergency_signals")] = escalation.emergencySignals;
    return json;
}

Result<RiskScore::Config> RiskScore::Config::fromJson(const QJsonObject &json)
{
    Config c;
    QString bad;
    forEachNumber(c, [&](const char *key, double &v) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!value.isDouble() && bad.isEmpty())
            bad = QString::fromLatin1(key);
        v = value.toDouble(v);
    });
    if (!bad.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("risk.%1 must be a number.").arg(bad));
    const QJsonValue enabled = json.value(QStringLiteral("escalation"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return Error::make(Error::Code::InvalidInput, tr("risk.escalation must be true or false."));
    c.escalation.enabled = enabled.toBool(true);
    const QJsonValue signalCount = json.value(QStringLiteral("emergency_signals"));
    if (!signalCount.isUndefined() && !signalCount.isDouble())
        return Error::make(Error::Code::InvalidInput, tr("risk.emergency_signals must be a number."));
    c.escalation.emergencySignals = signalCount.toInt(c.escalation.emergencySignals);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!c.toJson().contains(it.key()))
            return Error::make(Error::Code::InvalidInput, tr("risk.%1 is not a risk setting.").arg(it.key()));
    }
    if (auto valid = c.validate(); !valid)
        return Unexpected<Error>(valid.error());
    return c;
}

RiskScore::Config RiskScore::Config::load(QSettings &s)
{
    Config c;
    s.beginGroup(QStringLiteral("risk"));
    forEachNumber(c, [&](const char *key, double &v) { v = s.value(QLatin1String(key), v).toDouble(); });
    c.escalation.enabled = s.value(QStringLiteral("escalation"), true).toBool();
    c.escalation.emergencySignals =
        s.value(QStringLiteral("emergency_signals"), c.escalation.emergencySignals).toInt();
    s.endGroup();
    // A hand-edited file with nonsense values falls back to the customer's defaults.
    return c.validate() ? c : Config();
}

void RiskScore::Config::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("risk"));
    forEachNumber(*this, [&](const char *key, double v) { s.setValue(QLatin1String(key), v); });
    s.setValue(QStringLiteral("escalation"), escalation.enabled);
    s.setValue(QStringLiteral("emergency_signals"), escalation.emergencySignals);
    s.endGroup();
}

} // namespace pegboard
