#pragma once

#include "webhookrequest.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pegboard {

// Request authentication for every source. Each check returns nullopt when the request is
// authentic and the reason otherwise (logged, never sent in detail to the client). Comparisons
// of secrets and MACs run in constant time.
class SignatureVerifier
{
public:
    static constexpr qint64 SlackReplayWindowSeconds = 5 * 60;

    static QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

    // X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256(secret, raw body).
    static std::optional<QString> verifyGitHub(const QByteArray &secret, const WebhookRequest &request);
    // X-Slack-Signature: "v0=" + hex HMAC-SHA256(secret, "v0:" + X-Slack-Request-Timestamp + ":" + body),
    // with the timestamp within five minutes of request.receivedAt.
    static std::optional<QString> verifySlack(const QByteArray &secret, const WebhookRequest &request);
    // X-Pegboard-Token: <token>, or Authorization: Bearer <token>.
    static std::optional<QString> verifyToken(const QByteArray &token, const WebhookRequest &request);
};

} // namespace pegboard
