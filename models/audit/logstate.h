#pragma once

#include "merkletree.h"

#include <QList>
#include <QString>
#include <vector>

namespace pegboard {

// One leaf of the evidence log as recomputed from the rows.
struct LogLeaf
{
    enum class Kind : unsigned char
    {
        Issue,
        Audit
    };
    qint64 index = 0;
    Kind kind = Kind::Issue;
    QString ref; // stablecoin_issues.id or audit_log.id
    MerkleHash hash{};
    bool recordMissing = false; // the leaf names a row that is gone

    QString table() const
    {
        return kind == Kind::Issue ? QStringLiteral("stablecoin_issues") : QStringLiteral("audit_log");
    }
};

// Something the verifier can name: which record, at which leaf, and what happened to it.
struct LogFinding
{
    enum class Kind
    {
        Edited,
        Deleted,
        Reordered,
        Inserted,
    };
    Kind kind = Kind::Edited;
    qint64 leaf = -1;
    QString table;
    QString ref;
    QString detail;

    QString kindName() const;
    // "stablecoin_issues 6f1c… (leaf 12) was edited: …" for a person reading the CLI or the GUI.
    QString describe() const;
};

struct LogState
{
    QString logId;
    std::vector<LogLeaf> leaves;
    QList<LogFinding> findings; // what the rows alone show, before any checkpoint is consulted

    QString origin() const { return QStringLiteral("pegboard.audit/") + logId; }
    std::vector<MerkleHash> hashes() const;
};

} // namespace pegboard
