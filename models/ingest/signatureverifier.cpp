#include "signatureverifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace pegboard {

QByteArray SignatureVerifier::hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), mac,
              &length))
        return {}; // never equal to a 64-digit hex MAC, so the request is refused
    return QByteArray(reinterpret_cast<const char *>(mac), int(length)).toHex();
}

bool SignatureVerifier::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length is not secret (a MAC's length is public); the content is compared without an
    // early exit so timing reveals nothing about how many leading bytes matched.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::optional<QString> SignatureVerifier::verifyGitHub(const QByteArray &secret,
                                                       const WebhookRequest &request)
{
    if (secret.isEmpty())
        return QCoreApplication::translate("SignatureVerifier", "no GitHub webhook secret is configured");
    const QByteArray header = request.header("x-hub-signature-256");
    if (header.isEmpty())
        return QCoreApplication::translate("SignatureVerifier", "missing X-Hub-Signature-256");
    if (!header.startsWith("sha256="))
        return QCoreApplication::translate("SignatureVerifier",
                                           "X-Hub-Signature-256 is not a sha256= signature");
    const QByteArray expected = hmacSha256Hex(secret, request.body);
    if (!constantTimeEquals(header.mid(7).toLower(), expected))
        return QCoreApplication::translate("SignatureVerifier",
                                           "X-Hub-Signature-256 does not match the body");
    return std::nullopt;
}

std::optional<QString> SignatureVerifier::verifySlack(const QByteArray &secret, const WebhookRequest &request)
{
    if (secret.isEmpty())
        return QCoreApplication::translate("SignatureVerifier", "no Slack signing secret is configured");
    const QByteArray timestamp = request.header("x-slack-request-timestamp");
    const QByteArray signature = request.header("x-slack-signature");
    if (timestamp.isEmpty() || signature.isEmpty())
        return QCoreApplication::translate("SignatureVerifier",
                                           "missing X-Slack-Request-Timestamp or X-Slack-Signature");
    bool ok = false;
    const qint64 sentAt = timestamp.toLongLong(&ok);
    if (!ok)
        return QCoreApplication::translate("SignatureVerifier", "X-Slack-Request-Timestamp is not a number");
    const qint64 now = request.receivedAt.toSecsSinceEpoch();
    if (sentAt < now - SlackReplayWindowSeconds || sentAt > now + SlackReplayWindowSeconds)
        return QCoreApplication::translate(
            "SignatureVerifier", "X-Slack-Request-Timestamp is outside the five-minute replay window");
    if (!signature.startsWith("v0="))
        return QCoreApplication::translate("SignatureVerifier", "X-Slack-Signature is not a v0= signature");
    const QByteArray expected = hmacSha256Hex(secret, "v0:" + timestamp + ':' + request.body);
    if (!constantTimeEquals(signature.mid(3).toLower(), expected))
        return QCoreApplication::translate("SignatureVerifier", "X-Slack-Signature does not match the body");
    return std::nullopt;
}

std::optional<QString> SignatureVerifier::verifyToken(const QByteArray &token, const WebhookRequest &request)
{
    if (token.isEmpty())
        return QCoreApplication::translate("SignatureVerifier", "no token is configured for this endpoint");
    QByteArray given = request.header("x-pegboard-token");
    if (given.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.startsWith("Bearer "))
            given = authorization.mid(7).trimmed();
    }
    if (given.isEmpty())
        return QCoreApplication::translate("SignatureVerifier",
                                           "missing X-Pegboard-Token (or Authorization: Bearer) header");
    // Compare digests so the comparison's length does not depend on the secret's length either.
    const auto digest = [](const QByteArray &b) {
        return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    };
    if (!constantTimeEquals(digest(given), digest(token)))
        return QCoreApplication::translate("SignatureVerifier", "wrong token");
    return std::nullopt;
}

} // namespace pegboard
