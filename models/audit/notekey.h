#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace pegboard {

// An Ed25519 key in the C2SP signed-note encodings (OpenSSL underneath):
//   private key  PRIVATE+KEY+<name>+<key id, 8 hex>+<base64(0x01 ‖ 32-byte seed)>
//   verifier key <name>+<key id, 8 hex>+<base64(0x01 ‖ 32-byte public key)>
// with key id = the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), big-endian.
class NoteKey
{
public:
    static Result<NoteKey> generate(const QString &name);
    static Result<NoteKey> parsePrivate(const QByteArray &text);
    static Result<NoteKey> parseVerifier(const QByteArray &text);
    // Reads a private key file; creates one named `name` (mode 0600, with FILE.pub) when absent and
    // create is true.
    static Result<NoteKey> loadOrCreate(const QString &path, const QString &name, bool create);
    static Result<NoteKey> loadVerifier(const QString &path);
    static bool validName(const QString &name);

    QString name() const { return m_name; }
    quint32 keyId() const { return m_keyId; }
    bool canSign() const { return !m_seed.isEmpty(); }
    QByteArray privateKeyText() const;
    QByteArray verifierKeyText() const;

    // The raw 64-byte Ed25519 signature of message; empty on failure.
    QByteArray sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    static Result<NoteKey> fromSeed(const QString &name, const QByteArray &seed);
    QString m_name;
    QByteArray m_seed;   // 32 bytes, empty for a verifier key
    QByteArray m_public; // 32 bytes
    quint32 m_keyId = 0;
};

} // namespace pegboard
