#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <string>

namespace pegboard {

// Checks a review bundle against its manifest: every table's rows re-encoded and re-hashed, the
// first row that differs named (changed, missing or inserted, with its key), the counts, and the
// Ed25519 signature over the manifest — against a pinned public key when one is given — and that
// the manifest's audit checkpoint parses as a C2SP checkpoint.
class BundleVerifier
{
public:
    struct Report
    {
        QStringList problems; // empty = the bundle is what was exported
        std::map<std::string, std::int64_t> rows;
        QString signer; // base64 public key of a valid signature; empty when unsigned
        // The store's evidence-log checkpoint at export, as the manifest holds it (empty: none), its
        // tree size and the names of its signers (none: the unsigned size and root).
        QByteArray auditCheckpoint;
        quint64 auditCheckpointSize = 0;
        QStringList auditCheckpointSigners;
        bool ok() const { return problems.isEmpty(); }
    };

    // An error value when the file cannot be read as a bundle at all; otherwise a report.
    static Result<Report> verify(const QString &path, const QByteArray &pinnedPublicKey = {});
};

} // namespace pegboard
