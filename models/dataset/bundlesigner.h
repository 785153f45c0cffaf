#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <memory>

namespace pegboard {

// Ed25519 over a bundle's manifest (OpenSSL EVP). Keys are PEM (`openssl genpkey -algorithm
// ed25519`, `openssl pkey -pubout`); the public key travels in the manifest as its 32 raw bytes.
class BundleSigner
{
public:
    // A private key from PEM text, or from the file a path names.
    static Result<std::unique_ptr<BundleSigner>> fromPem(const QByteArray &pemOrPath);
    ~BundleSigner();

    QByteArray publicKey() const; // 32 raw bytes
    Result<QByteArray> sign(const QByteArray &message) const;

    // The 32 raw bytes of a PEM public key (or of the public half of a PEM private key).
    static Result<QByteArray> publicKeyFromPem(const QByteArray &pem);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    struct Key;
    explicit BundleSigner(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

} // namespace pegboard
