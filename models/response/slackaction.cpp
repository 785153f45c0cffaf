#include "slackaction.h"

#include "httpdelivery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace pegboard {

namespace {
// Slack's mrkdwn treats &, < and > as control characters.
QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}
} // namespace

Result<std::unique_ptr<ResponseAction>> SlackAction::create(const QString &where, const QJsonObject &config,
                                                            QNetworkAccessManager *network)
{
    auto action = std::make_unique<SlackAction>();
    action->m_network = network;
    auto url =
        ResponseAction::resolve(where + QStringLiteral(".url"), config.value(QStringLiteral("url")), false);
    if (!url)
        return Unexpected<Error>(url.error());
    auto parsed = HttpDelivery::parseUrl(where + QStringLiteral(".url"), *url);
    if (!parsed)
        return Unexpected<Error>(parsed.error());
    action->m_url = *parsed;
    action->m_blocks = config.value(QStringLiteral("blocks")).toBool(true);
    return std::unique_ptr<ResponseAction>(std::move(action));
}

QJsonObject SlackAction::body(const AlertEvent &event) const
{
    const bool fired = event.kind == AlertEvent::Kind::Fired;
    const QString headline =
        fired
            ? QStringLiteral(":rotating_light: *%1* %2").arg(event.severity.toUpper(), escaped(event.summary))
            : QStringLiteral(":white_check_mark: *RESOLVED* %1").arg(escaped(event.summary));
    QJsonObject body{{QStringLiteral("text"), headline}};
    if (!m_blocks)
        return body;
    const QLocale c = QLocale::c();
    const QString context = QStringLiteral("rule `%1` · %2 = %3 (threshold %4) · %5 UTC")
                                .arg(escaped(event.rule), escaped(event.metric),
                                     c.toString(event.value, 'g', 6), c.toString(event.threshold, 'g', 6),
                                     QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    body[QStringLiteral("blocks")] = QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                         {QStringLiteral("text"), headline}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("context")},
                    {QStringLiteral("elements"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                            {QStringLiteral("text"), context}}}}}};
    return body;
}

void SlackAction::deliver(const AlertEvent &event, Done done)
{
    HttpDelivery::post(m_network, m_url, QJsonDocument(body(event)).toJson(QJsonDocument::Compact), {},
                       std::move(done));
}

} // namespace pegboard
