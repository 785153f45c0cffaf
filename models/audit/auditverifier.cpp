#include "auditverifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <limits>

namespace pegboard {

namespace {
QString b64(const MerkleHash &h)
{
    return QString::fromLatin1(MerkleTree::toBytes(h).toBase64());
}

QString keyOf(const LogLeaf &leaf)
{
    return (leaf.kind == LogLeaf::Kind::Issue ? QStringLiteral("i:") : QStringLiteral("a:")) + leaf.ref;
}

// Names what happened to each record the old leaves listed.
QList<LogFinding> compareLeaves(const std::vector<LogLeaf> &old, const std::vector<LogLeaf> &now)
{
    QHash<QString, qint64> where;
    where.reserve(qsizetype(now.size()));
    for (const LogLeaf &leaf : now)
        where.insert(keyOf(leaf), leaf.index);
    QHash<QString, qint64> before;
    before.reserve(qsizetype(old.size()));
    for (const LogLeaf &leaf : old)
        before.insert(keyOf(leaf), leaf.index);

    QList<LogFinding> out;
    QSet<qint64> insertedAt;
    const auto inserted = [&](qint64 i) {
        const LogLeaf &n = now[std::size_t(i)];
        insertedAt.insert(i);
        out.append({LogFinding::Kind::Inserted, n.index, n.table(), n.ref,
                    QCoreApplication::translate(
                        "pegboard::AuditVerifier",
                        "it is leaf %1 now, inside the part of the log the checkpoint covers, but the "
                        "checkpoint did not list it")
                        .arg(n.index)});
    };
    // Where each surviving record should be now, given the deletions and insertions before it.
    qint64 shift = 0, furthest = -1;
    for (const LogLeaf &o : old) {
        const auto found = where.constFind(keyOf(o));
        if (found == where.constEnd()) {
            out.append({LogFinding::Kind::Deleted, o.index, o.table(), o.ref,
                        QCoreApplication::translate(
                            "pegboard::AuditVerifier",
                            "the checkpoint's leaf %1 is this row, which is no longer in the store")
                            .arg(o.index)});
            --shift;
            continue;
        }
        qint64 expected = o.index + shift;
        while (expected >= 0 && expected < qint64(now.size()) && expected != *found &&
               !before.contains(keyOf(now[std::size_t(expected)]))) {
            inserted(expected);
            ++shift;
            ++expected;
        }
        furthest = std::max(furthest, *found);
        const LogLeaf &n = now[std::size_t(*found)];
        if (n.recordMissing)
            continue; // already named by the reader
        if (n.hash != o.hash)
            out.append(
                {LogFinding::Kind::Edited, o.index, o.table(), o.ref,
                 QCoreApplication::translate("pegboard::AuditVerifier",
                                             "its content no longer hashes to the checkpoint's leaf %1")
                     .arg(o.index)});
        if (*found != expected)
            out.append({LogFinding::Kind::Reordered, o.index, o.table(), o.ref,
                        QCoreApplication::translate("pegboard::AuditVerifier",
                                                    "it was leaf %1 of the checkpoint and is leaf %2 now")
                            .arg(o.index)
                            .arg(*found)});
    }
    for (qint64 i = 0; i <= furthest && i < qint64(now.size()); ++i) {
        if (!insertedAt.contains(i) && !before.contains(keyOf(now[std::size_t(i)])))
            inserted(i);
    }
    return out;
}
} // namespace

VerifyResult AuditVerifier::verify(const LogState &state, const Inputs &inputs)
{
    VerifyResult result;
    const std::vector<MerkleHash> hashes = state.hashes();
    result.size = hashes.size();
    result.root = MerkleTree::root(hashes);
    result.findings = state.findings;

    if (inputs.checkpoint) {
        const Checkpoint &cp = *inputs.checkpoint;
        if (inputs.key) {
            if (!cp.verifiedBy(*inputs.key))
                result.problems.append(QCoreApplication::translate(
                                           "pegboard::AuditVerifier",
                                           "The checkpoint's signature does not verify with key %1 (%2).")
                                           .arg(inputs.key->name())
                                           .arg(inputs.key->keyId(), 8, 16, QLatin1Char('0')));
        } else {
            result.notes.append(QCoreApplication::translate(
                "pegboard::AuditVerifier",
                "No public key given: the checkpoint's signature was not checked."));
        }
        if (cp.origin != state.origin())
            result.problems.append(
                QCoreApplication::translate("pegboard::AuditVerifier",
                                            "The checkpoint is of log %1, this store is %2.")
                    .arg(cp.origin, state.origin()));

        bool consistent = false;
        if (cp.size > result.size) {
            result.problems.append(
                QCoreApplication::translate(
                    "pegboard::AuditVerifier",
                    "The log has %1 leaves, fewer than the checkpoint's %2: records were deleted.")
                    .arg(result.size)
                    .arg(cp.size));
        } else {
            const std::vector<MerkleHash> proof = MerkleTree::consistencyProof(hashes, std::size_t(cp.size));
            consistent = MerkleTree::verifyConsistency(cp.size, result.size, cp.root, result.root, proof);
            if (consistent)
                result.notes.append(
                    QCoreApplication::translate(
                        "pegboard::AuditVerifier",
                        "Consistent with the checkpoint of %1 leaves (RFC 9162 proof of %2 hashes).")
                        .arg(cp.size)
                        .arg(proof.size()));
        }
        if (!consistent) {
            if (inputs.oldLeaves) {
                const std::vector<LogLeaf> &old = *inputs.oldLeaves;
                std::vector<MerkleHash> oldHashes;
                oldHashes.reserve(old.size());
                for (const LogLeaf &leaf : old)
                    oldHashes.push_back(leaf.hash);
                if (old.size() != cp.size || MerkleTree::root(oldHashes) != cp.root) {
                    result.problems.append(QCoreApplication::translate(
                        "pegboard::AuditVerifier",
                        "The leaf list does not give the checkpoint's root; it belongs to "
                        "another checkpoint or was altered."));
                } else {
                    const QList<LogFinding> named = compareLeaves(old, state.leaves);
                    result.findings.append(named);
                }
            }
            result.problems.append(
                QCoreApplication::translate("pegboard::AuditVerifier",
                                            "The first %1 leaves no longer give the checkpoint's root %2.")
                    .arg(cp.size)
                    .arg(b64(cp.root)));
            if (!inputs.oldLeaves)
                result.notes.append(QCoreApplication::translate(
                    "pegboard::AuditVerifier",
                    "Keep the checkpoint's .leaves file beside it to name the record."));
        }
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const LogFinding &a, const LogFinding &b) {
                         const qint64 la = a.leaf < 0 ? std::numeric_limits<qint64>::max() : a.leaf;
                         const qint64 lb = b.leaf < 0 ? std::numeric_limits<qint64>::max() : b.leaf;
                         return la < lb;
                     });
    result.ok = result.findings.isEmpty() && result.problems.isEmpty();
    return result;
}

} // namespace pegboard
