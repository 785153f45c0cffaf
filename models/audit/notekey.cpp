#include "notekey.h"

#include "merkletree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::NoteKey", text);
}

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

quint32 computeKeyId(const QString &name, const QByteArray &publicKey)
{
    const QByteArray input = name.toUtf8() + '\n' + char(0x01) + publicKey;
    const MerkleHash h = MerkleTree::sha256(std::string_view(input.constData(), std::size_t(input.size())));
    return (quint32(h[0]) << 24) | (quint32(h[1]) << 16) | (quint32(h[2]) << 8) | quint32(h[3]);
}

// The last field is base64, which may itself contain '+'.
QList<QByteArray> splitFields(const QByteArray &text, int count)
{
    QList<QByteArray> parts;
    int start = 0;
    while (parts.size() < count - 1) {
        const int plus = text.indexOf('+', start);
        if (plus < 0)
            break;
        parts.append(text.mid(start, plus - start));
        start = plus + 1;
    }
    parts.append(text.mid(start));
    return parts;
}

QString hex8(quint32 v)
{
    return QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
}
} // namespace

bool NoteKey::validName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar ch : name) {
        if (ch.isSpace() || ch == QLatin1Char('+') || ch.unicode() < 0x20)
            return false;
    }
    return true;
}

Result<NoteKey> NoteKey::fromSeed(const QString &name, const QByteArray &seed)
{
    if (!validName(name))
        return Error::make(Error::Code::InvalidInput,
                           tr("A key name must be non-empty, without spaces or '+': %1").arg(name));
    if (seed.size() != 32)
        return Error::make(Error::Code::InvalidInput, tr("An Ed25519 private key has 32 bytes."));
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(seed.constData()), 32),
             EVP_PKEY_free);
    if (!key)
        return Error::make(Error::Code::InvalidInput, tr("OpenSSL refused the Ed25519 private key."));
    QByteArray pub(32, '\0');
    std::size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pub.data()), &len) != 1)
        return Error::make(Error::Code::InvalidInput, tr("OpenSSL could not derive the public key."));
    NoteKey k;
    k.m_name = name;
    k.m_seed = seed;
    k.m_public = pub;
    k.m_keyId = computeKeyId(name, pub);
    return k;
}

Result<NoteKey> NoteKey::generate(const QString &name)
{
    QByteArray seed(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), 32) != 1)
        return Error::make(Error::Code::Io, tr("No randomness for a new key."));
    return fromSeed(name, seed);
}

Result<NoteKey> NoteKey::parsePrivate(const QByteArray &text)
{
    const QList<QByteArray> parts = splitFields(text.trimmed(), 5);
    if (parts.size() != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY")
        return Error::make(Error::Code::InvalidInput,
                           tr("Not a signed-note private key (PRIVATE+KEY+name+id+key)."));
    const QByteArray raw = QByteArray::fromBase64(parts[4], QByteArray::AbortOnBase64DecodingErrors);
    if (raw.size() != 33 || raw[0] != char(0x01))
        return Error::make(Error::Code::InvalidInput, tr("The private key is not an Ed25519 key."));
    auto key = fromSeed(QString::fromUtf8(parts[2]), raw.mid(1));
    if (key && hex8(key->keyId()) != QString::fromLatin1(parts[3]).toLower())
        return Error::make(Error::Code::InvalidInput, tr("The private key's id does not match the key."));
    return key;
}

Result<NoteKey> NoteKey::parseVerifier(const QByteArray &text)
{
    const QList<QByteArray> parts = splitFields(text.trimmed(), 3);
    if (parts.size() != 3)
        return Error::make(Error::Code::InvalidInput, tr("Not a signed-note verifier key (name+id+key)."));
    const QByteArray raw = QByteArray::fromBase64(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    if (raw.size() != 33 || raw[0] != char(0x01))
        return Error::make(Error::Code::InvalidInput, tr("The verifier key is not an Ed25519 key."));
    NoteKey k;
    k.m_name = QString::fromUtf8(parts[0]);
    k.m_public = raw.mid(1);
    k.m_keyId = computeKeyId(k.m_name, k.m_public);
    if (!validName(k.m_name) || hex8(k.m_keyId) != QString::fromLatin1(parts[1]).toLower())
        return Error::make(Error::Code::InvalidInput,
                           tr("The verifier key's name or id does not match the key."));
    return k;
}

Result<NoteKey> NoteKey::loadOrCreate(const QString &path, const QString &name, bool create)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io,
                               tr("Cannot read the key %1: %2").arg(path, file.errorString()));
        return parsePrivate(file.readAll());
    }
    if (!create)
        return Error::make(Error::Code::NotFound, tr("No key file at %1.").arg(path));
    auto key = generate(name);
    if (!key)
        return key;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(Error::Code::Io, tr("Cannot create the key %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key->privateKeyText() + '\n');
    file.close();
    QFile pub(path + QStringLiteral(".pub"));
    if (pub.open(QIODevice::WriteOnly | QIODevice::Truncate))
        pub.write(key->verifierKeyText() + '\n');
    return key;
}

Result<NoteKey> NoteKey::loadVerifier(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read the key %1: %2").arg(path, file.errorString()));
    const QByteArray text = file.readAll();
    if (text.startsWith("PRIVATE+KEY+"))
        return parsePrivate(text);
    return parseVerifier(text);
}

QByteArray NoteKey::privateKeyText() const
{
    return "PRIVATE+KEY+" + m_name.toUtf8() + '+' + hex8(m_keyId).toLatin1() + '+' +
           (QByteArray(1, char(0x01)) + m_seed).toBase64();
}

QByteArray NoteKey::verifierKeyText() const
{
    return m_name.toUtf8() + '+' + hex8(m_keyId).toLatin1() + '+' +
           (QByteArray(1, char(0x01)) + m_public).toBase64();
}

QByteArray NoteKey::sign(const QByteArray &message) const
{
    if (!canSign())
        return {};
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char *>(m_seed.constData()), 32),
             EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    std::size_t len = 64;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       std::size_t(message.size())) != 1)
        return {};
    return signature;
}

bool NoteKey::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (signature.size() != 64 || m_public.size() != 32)
        return false;
    PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char *>(m_public.constData()), 32),
             EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            std::size_t(message.size())) == 1;
}

} // namespace pegboard
