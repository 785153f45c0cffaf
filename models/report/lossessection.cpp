#include "lossessection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::LossesSection", text);
}
} // namespace

void LossesSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("5. Losses and market impact"));
    int withActual = 0;
    for (const Issue &i : d.issues)
        withActual += i.actualLossUsd ? 1 : 0;
    doc.keyValues({{tr("Estimated losses (sum over the reports)"), f.usd(f.estimatedLoss())},
                   {tr("Actual losses"), f.actualLoss() ? tr("%1 (recorded for %2 of %3 reports)")
                                                              .arg(f.usd(*f.actualLoss()))
                                                              .arg(withActual)
                                                              .arg(d.issues.size())
                                                        : ReportFormat::notRecorded()},
                   {tr("Clients affected"), f.profileText(QStringLiteral("clients_affected"))},
                   {tr("Member States affected"), f.profileText(QStringLiteral("member_states"))}});
    ChartSpec chart;
    chart.title = d.pegSymbol.isEmpty()
                      ? tr("Peg deviation during the incident")
                      : tr("Peg deviation of %1 during the incident (bps)").arg(d.pegSymbol);
    chart.yLabel = tr("bps");
    chart.bands = {-50, 50};
    // Each recorded sample is one point: a minute resolution over a day stays a few thousand vertices.
    for (const FeedSample &s : d.peg)
        chart.points.append(QPointF(double(s.timestampMs), (s.value - 1.0) * 10000.0));
    doc.chart(chart);
    doc.note(d.peg.empty() ? tr("No price samples were recorded for this asset around the incident.")
                           : tr("%1 recorded price samples; dashed lines at ±50 bps.").arg(d.peg.size()));
}

} // namespace pegboard
