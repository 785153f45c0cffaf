#include "weeklylossessection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::WeeklyLossesSection", text);
}
} // namespace

void WeeklyLossesSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("3. Losses per week"));
    ChartSpec chart;
    chart.title = tr("Losses per week (USD thousands; actual where recorded, else estimated)");
    chart.yLabel = tr("kUSD");
    QList<QStringList> rows;
    for (int k = 0; k < d.impact.weeks.size(); ++k) {
        const ImpactSummary::Period &w = d.impact.weeks[k];
        const double loss = w.actualLossUsd > 0 ? w.actualLossUsd : w.estimatedLossUsd;
        chart.points.append(QPointF(k, loss / 1000.0));
        chart.barLabels.append(w.start.toUTC().toString(QStringLiteral("MM-dd")));
        rows.append({w.start.toUTC().toString(QStringLiteral("yyyy-MM-dd")), f.number(w.reports),
                     f.number(w.critical), f.usd(w.estimatedLossUsd), f.usd(w.actualLossUsd)});
    }
    doc.chart(chart);
    doc.table({tr("Week of"), tr("Reports"), tr("Critical"), tr("Estimated"), tr("Actual")}, rows,
              {0.2, 0.14, 0.14, 0.26, 0.26});
}

} // namespace pegboard
