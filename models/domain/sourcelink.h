#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace pegboard {

// The link to a report's original (Issue::sourceUrl, column source_url): built from a payload's
// parts with QUrl, and validated wherever it is stored or shown, because a report's text is
// untrusted. Only an absolute http or https URL with a host, no user info and at most MaxChars
// characters is a link; javascript:, file:, data: and anything malformed are not.
class SourceLink
{
public:
    static constexpr int MaxChars = 2048;

    // The URL when it may be stored and linked, else nullopt.
    static std::optional<QUrl> validated(const QString &text);
    // The stored form of a validated URL (fully encoded), or an empty string.
    static QString stored(const QString &text);

    // https://discord.com/channels/<guild or @me>/<channel>/<message>
    static QString discordMessage(const QString &guildId, const QString &channelId, const QString &messageId);
    // A Slack message's permalink: https://slack.com/archives/<channel>/p<ts without the dot>, with
    // thread_ts and cid for a reply (the form chat.getPermalink answers, on slack.com, which sends a
    // signed-in reader to their workspace: events do not carry the workspace's domain).
    static QString slackMessage(const QString &channelId, const QString &ts, const QString &threadTs = {});
};

} // namespace pegboard
