#include "preventionsection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::PreventionSection", text);
}
} // namespace

void PreventionSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("7. Prevention and recurrence"));
    int resolved = 0, prevented = 0;
    QStringList categories;
    for (const Issue &i : d.issues) {
        if (!i.isResolved())
            continue;
        ++resolved;
        prevented += i.preventionImplemented ? 1 : 0;
        if (!i.resolutionCategory.isEmpty() && !categories.contains(i.resolutionCategory))
            categories.append(i.resolutionCategory);
    }
    doc.keyValues({{tr("Reports resolved"), tr("%1 of %2").arg(resolved).arg(d.issues.size())},
                   {tr("Resolved with a preventive measure"), tr("%1 of %2").arg(prevented).arg(resolved)},
                   {tr("Resolution categories"), categories.isEmpty() ? ReportFormat::notRecorded()
                                                                      : categories.join(QLatin1String(", "))},
                   {tr("Lessons learned / measures"), f.profileText(QStringLiteral("measures"))},
                   {tr("Recurrent incident"), f.profileText(QStringLiteral("recurrent"))}});
}

} // namespace pegboard
