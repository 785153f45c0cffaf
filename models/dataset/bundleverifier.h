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
// Ed25519 signature over the manifest — against a pinned public key when one is given.
class BundleVerifier
{
public:
    struct Report
    {
        QStringList problems; // empty = the bundle is what was exported
        std::map<std::string, std::int64_t> rows;
        QString signer; // base64 public key of a valid signature; empty when unsigned
        bool ok() const { return problems.isEmpty(); }
    };

    // An error value when the file cannot be read as a bundle at all; otherwise a report.
    static Result<Report> verify(const QString &path, const QByteArray &pinnedPublicKey = {});
};

} // namespace pegboard
