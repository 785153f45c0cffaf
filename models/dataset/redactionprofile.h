#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pegboard {

// What a bundle leaves out when it leaves the team: `none` keeps everything; `public` (for
// auditors and partner protocols) drops reporters' addresses, the team's annotations and the notes
// inside audit rows. The profile and what it removed are written to the manifest.
struct RedactionProfile
{
    QString name;
    bool dropReporterAddress = false;
    bool dropAnnotations = false;
    bool dropAuditNotes = false;

    static std::optional<RedactionProfile> byName(const QString &name);
    static QStringList names();
    // What was removed, for the manifest: e.g. ["stablecoin_issues.reporter_address", "annotations"].
    QStringList removed() const;
};

} // namespace pegboard
