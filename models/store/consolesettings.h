#pragma once

#include "analysis/riskscore.h"

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

// What the settings dialog edits. The store password is not here: it lives in the keychain
// (CredentialStore), and save() strips any password from the URL before writing.
struct ConsoleSettings
{
    QString storeUrl;
    // The primary, where changes go when storeUrl is a read-only standby; empty: storeUrl.
    QString writeUrl;
    QList<FeedConfig> feeds;
    RiskScore::Config risk; // the one risk configuration (console, analyze and watch share it)
    QString language;       // empty: follow the system locale
    // Who the audit trail names for this console's changes (with the database role); empty: the
    // operating-system login (PgConnection::login()).
    QString person;
    // Where a tx hash or contract opens: <explorer>/tx/<hash>, <explorer>/address/<contract>.
    QString explorerUrl = QStringLiteral("https://etherscan.io");

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

} // namespace pegboard
