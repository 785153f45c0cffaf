#include "logstate.h"

#include <QCoreApplication>

namespace pegboard {

QString LogFinding::kindName() const
{
    switch (kind) {
    case Kind::Edited:
        return QCoreApplication::translate("LogFinding", "edited");
    case Kind::Deleted:
        return QCoreApplication::translate("LogFinding", "deleted");
    case Kind::Reordered:
        return QCoreApplication::translate("LogFinding", "reordered");
    case Kind::Inserted:
        return QCoreApplication::translate("LogFinding", "inserted");
    }
    return {};
}

QString LogFinding::describe() const
{
    const QString where =
        leaf >= 0 ? QCoreApplication::translate("LogFinding", "%1 %2 (leaf %3)").arg(table, ref).arg(leaf)
                  : QStringLiteral("%1 %2").arg(table, ref);
    return QCoreApplication::translate("LogFinding", "%1 was %2: %3").arg(where, kindName(), detail);
}

std::vector<MerkleHash> LogState::hashes() const
{
    std::vector<MerkleHash> out;
    out.reserve(leaves.size());
    for (const LogLeaf &leaf : leaves)
        out.push_back(leaf.hash);
    return out;
}

} // namespace pegboard
