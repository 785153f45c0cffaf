#include "actionssection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ActionsSection", text);
}
} // namespace

void ActionsSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("6. Actions taken (audit log)"));
    if (d.actions.isEmpty()) {
        doc.paragraph(tr("No action on these reports is recorded in the audit log."));
        return;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : d.actions)
        rows.append({f.utc(e.at), f.person(e), e.action, f.change(e), QString::number(e.id)});
    doc.table({tr("When"), tr("Who"), tr("Action"), tr("Old → new, note"), tr("Audit id")}, rows,
              {0.16, 0.2, 0.18, 0.38, 0.08});
}

} // namespace pegboard
