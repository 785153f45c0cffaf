#include "consolesettings.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QSettings>

namespace pegboard {

ConsoleSettings ConsoleSettings::load(QSettings &s)
{
    ConsoleSettings c;
    c.storeUrl = s.value(QStringLiteral("store/url")).toString();
    c.writeUrl = s.value(QStringLiteral("store/write_url")).toString();
    c.language = s.value(QStringLiteral("ui/language")).toString();
    c.person = s.value(QStringLiteral("audit/person")).toString();
    c.explorerUrl = s.value(QStringLiteral("ui/explorer"), c.explorerUrl).toString();
    const int feeds = s.beginReadArray(QStringLiteral("feeds"));
    for (int i = 0; i < feeds; ++i) {
        s.setArrayIndex(i);
        c.feeds.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("url")).toString(),
                        s.value(QStringLiteral("adapter")).toString(),
                        s.value(QStringLiteral("fallbacks")).toStringList()});
    }
    s.endArray();
    c.risk = RiskScore::Config::load(s);
    return c;
}

void ConsoleSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("store/url"), CredentialStore::splitPassword(storeUrl).first);
    s.setValue(QStringLiteral("store/write_url"), CredentialStore::splitPassword(writeUrl).first);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("audit/person"), person);
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
    risk.save(s);
}

} // namespace pegboard
