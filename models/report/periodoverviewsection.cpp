#include "periodoverviewsection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::PeriodOverviewSection", text);
}
} // namespace

void PeriodOverviewSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.title(tr("Compliance period report"));
    doc.heading(tr("1. Reference and period"));
    double loss = 0;
    int reports = 0;
    for (const ImpactSummary::Period &w : d.impact.weeks) {
        loss += w.actualLossUsd > 0 ? w.actualLossUsd : w.estimatedLossUsd;
        reports += w.reports;
    }
    doc.keyValues({{tr("Report reference"), d.reportId},
                   {tr("Reporting entity"), f.profileText(QStringLiteral("entity_name"))},
                   {tr("LEI"), f.profileText(QStringLiteral("lei"))},
                   {tr("Period (UTC, end exclusive)"),
                    QStringLiteral("%1 – %2").arg(f.utc(d.request.from), f.utc(d.request.to))},
                   {tr("Generated"), f.utc(d.generatedAt)},
                   {tr("Reports in the period"), f.number(reports)},
                   {tr("Incidents (root-cause clusters)"), f.number(d.incidents.size())},
                   {tr("Losses (actual where recorded, else estimated)"), f.usd(loss)}});
    doc.heading(tr("2. Incidents"));
    if (d.incidents.isEmpty()) {
        doc.paragraph(tr("The analysis found no incident (no root-cause cluster) in the period."));
        return;
    }
    constexpr int Shown = 60;
    QList<QStringList> rows;
    for (int k = 0; k < d.incidents.size() && k < Shown; ++k) {
        const IncidentGroup &g = d.incidents[k];
        rows.append({f.utc(g.start), g.type, f.number(g.reports), f.usd(g.lossUsd),
                     g.resolved ? tr("resolved") : tr("open"),
                     g.first.toString(QUuid::WithoutBraces).right(12)});
    }
    doc.table({tr("Start"), tr("Type"), tr("Reports"), tr("Losses"), tr("Status"), tr("First report (end)")},
              rows, {0.16, 0.24, 0.11, 0.19, 0.12, 0.18});
    if (d.incidents.size() > Shown)
        doc.note(tr("Showing the first %1 of %2 incidents.").arg(Shown).arg(d.incidents.size()));
}

} // namespace pegboard
