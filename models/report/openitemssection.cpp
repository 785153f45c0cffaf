#include "openitemssection.h"

#include <QCoreApplication>
#include <map>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::OpenItemsSection", text);
}
} // namespace

void OpenItemsSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("5. Open items (severity 4–5, unresolved)"));
    if (d.issues.isEmpty()) {
        doc.paragraph(tr("None."));
    } else {
        QList<QStringList> rows;
        for (const Issue &i : d.issues)
            rows.append({f.utc(i.reportedAt), i.issueType, QString::number(i.severityLevel),
                         f.redactsText() ? tr("[redacted]") : i.title,
                         i.acknowledgedBy.isEmpty() ? tr("no") : tr("yes")});
        doc.table({tr("Reported"), tr("Type"), tr("Sev."), tr("Title"), tr("Acknowledged")}, rows,
                  {0.17, 0.22, 0.09, 0.33, 0.19});
        if (d.issuesCapped)
            doc.note(tr("The list is capped at %1 reports.").arg(d.issues.size()));
    }
    doc.heading(tr("6. Audit summary"));
    std::map<std::pair<QString, QString>, int> counts;
    for (const AuditEntry &e : d.actions)
        ++counts[{f.person(e), e.action}];
    if (counts.empty()) {
        doc.paragraph(tr("No audited change in the period."));
        return;
    }
    QList<QStringList> rows;
    for (const auto &[key, n] : counts)
        rows.append({key.first, key.second, f.number(n)});
    doc.table({tr("Who"), tr("Action"), tr("Count")}, rows, {0.5, 0.3, 0.2});
    doc.note(tr("%1 audited changes in the period; each is a leaf of the evidence log (appendix).")
                 .arg(d.actions.size()));
}

} // namespace pegboard
