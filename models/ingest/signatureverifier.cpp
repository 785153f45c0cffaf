#include "signatureverifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <vector>

namespace pegboard {

namespace {
// OpenSSL 3's one-shot HMAC() fetches the algorithm and builds and keys a fresh context on every
// call, which costs about as much as hashing a 13 KB webhook body. Each thread keeps a context per
// secret, keyed once, and copies it per message instead (measured in bench_collector_throughput).
class KeyedMacs
{
public:
    KeyedMacs() = default;
    KeyedMacs(const KeyedMacs &) = delete;
    KeyedMacs &operator=(const KeyedMacs &) = delete;
    ~KeyedMacs() { clear(); }

    // A context keyed with `key`, owned by this cache; nullptr if OpenSSL refused.
    EVP_MAC_CTX *forKey(const QByteArray &key)
    {
        for (const auto &[k, ctx] : m_keyed) {
            if (k == key)
                return ctx;
        }
        if (m_keyed.size() >= 8) // a few secrets per collector; never grow without bound
            clear();
        static EVP_MAC *const hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        EVP_MAC_CTX *ctx = hmac ? EVP_MAC_CTX_new(hmac) : nullptr;
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0),
                                     OSSL_PARAM_construct_end()};
        if (!ctx || !EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(key.constData()),
                                  size_t(key.size()), params)) {
            EVP_MAC_CTX_free(ctx);
            return nullptr;
        }
        m_keyed.emplace_back(key, ctx);
        return ctx;
    }

private:
    void clear()
    {
        for (const auto &entry : m_keyed)
            EVP_MAC_CTX_free(entry.second);
        m_keyed.clear();
    }

    std::vector<std::pair<QByteArray, EVP_MAC_CTX *>> m_keyed;
};

QByteArray hmacHex(const QByteArray &key, std::initializer_list<QByteArrayView> parts)
{
    thread_local KeyedMacs macs;
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    EVP_MAC_CTX *keyed = macs.forKey(key);
    EVP_MAC_CTX *ctx = keyed ? EVP_MAC_CTX_dup(keyed) : nullptr;
    bool ok = ctx != nullptr;
    for (const QByteArrayView part : parts)
        ok = ok &&
             EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(part.data()), size_t(part.size()));
    ok = ok && EVP_MAC_final(ctx, mac, &length, sizeof mac);
    EVP_MAC_CTX_free(ctx);
    if (!ok)
        return {}; // never equal to a 64-digit hex MAC, so the request is refused
    return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(length)).toHex();
}
} // namespace

QByteArray SignatureVerifier::hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    return hmacHex(key, {message});
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
    const QByteArray expected = hmacHex(secret, {"v0:", timestamp, ":", request.body});
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
