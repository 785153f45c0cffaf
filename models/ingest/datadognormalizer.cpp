#include "datadognormalizer.h"

#include "domain/sourcelink.h"
#include "jsonreader.h"
#include "signatureverifier.h"

#include <QCoreApplication>
#include <cmath>

namespace pegboard {

std::optional<NormalizeOutcome> DatadogNormalizer::authenticate(const WebhookRequest &request) const
{
    if (auto reason = SignatureVerifier::verifyToken(m_secret, request))
        return NormalizeOutcome::unauthorized(*reason);
    return std::nullopt;
}

NormalizeOutcome DatadogNormalizer::normalize(const WebhookRequest &request) const
{
    auto root = JsonReader::parseObject(request.body);
    if (!root)
        return NormalizeOutcome::badRequest(root.error().message);
    JsonReader json(*root);
    const QString alertId = json.nonEmptyString(QStringLiteral("alert_id"));
    const QString transition = json.nonEmptyString(QStringLiteral("alert_transition"));
    const QString title = json.string(QStringLiteral("title"));
    const QString body = json.optionalString(QStringLiteral("body"));
    const QString priority = json.optionalString(QStringLiteral("alert_priority"));
    // $LINK: the event's page in Datadog.
    const QString link = json.stringIfPresent(QStringLiteral("link"));
    // $DATE is epoch milliseconds, sent as a string by the default template; accept a number too.
    QString date;
    if (root->value(QStringLiteral("date")).isDouble()) {
        // Casting a double beyond qint64 is undefined; such a date is refused below as not epoch ms.
        const double ms = json.number(QStringLiteral("date"));
        if (std::abs(ms) < 9.2e18)
            date = QString::number(static_cast<qint64>(ms));
    } else {
        date = json.string(QStringLiteral("date"));
    }
    QStringList tags;
    if (root->value(QStringLiteral("tags")).isArray()) {
        for (const QJsonValue &tag : json.optionalArray(QStringLiteral("tags")))
            tags.append(tag.toString());
    } else {
        tags = json.optionalString(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    bool ok = false;
    const qint64 dateMs = date.toLongLong(&ok);
    if (!ok || dateMs <= 0)
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("DatadogNormalizer", "field 'date' must be epoch milliseconds"));
    if (transition.compare(QLatin1String("Recovered"), Qt::CaseInsensitive) == 0)
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("DatadogNormalizer", "Datadog recovery of alert %1 is not a report")
                .arg(alertId));

    Issue issue = newIssue(request, alertId + QLatin1Char(':') + transition + QLatin1Char(':') + date);
    issue.title = title;
    issue.body = body;
    issue.reportedAt = QDateTime::fromMSecsSinceEpoch(dateMs, Qt::UTC);
    issue.sourceUrl = SourceLink::stored(link);
    issue.reporterAddress = QStringLiteral("datadog:") + json.optionalString(QStringLiteral("org.name"));
    for (QString &tag : tags)
        tag = tag.trimmed();
    m_classifier.apply(issue, tags, IssueClassifier::severityFromLabel(priority));
    return NormalizeOutcome::accepted(std::move(issue));
}

} // namespace pegboard
