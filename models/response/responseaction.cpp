#include "responseaction.h"

#include "commandaction.h"
#include "pagerdutyaction.h"
#include "slackaction.h"
#include "webhookaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pegboard {

namespace {
using Factory = Result<std::unique_ptr<ResponseAction>> (*)(const QString &, const QJsonObject &,
                                                            QNetworkAccessManager *);
struct Kind
{
    const char *name;
    Factory create;
};
// One line per kind.
const Kind Kinds[] = {
    {"pagerduty", &PagerDutyAction::create},
    {"slack", &SlackAction::create},
    {"webhook", &WebhookAction::create},
    {"command", &CommandAction::create},
};
} // namespace

QStringList ResponseAction::kinds()
{
    QStringList names;
    for (const Kind &k : Kinds)
        names << QString::fromLatin1(k.name);
    return names;
}

Result<std::unique_ptr<ResponseAction>> ResponseAction::create(const QString &name, const QJsonObject &config,
                                                               QNetworkAccessManager *network)
{
    const QString kind = config.value(QStringLiteral("kind")).toString();
    for (const Kind &k : Kinds) {
        if (kind == QLatin1String(k.name))
            return k.create(QStringLiteral("actions.%1").arg(name), config, network);
    }
    return Error::make(
        Error::Code::InvalidInput,
        QCoreApplication::translate("pegboard::ResponseAction", "actions.%1.kind: must be one of %2")
            .arg(name, kinds().join(QStringLiteral(", "))));
}

Result<QString> ResponseAction::resolve(const QString &where, const QJsonValue &value, bool secret)
{
    if (!value.isString())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::ResponseAction", "%1: must be a string").arg(where));
    static const QRegularExpression reference(QStringLiteral("^(?:\\$|env:)([A-Za-z_][A-Za-z0-9_]*)$"));
    const QString text = value.toString();
    const QRegularExpressionMatch m = reference.match(text);
    if (!m.hasMatch()) {
        if (secret)
            return Error::make(
                Error::Code::InvalidInput,
                QCoreApplication::translate("pegboard::ResponseAction",
                                            "%1: secrets are never read from the rules file; put "
                                            "it in an environment variable and write \"$NAME\"")
                    .arg(where));
        return text;
    }
    const QByteArray variable = m.captured(1).toLatin1();
    if (!qEnvironmentVariableIsSet(variable.constData()) || qEnvironmentVariableIsEmpty(variable.constData()))
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("pegboard::ResponseAction",
                                                       "%1: the environment variable %2 is not set")
                               .arg(where, m.captured(1)));
    return qEnvironmentVariable(variable.constData());
}

} // namespace pegboard
