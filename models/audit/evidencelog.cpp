#include "evidencelog.h"

#include "merklelogreader.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QSysInfo>

namespace pegboard {

QString EvidenceLog::defaultKeyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit/checkpoint.key");
}

Result<NoteKey> EvidenceLog::defaultKey()
{
    QString host = QSysInfo::machineHostName();
    host.remove(QLatin1Char('+'));
    host.remove(QLatin1Char(' '));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return NoteKey::loadOrCreate(defaultKeyPath(), host + QStringLiteral("/pegboard-audit"), true);
}

SignedLog EvidenceLog::signState(LogState state, const NoteKey &key)
{
    SignedLog out;
    const std::vector<MerkleHash> hashes = state.hashes();
    out.checkpoint.origin = state.origin();
    out.checkpoint.size = hashes.size();
    out.checkpoint.root = MerkleTree::root(hashes);
    out.text = out.checkpoint.signedText(key);
    out.verifierKey = key.verifierKeyText();
    out.state = std::move(state);
    return out;
}

Result<SignedLog> EvidenceLog::sign(const QString &url, const NoteKey &key,
                                    const std::function<void(qint64)> &progress,
                                    const std::atomic_bool *cancel)
{
    if (!key.canSign())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::EvidenceLog", "The key %1 has no private part.")
                .arg(key.name()));
    auto state = MerkleLogReader(url).read(progress, cancel);
    if (!state)
        return Unexpected<Error>(state.error());
    return signState(std::move(*state), key);
}

} // namespace pegboard
