#include "redactionprofile.h"

namespace pegboard {

std::optional<RedactionProfile> RedactionProfile::byName(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("none"))
        return RedactionProfile{QStringLiteral("none")};
    if (name == QLatin1String("public"))
        return RedactionProfile{QStringLiteral("public"), true, true, true};
    return std::nullopt;
}

QStringList RedactionProfile::names()
{
    return {QStringLiteral("none"), QStringLiteral("public")};
}

QStringList RedactionProfile::removed() const
{
    QStringList out;
    if (dropReporterAddress)
        out << QStringLiteral("stablecoin_issues.reporter_address");
    if (dropAnnotations)
        out << QStringLiteral("annotations");
    if (dropAuditNotes)
        out << QStringLiteral("audit_log.details.note") << QStringLiteral("audit_log.details.body");
    return out;
}

} // namespace pegboard
