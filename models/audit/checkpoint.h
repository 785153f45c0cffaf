#pragma once

#include "domain/error.h"
#include "merkletree.h"
#include "notekey.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pegboard {

// A C2SP tlog-checkpoint: the note text "origin\nsize\nbase64(root)\n", a blank line, and one
// signature line per signer, "— <name> <base64(key id ‖ Ed25519 signature)>\n" (C2SP signed-note).
struct Checkpoint
{
    QString origin;
    quint64 size = 0;
    MerkleHash root{};

    struct Signature
    {
        QString name;
        quint32 keyId = 0;
        QByteArray signature;
    };
    QList<Signature> signatures;

    QByteArray body() const;
    // The full signed note; empty if the key cannot sign.
    QByteArray signedText(const NoteKey &key) const;
    static Result<Checkpoint> parse(const QByteArray &note);
    // The note text alone ("origin\nsize\nroot\n" and any extension lines): an unsigned checkpoint.
    static Result<Checkpoint> parseBody(const QByteArray &text);
    // True when a signature line of this key verifies over the body.
    bool verifiedBy(const NoteKey &key) const;
};

} // namespace pegboard
