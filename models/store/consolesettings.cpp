#include "consolesettings.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <cmath>

namespace pegboard {

QString RiskConfig::validate() const
{
    const double sum = pegStability + oracleHealth + networkStress + marketVolatility + protocolHealth;
    for (double w : {pegStability, oracleHealth, networkStress, marketVolatility, protocolHealth}) {
        if (w < 0 || w > 1)
            return QCoreApplication::translate("RiskConfig", "Each weight must lie between 0 and 1.");
    }
    if (std::abs(sum - 1.0) > 1e-6)
        return QCoreApplication::translate("RiskConfig", "The weights must add up to 1 (they add up to %1).")
            .arg(sum, 0, 'f', 2);
    if (!(0 <= raiseOracleFrequency && raiseOracleFrequency < alertOperations &&
          alertOperations < emergencyProtocol && emergencyProtocol <= 10))
        return QCoreApplication::translate(
            "RiskConfig", "Thresholds must rise: oracle frequency < alert < emergency, within 0–10.");
    return {};
}

ConsoleSettings ConsoleSettings::load(QSettings &s)
{
    ConsoleSettings c;
    c.storeUrl = s.value(QStringLiteral("store/url")).toString();
    c.language = s.value(QStringLiteral("ui/language")).toString();
    c.explorerUrl = s.value(QStringLiteral("ui/explorer"), c.explorerUrl).toString();
    const int feeds = s.beginReadArray(QStringLiteral("feeds"));
    for (int i = 0; i < feeds; ++i) {
        s.setArrayIndex(i);
        c.feeds.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("url")).toString(),
                        s.value(QStringLiteral("adapter")).toString(),
                        s.value(QStringLiteral("fallbacks")).toStringList()});
    }
    s.endArray();
    s.beginGroup(QStringLiteral("risk"));
    RiskConfig &r = c.risk;
    r.pegStability = s.value(QStringLiteral("peg_stability"), r.pegStability).toDouble();
    r.oracleHealth = s.value(QStringLiteral("oracle_health"), r.oracleHealth).toDouble();
    r.networkStress = s.value(QStringLiteral("network_stress"), r.networkStress).toDouble();
    r.marketVolatility = s.value(QStringLiteral("market_volatility"), r.marketVolatility).toDouble();
    r.protocolHealth = s.value(QStringLiteral("protocol_health"), r.protocolHealth).toDouble();
    r.raiseOracleFrequency =
        s.value(QStringLiteral("raise_oracle_frequency"), r.raiseOracleFrequency).toDouble();
    r.alertOperations = s.value(QStringLiteral("alert_operations"), r.alertOperations).toDouble();
    r.emergencyProtocol = s.value(QStringLiteral("emergency_protocol"), r.emergencyProtocol).toDouble();
    s.endGroup();
    // A hand-edited file with nonsense weights falls back to the customer's defaults.
    if (!r.validate().isEmpty())
        r = RiskConfig();
    return c;
}

void ConsoleSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("store/url"), CredentialStore::splitPassword(storeUrl).first);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/explorer"), explorerUrl);
    s.beginWriteArray(QStringLiteral("feeds"), int(feeds.size()));
    for (int i = 0; i < feeds.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), feeds[i].name);
        s.setValue(QStringLiteral("url"), CredentialStore::splitPassword(feeds[i].url).first);
        s.setValue(QStringLiteral("adapter"), feeds[i].adapter);
        s.setValue(QStringLiteral("fallbacks"), feeds[i].fallbacks);
    }
    s.endArray();
    s.beginGroup(QStringLiteral("risk"));
    s.setValue(QStringLiteral("peg_stability"), risk.pegStability);
    s.setValue(QStringLiteral("oracle_health"), risk.oracleHealth);
    s.setValue(QStringLiteral("network_stress"), risk.networkStress);
    s.setValue(QStringLiteral("market_volatility"), risk.marketVolatility);
    s.setValue(QStringLiteral("protocol_health"), risk.protocolHealth);
    s.setValue(QStringLiteral("raise_oracle_frequency"), risk.raiseOracleFrequency);
    s.setValue(QStringLiteral("alert_operations"), risk.alertOperations);
    s.setValue(QStringLiteral("emergency_protocol"), risk.emergencyProtocol);
    s.endGroup();
}

} // namespace pegboard
