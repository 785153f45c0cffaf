#include "slacknormalizer.h"

#include "domain/sourcelink.h"
#include "jsonreader.h"
#include "signatureverifier.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pegboard {

namespace {
QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 120 ? line.left(119) + QChar(0x2026) : line;
}
} // namespace

std::optional<NormalizeOutcome> SlackNormalizer::authenticate(const WebhookRequest &request) const
{
    if (auto reason = SignatureVerifier::verifySlack(m_secret, request))
        return NormalizeOutcome::unauthorized(*reason);
    return std::nullopt;
}

NormalizeOutcome SlackNormalizer::normalize(const WebhookRequest &request) const
{
    auto root = JsonReader::parseObject(request.body);
    if (!root)
        return NormalizeOutcome::badRequest(root.error().message);
    JsonReader json(*root);
    const QString type = json.string(QStringLiteral("type"));
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    if (type == QLatin1String("url_verification")) {
        const QString challenge = json.string(QStringLiteral("challenge"));
        if (!json.ok())
            return NormalizeOutcome::badRequest(json.error());
        return NormalizeOutcome::answered(QJsonDocument(QJsonObject{{QStringLiteral("challenge"), challenge}})
                                              .toJson(QJsonDocument::Compact),
                                          "application/json");
    }
    if (type != QLatin1String("event_callback"))
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("SlackNormalizer", "Slack request type '%1' is not collected")
                .arg(type));
    const QString eventType = json.string(QStringLiteral("event.type"));
    const QString subtype = json.optionalString(QStringLiteral("event.subtype"));
    const QString eventId = json.nonEmptyString(QStringLiteral("event_id"));
    const QString text = json.string(QStringLiteral("event.text"));
    const QString user = json.optionalString(QStringLiteral("event.user"));
    const QString channel = json.stringIfPresent(QStringLiteral("event.channel"));
    const QString ts = json.stringIfPresent(QStringLiteral("event.ts"));
    const QString threadTs = json.stringIfPresent(QStringLiteral("event.thread_ts"));
    const std::optional<double> eventTime = json.optionalNumber(QStringLiteral("event_time"));
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    if (eventType != QLatin1String("message"))
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("SlackNormalizer", "Slack event '%1' is not collected")
                .arg(eventType));
    // Edits, deletions and joins are not new reports.
    if (!subtype.isEmpty() && subtype != QLatin1String("thread_broadcast"))
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("SlackNormalizer", "Slack message subtype '%1' is not collected")
                .arg(subtype));

    Issue issue = newIssue(request, eventId);
    issue.title = firstLine(text);
    issue.body = text;
    issue.reporterAddress = user;
    issue.sourceUrl = SourceLink::slackMessage(channel, ts, threadTs);
    if (eventTime && *eventTime > 0)
        issue.reportedAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*eventTime), Qt::UTC);
    m_classifier.apply(issue, {});
    return NormalizeOutcome::accepted(std::move(issue));
}

} // namespace pegboard
