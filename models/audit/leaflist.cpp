#include "leaflist.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::LeafList", text);
}
} // namespace

Result<void> LeafList::write(const QString &path, const std::vector<LogLeaf> &leaves)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray chunk;
    for (const LogLeaf &leaf : leaves) {
        chunk += QByteArray::number(leaf.index) +
                 (leaf.kind == LogLeaf::Kind::Issue ? " issue " : " audit ") + leaf.ref.toUtf8() + ' ' +
                 MerkleTree::toBytes(leaf.hash).toBase64() + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<std::vector<LogLeaf>> LeafList::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    std::vector<LogLeaf> out;
    qint64 lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split(' ');
        LogLeaf leaf;
        bool ok = parts.size() == 4;
        if (ok)
            leaf.index = parts[0].toLongLong(&ok);
        if (ok && (parts[1] == "issue" || parts[1] == "audit"))
            leaf.kind = parts[1] == "issue" ? LogLeaf::Kind::Issue : LogLeaf::Kind::Audit;
        else
            ok = false;
        if (ok) {
            leaf.ref = QString::fromUtf8(parts[2]);
            ok = MerkleTree::fromBytes(QByteArray::fromBase64(parts[3]), leaf.hash) &&
                 leaf.index == qint64(out.size());
        }
        if (!ok)
            return Error::make(Error::Code::InvalidInput,
                               tr("%1, line %2: not a leaf line").arg(path).arg(lineNo));
        out.push_back(std::move(leaf));
    }
    return out;
}

} // namespace pegboard
