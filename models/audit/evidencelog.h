#pragma once

#include "checkpoint.h"
#include "logstate.h"
#include "notekey.h"

#include <QString>
#include <atomic>
#include <functional>

namespace pegboard {

// The store's evidence log read and signed: what `pegboard audit checkpoint`, the PDF appendix and
// the console's audit summary all use, so there is one way to make a checkpoint.
struct SignedLog
{
    LogState state;
    Checkpoint checkpoint;
    QByteArray text;        // the signed note, verbatim
    QByteArray verifierKey; // name+id+key of the signer
};

class EvidenceLog
{
public:
    // $XDG_DATA_HOME/Pegboard/pegboard/audit/checkpoint.key (created on first use, mode 0600).
    static QString defaultKeyPath();
    static Result<NoteKey> defaultKey();
    static Result<SignedLog> sign(const QString &url, const NoteKey &key,
                                  const std::function<void(qint64)> &progress = {},
                                  const std::atomic_bool *cancel = nullptr);
    static SignedLog signState(LogState state, const NoteKey &key);
};

} // namespace pegboard
