#include "resolutionsection.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <map>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ResolutionSection", text);
}
} // namespace

void ResolutionSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ImpactSummary &s = f.data().impact;
    doc.heading(tr("4. Resolution times, prevention and recurrence"));
    std::map<QString, std::pair<double, int>> byType; // hours × count, count
    for (const ImpactSummary::ResolutionTrend &r : s.resolution) {
        auto &slot = byType[r.category];
        slot.first += r.meanHours * r.resolved;
        slot.second += r.resolved;
    }
    QList<QStringList> rows;
    for (const auto &[type, v] : byType)
        rows.append({type, f.number(v.second),
                     v.second > 0 ? f.hours(v.first / v.second) : ReportFormat::notRecorded()});
    if (rows.isEmpty())
        doc.paragraph(tr("No report was resolved in the period."));
    else
        doc.table({tr("Type"), tr("Resolved"), tr("Mean time to resolve")}, rows, {0.4, 0.25, 0.35});
    const auto pct = [&](double v) { return NumberFormat::percent(v, 1, f.locale()); };
    doc.keyValues({{tr("Resolved reports"), f.number(s.resolvedCount)},
                   {tr("Prevention rate (resolutions with a preventive measure)"), pct(s.preventionRate)},
                   {tr("Recurrence within 30 days (same type and protocol)"), pct(s.recurrenceRate)},
                   {tr("… with prevention / without"),
                    QStringLiteral("%1 / %2").arg(pct(s.recurrenceRateWithPrevention),
                                                  pct(s.recurrenceRateWithoutPrevention))}});
}

} // namespace pegboard
