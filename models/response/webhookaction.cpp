#include "webhookaction.h"

#include "httpdelivery.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace pegboard {

Result<std::unique_ptr<ResponseAction>> WebhookAction::create(const QString &where, const QJsonObject &config,
                                                              QNetworkAccessManager *network)
{
    auto action = std::make_unique<WebhookAction>();
    action->m_network = network;
    auto url =
        ResponseAction::resolve(where + QStringLiteral(".url"), config.value(QStringLiteral("url")), false);
    if (!url)
        return Unexpected<Error>(url.error());
    auto parsed = HttpDelivery::parseUrl(where + QStringLiteral(".url"), *url);
    if (!parsed)
        return Unexpected<Error>(parsed.error());
    action->m_url = *parsed;
    auto secret = ResponseAction::resolve(where + QStringLiteral(".secret"),
                                          config.value(QStringLiteral("secret")), true);
    if (!secret)
        return Unexpected<Error>(secret.error());
    action->m_secret = secret->toUtf8();
    return std::unique_ptr<ResponseAction>(std::move(action));
}

QByteArray WebhookAction::signature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

void WebhookAction::deliver(const AlertEvent &event, Done done)
{
    QJsonObject json = event.toJson();
    json[QStringLiteral("sent_at")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    HttpDelivery::post(m_network, m_url, body, {{"X-Pegboard-Signature-256", signature(m_secret, body)}},
                       std::move(done));
}

} // namespace pegboard
