#include "sourcelink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace pegboard {

namespace {
// Ids that go into a path segment: digits and letters only (Slack C0…, Discord snowflakes).
bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

std::optional<QUrl> SourceLink::validated(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxChars)
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    // user@host reads as a trusted host to a person ("https://github.com@evil.example").
    if (url.host().isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    if (url.toString(QUrl::FullyEncoded).size() > MaxChars)
        return std::nullopt;
    return url;
}

QString SourceLink::stored(const QString &text)
{
    const auto url = validated(text);
    return url ? url->toString(QUrl::FullyEncoded) : QString();
}

QString SourceLink::discordMessage(const QString &guildId, const QString &channelId, const QString &messageId)
{
    if (!isId(channelId) || !isId(messageId) || (!guildId.isEmpty() && !isId(guildId)))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("discord.com"));
    url.setPath(QStringLiteral("/channels/%1/%2/%3")
                    .arg(guildId.isEmpty() ? QStringLiteral("@me") : guildId, channelId, messageId));
    return stored(url.toString(QUrl::FullyEncoded));
}

QString SourceLink::slackMessage(const QString &channelId, const QString &ts, const QString &threadTs)
{
    static const QRegularExpression tsPattern(QStringLiteral("^[0-9]{1,12}\\.[0-9]{1,9}$"));
    if (!isId(channelId) || !tsPattern.match(ts).hasMatch())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("slack.com"));
    url.setPath(QStringLiteral("/archives/%1/p%2").arg(channelId, QString(ts).remove(QLatin1Char('.'))));
    if (!threadTs.isEmpty() && threadTs != ts && tsPattern.match(threadTs).hasMatch()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("thread_ts"), threadTs);
        query.addQueryItem(QStringLiteral("cid"), channelId);
        url.setQuery(query);
    }
    return stored(url.toString(QUrl::FullyEncoded));
}

} // namespace pegboard
