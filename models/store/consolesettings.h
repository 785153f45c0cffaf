#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace pegboard {

struct FeedConfig
{
    QString name;
    QString url;
    QString adapter; // "pegboard", "jsonrpc" or "ticker"
    QStringList fallbacks;
    friend bool operator==(const FeedConfig &, const FeedConfig &) = default;
};

// The customer's risk weights and action thresholds, adjustable per team.
struct RiskConfig
{
    double pegStability = 0.35;
    double oracleHealth = 0.25;
    double networkStress = 0.20;
    double marketVolatility = 0.15;
    double protocolHealth = 0.05;
    double raiseOracleFrequency = 7.5;
    double alertOperations = 8.5;
    double emergencyProtocol = 9.0;

    // Empty when usable; otherwise why not (weights must sum to 1, thresholds rise within 0–10).
    QString validate() const;
    friend bool operator==(const RiskConfig &, const RiskConfig &) = default;
};

// What the settings dialog edits. The store password is not here: it lives in the keychain
// (CredentialStore), and save() strips any password from the URL before writing.
struct ConsoleSettings
{
    QString storeUrl;
    QList<FeedConfig> feeds;
    RiskConfig risk;
    QString language; // empty: follow the system locale
    // Where a tx hash or contract opens: <explorer>/tx/<hash>, <explorer>/address/<contract>.
    QString explorerUrl = QStringLiteral("https://etherscan.io");

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

} // namespace pegboard
