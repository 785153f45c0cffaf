#include "ruleset.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::RuleSet", text);
}
} // namespace

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    RuleSet set;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != QLatin1String("risk") && it.key() != QLatin1String("rules") &&
            it.key() != QLatin1String("actions"))
            return Error::make(Error::Code::InvalidInput, tr("%1: unknown field").arg(it.key()));
    }
    const QJsonValue risk = json.value(QStringLiteral("risk"));
    if (risk.isObject()) {
        auto config = RiskScore::Config::fromJson(risk.toObject());
        if (!config)
            return Unexpected<Error>(config.error());
        set.risk = *config;
    } else if (!risk.isUndefined()) {
        return Error::make(Error::Code::InvalidInput, tr("risk: must be an object"));
    }
    const QJsonValue actions = json.value(QStringLiteral("actions"));
    if (!actions.isUndefined() && !actions.isObject())
        return Error::make(Error::Code::InvalidInput, tr("actions: must be an object of named actions"));
    const QJsonObject actionObject = actions.toObject();
    for (auto it = actionObject.begin(); it != actionObject.end(); ++it) {
        if (!it.value().isObject() || !it.value().toObject().value(QStringLiteral("kind")).isString())
            return Error::make(Error::Code::InvalidInput,
                               tr("actions.%1: must be an object with a string 'kind'").arg(it.key()));
        set.actions.insert(it.key(), it.value().toObject());
    }
    const QJsonValue rules = json.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("rules: must be a non-empty list"));
    QSet<QString> names;
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("rules[%1]").arg(i);
        if (!list[i].isObject())
            return Error::make(Error::Code::InvalidInput, tr("%1: must be an object").arg(where));
        auto rule = Rule::fromJson(list[i].toObject(), where);
        if (!rule)
            return Unexpected<Error>(rule.error());
        if (names.contains(rule->name))
            return Error::make(Error::Code::InvalidInput,
                               tr("%1.name: '%2' is used twice").arg(where, rule->name));
        for (const QString &action : rule->actions) {
            if (!set.actions.contains(action))
                return Error::make(Error::Code::InvalidInput,
                                   tr("%1.actions: no action named '%2' in 'actions'").arg(where, action));
        }
        names.insert(rule->name);
        set.rules << *rule;
    }
    return set;
}

Result<RuleSet> RuleSet::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           tr("Cannot read the rules file %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            Error::Code::InvalidInput,
            tr("%1: not a JSON object (%2 at offset %3)").arg(path, error.errorString()).arg(error.offset));
    auto set = fromJson(doc.object());
    if (!set)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1: %2").arg(path, set.error().message));
    return set;
}

Result<RiskScore::Config> RuleSet::loadRisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           tr("Cannot read the risk settings %1: %2").arg(path, file.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput, tr("%1: not a JSON object").arg(path));
    const QJsonObject root = doc.object();
    const QJsonValue nested = root.value(QStringLiteral("risk"));
    if (nested.isUndefined() && root.contains(QStringLiteral("rules")))
        return RiskScore::Config(); // a rules file with the default risk settings
    auto config = RiskScore::Config::fromJson(nested.isObject() ? nested.toObject() : root);
    if (!config)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1: %2").arg(path, config.error().message));
    return config;
}

const Rule *RuleSet::find(const QString &name) const
{
    for (const Rule &r : rules) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace pegboard
