#pragma once

#include "checkpoint.h"
#include "logstate.h"

#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace pegboard {

struct VerifyResult
{
    bool ok = true;
    quint64 size = 0;
    MerkleHash root{};
    // In log order: the first is the first record edited, deleted, reordered or inserted.
    QList<LogFinding> findings;
    // Problems that name no record: a bad signature, another log's checkpoint, a shrunken log.
    QStringList problems;
    QStringList notes;
};

// Compares the log recomputed from the rows with an older checkpoint (and, when kept, the leaf
// list written with it): the old tree must be a prefix of the new one (RFC 9162 consistency
// proof), and every record the old leaves name must still hash the same, at the same place.
class AuditVerifier
{
public:
    struct Inputs
    {
        std::optional<Checkpoint> checkpoint;
        std::optional<NoteKey> key;                    // verifies the checkpoint's signature
        std::optional<std::vector<LogLeaf>> oldLeaves; // the checkpoint's FILE.leaves
    };
    static VerifyResult verify(const LogState &state, const Inputs &inputs);
};

} // namespace pegboard
