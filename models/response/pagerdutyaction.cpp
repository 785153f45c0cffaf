#include "pagerdutyaction.h"

#include "httpdelivery.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonDocument>

namespace pegboard {

Result<std::unique_ptr<ResponseAction>>
PagerDutyAction::create(const QString &where, const QJsonObject &config, QNetworkAccessManager *network)
{
    auto action = std::make_unique<PagerDutyAction>();
    action->m_network = network;
    auto url = ResponseAction::resolve(where + QStringLiteral(".url"),
                                       config.value(QStringLiteral("url")).toString(DefaultUrl), false);
    if (!url)
        return Unexpected<Error>(url.error());
    auto parsed = HttpDelivery::parseUrl(where + QStringLiteral(".url"), *url);
    if (!parsed)
        return Unexpected<Error>(parsed.error());
    action->m_url = *parsed;
    auto key = ResponseAction::resolve(where + QStringLiteral(".routing_key"),
                                       config.value(QStringLiteral("routing_key")), true);
    if (!key)
        return Unexpected<Error>(key.error());
    action->m_routingKey = *key;
    action->m_source = config.value(QStringLiteral("source"))
                           .toString(QStringLiteral("pegboard@%1").arg(QHostInfo::localHostName()));
    action->m_component = config.value(QStringLiteral("component")).toString();
    action->m_group = config.value(QStringLiteral("group")).toString();
    action->m_class = config.value(QStringLiteral("class")).toString();
    return std::unique_ptr<ResponseAction>(std::move(action));
}

QJsonObject PagerDutyAction::body(const AlertEvent &event) const
{
    QJsonObject body{{QStringLiteral("routing_key"), m_routingKey},
                     {QStringLiteral("dedup_key"), event.dedupKey}};
    if (event.kind == AlertEvent::Kind::Resolved) {
        body[QStringLiteral("event_action")] = QStringLiteral("resolve");
        return body;
    }
    body[QStringLiteral("event_action")] = QStringLiteral("trigger");
    QJsonObject payload{
        {QStringLiteral("summary"), event.summary.left(1024)}, // PagerDuty's limit
        {QStringLiteral("source"), m_source},
        {QStringLiteral("severity"), event.severity},
        {QStringLiteral("timestamp"),
         QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("custom_details"), event.toJson()},
    };
    payload[QStringLiteral("component")] = m_component.isEmpty() ? event.symbol : m_component;
    payload[QStringLiteral("group")] = m_group.isEmpty() ? QStringLiteral("pegboard") : m_group;
    payload[QStringLiteral("class")] = m_class.isEmpty() ? event.metric : m_class;
    body[QStringLiteral("payload")] = payload;
    body[QStringLiteral("client")] = QStringLiteral("Pegboard");
    return body;
}

void PagerDutyAction::deliver(const AlertEvent &event, Done done)
{
    HttpDelivery::post(m_network, m_url, QJsonDocument(body(event)).toJson(QJsonDocument::Compact), {},
                       std::move(done));
}

} // namespace pegboard
