#include "incidentsummarysection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::IncidentSummarySection", text);
}
} // namespace

void IncidentSummarySection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.title(tr("Major ICT-related incident report"));
    doc.note(
        tr("Structured after the DORA major-incident notification template (Commission Implementing "
           "Regulation (EU) 2025/302) and the NYDFS 23 NYCRR 500.17 notice. Facts the incident store does "
           "not hold come from the reporting entity's profile, or read \"not recorded\"."));
    doc.heading(tr("1. Reference and reporting entity"));
    doc.keyValues({
        {tr("Report reference"), d.reportId},
        {tr("Incident reference (first report)"), d.request.incident.toString(QUuid::WithoutBraces)},
        {tr("Generated"), f.utc(d.generatedAt)},
        {tr("Reporting entity"), f.profileText(QStringLiteral("entity_name"))},
        {tr("LEI"), f.profileText(QStringLiteral("lei"))},
        {tr("Competent authority"), f.profileText(QStringLiteral("competent_authority"))},
        {tr("Contact"), f.profileText(QStringLiteral("contact"))},
    });
    const IncidentTimes t = f.incidentTimes();
    doc.heading(tr("2. Times (UTC)"));
    doc.keyValues({
        {tr("Occurrence"), f.utc(t.occurrence)},
        {tr("Detection"), f.utc(t.detection)},
        {tr("Classification"), f.utc(t.classification)},
        {tr("Recovery"), f.utc(t.recovery)},
        {tr("Resolution"),
         t.resolution.known() ? f.utc(t.resolution) : tr("open (not all reports resolved)")},
    });
}

} // namespace pegboard
