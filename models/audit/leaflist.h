#pragma once

#include "domain/error.h"
#include "logstate.h"

#include <QString>
#include <vector>

namespace pegboard {

// What a checkpoint's root covers, kept beside it (FILE.leaves) so that a later verification can
// name the first record that changed, not only say that the root differs. Text, one line per leaf:
// "<index> <issue|audit> <row id> <base64 leaf hash>". It is bound to the checkpoint: the
// verifier recomputes the root from these hashes and refuses a list that does not give the
// signed root.
class LeafList
{
public:
    static Result<void> write(const QString &path, const std::vector<LogLeaf> &leaves);
    static Result<std::vector<LogLeaf>> read(const QString &path);
};

} // namespace pegboard
