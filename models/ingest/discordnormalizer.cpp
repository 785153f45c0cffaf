#include "discordnormalizer.h"

#include "domain/sourcelink.h"
#include "jsonreader.h"
#include "signatureverifier.h"

#include <QCoreApplication>

namespace pegboard {

std::optional<NormalizeOutcome> DiscordNormalizer::authenticate(const WebhookRequest &request) const
{
    if (auto reason = SignatureVerifier::verifyToken(m_secret, request))
        return NormalizeOutcome::unauthorized(*reason);
    return std::nullopt;
}

NormalizeOutcome DiscordNormalizer::normalize(const WebhookRequest &request) const
{
    auto root = JsonReader::parseObject(request.body);
    if (!root)
        return NormalizeOutcome::badRequest(root.error().message);
    JsonReader json(*root);
    const QString dispatch = json.optionalString(QStringLiteral("t"));
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    if (dispatch != QLatin1String("MESSAGE_CREATE"))
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("DiscordNormalizer", "Discord dispatch '%1' is not collected")
                .arg(dispatch));
    const QString id = json.nonEmptyString(QStringLiteral("d.id"));
    const QString content = json.string(QStringLiteral("d.content"));
    const QString author = json.string(QStringLiteral("d.author.username"));
    const QString channel = json.stringIfPresent(QStringLiteral("d.channel_id"));
    const QString guild = json.stringIfPresent(QStringLiteral("d.guild_id"));
    const QDateTime at = json.time(QStringLiteral("d.timestamp"), true);
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    if (content.trimmed().isEmpty())
        return NormalizeOutcome::ignored(
            QCoreApplication::translate("DiscordNormalizer", "Discord message %1 has no text").arg(id));

    Issue issue = newIssue(request, id);
    const QString line = content.section(QLatin1Char('\n'), 0, 0).trimmed();
    issue.title = line.size() > 120 ? line.left(119) + QChar(0x2026) : line;
    issue.body = content;
    issue.reporterAddress = author;
    issue.sourceUrl = SourceLink::discordMessage(guild, channel, id);
    issue.reportedAt = at;
    m_classifier.apply(issue, {});
    return NormalizeOutcome::accepted(std::move(issue));
}

} // namespace pegboard
