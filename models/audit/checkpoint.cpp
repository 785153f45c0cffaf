#include "checkpoint.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::Checkpoint", text);
}

const QByteArray EmDashSpace = QByteArrayLiteral("\xe2\x80\x94 ");
} // namespace

QByteArray Checkpoint::body() const
{
    return origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' + MerkleTree::toBytes(root).toBase64() +
           '\n';
}

QByteArray Checkpoint::signedText(const NoteKey &key) const
{
    const QByteArray text = body();
    const QByteArray signature = key.sign(text);
    if (signature.isEmpty())
        return {};
    const quint32 id = key.keyId();
    const char idRaw[4] = {char(id >> 24), char(id >> 16), char(id >> 8), char(id)};
    const QByteArray idBytes(idRaw, 4);
    return text + '\n' + EmDashSpace + key.name().toUtf8() + ' ' + (idBytes + signature).toBase64() + '\n';
}

Result<Checkpoint> Checkpoint::parseBody(const QByteArray &text)
{
    const auto bad = [](const QString &why) {
        return Error::make(Error::Code::InvalidInput, tr("Not a valid checkpoint: %1").arg(why));
    };
    if (!text.endsWith('\n'))
        return bad(tr("the text does not end with a newline"));
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    if (lines.size() < 3)
        return bad(tr("fewer than three lines"));
    Checkpoint c;
    c.origin = QString::fromUtf8(lines[0]);
    if (!NoteKey::validName(c.origin))
        return bad(tr("the origin line is empty or has spaces"));
    bool ok = false;
    c.size = lines[1].toULongLong(&ok);
    if (!ok || (lines[1].size() > 1 && lines[1].startsWith('0')) || lines[1].startsWith('+'))
        return bad(tr("the tree size is not a decimal number"));
    const QByteArray root = QByteArray::fromBase64(lines[2], QByteArray::AbortOnBase64DecodingErrors);
    if (!MerkleTree::fromBytes(root, c.root))
        return bad(tr("the root hash is not 32 bytes of base64"));
    for (int i = 3; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            return bad(tr("an empty extension line"));
    }
    return c;
}

Result<Checkpoint> Checkpoint::parse(const QByteArray &note)
{
    const auto bad = [](const QString &why) {
        return Error::make(Error::Code::InvalidInput, tr("Not a valid checkpoint: %1").arg(why));
    };
    const int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith('\n'))
        return bad(tr("no blank line before the signatures"));
    auto parsed = parseBody(note.left(split + 1));
    if (!parsed)
        return parsed;
    Checkpoint c = std::move(parsed).value();
    const QList<QByteArray> sigLines = note.mid(split + 2, note.size() - split - 3).split('\n');
    for (const QByteArray &line : sigLines) {
        if (!line.startsWith(EmDashSpace))
            return bad(tr("a signature line does not start with an em dash"));
        const QByteArray rest = line.mid(EmDashSpace.size());
        const int space = rest.lastIndexOf(' ');
        if (space <= 0)
            return bad(tr("a signature line has no key name"));
        const QByteArray raw =
            QByteArray::fromBase64(rest.mid(space + 1), QByteArray::AbortOnBase64DecodingErrors);
        if (raw.size() < 5)
            return bad(tr("a signature is too short"));
        Signature s;
        s.name = QString::fromUtf8(rest.left(space));
        s.keyId = (quint32(quint8(raw[0])) << 24) | (quint32(quint8(raw[1])) << 16) |
                  (quint32(quint8(raw[2])) << 8) | quint32(quint8(raw[3]));
        s.signature = raw.mid(4);
        c.signatures.append(s);
    }
    if (c.signatures.isEmpty())
        return bad(tr("no signature"));
    return c;
}

bool Checkpoint::verifiedBy(const NoteKey &key) const
{
    for (const Signature &s : signatures) {
        if (s.name == key.name() && s.keyId == key.keyId())
            return key.verify(body(), s.signature);
    }
    return false;
}

} // namespace pegboard
