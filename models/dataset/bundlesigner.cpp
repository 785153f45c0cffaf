#include "bundlesigner.h"

#include <QCoreApplication>
#include <QFile>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace pegboard {

namespace {
Result<QByteArray> readPem(const QByteArray &pemOrPath)
{
    if (pemOrPath.trimmed().startsWith("-----BEGIN"))
        return pemOrPath;
    QFile file(QString::fromLocal8Bit(pemOrPath));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("pegboard::BundleSigner", "Cannot read the key %1: %2")
                               .arg(file.fileName(), file.errorString()));
    return file.readAll();
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray raw(32, '\0');
    std::size_t length = 32;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
        return {};
    raw.resize(qsizetype(length));
    return raw;
}
} // namespace

struct BundleSigner::Key
{
    Pkey pkey;
};

BundleSigner::BundleSigner(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{}

BundleSigner::~BundleSigner() = default;

Result<std::unique_ptr<BundleSigner>> BundleSigner::fromPem(const QByteArray &pemOrPath)
{
    auto pem = readPem(pemOrPath);
    if (!pem)
        return Unexpected<Error>(pem.error());
    BIO *bio = BIO_new_mem_buf(pem->constData(), int(pem->size()));
    Pkey key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!key)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("pegboard::BundleSigner",
                                                       "The signing key is not a PEM private key."));
    if (EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::BundleSigner", "The signing key is not an Ed25519 key."));
    auto k = std::make_unique<Key>();
    k->pkey = std::move(key);
    return std::unique_ptr<BundleSigner>(new BundleSigner(std::move(k)));
}

QByteArray BundleSigner::publicKey() const
{
    return rawPublic(m_key->pkey.get());
}

Result<QByteArray> BundleSigner::sign(const QByteArray &message) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature(64, '\0');
    std::size_t length = 64;
    const bool ok = EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey.get()) == 1 &&
                    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                                   reinterpret_cast<const unsigned char *>(message.constData()),
                                   std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::BundleSigner", "Signing the manifest failed."));
    signature.resize(qsizetype(length));
    return signature;
}

Result<QByteArray> BundleSigner::publicKeyFromPem(const QByteArray &pemOrPath)
{
    auto pem = readPem(pemOrPath);
    if (!pem)
        return Unexpected<Error>(pem.error());
    BIO *bio = BIO_new_mem_buf(pem->constData(), int(pem->size()));
    Pkey key(PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr));
    if (!key) {
        (void)BIO_reset(bio);
        key.reset(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    }
    BIO_free(bio);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("pegboard::BundleSigner",
                                                       "The public key is not an Ed25519 PEM key."));
    return rawPublic(key.get());
}

bool BundleSigner::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                         std::size_t(publicKey.size())));
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key.get()) == 1 &&
                    EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                     std::size_t(signature.size()),
                                     reinterpret_cast<const unsigned char *>(message.constData()),
                                     std::size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

} // namespace pegboard
