#include "incidentdescriptionsection.h"

#include <QCoreApplication>
#include <QSet>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::IncidentDescriptionSection", text);
}
} // namespace

void IncidentDescriptionSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.heading(tr("4. Description and root cause"));
    const Issue *anchor = nullptr;
    for (const Issue &i : d.issues)
        if (i.id == d.request.incident)
            anchor = &i;
    if (anchor) {
        doc.subheading(tr("Description"));
        doc.paragraph(anchor->title.isEmpty() ? ReportFormat::notRecorded() : anchor->title);
        if (!anchor->body.isEmpty() && !f.redactsText())
            doc.paragraph(anchor->body.left(1500));
        doc.keyValues(
            {{tr("Type"), anchor->issueType},
             {tr("Severity (1–5)"), QString::number(anchor->severityLevel)},
             {tr("Protocol / asset"), QStringLiteral("%1 / %2").arg(
                                          anchor->protocol.isEmpty() ? QStringLiteral("—") : anchor->protocol,
                                          anchor->symbol.isEmpty() ? QStringLiteral("—") : anchor->symbol)},
             {tr("Source"), QStringLiteral("%1 (%2)").arg(anchor->source, anchor->externalId)}});
    }
    doc.subheading(tr("Root cause (the analysis' root-cause cluster)"));
    doc.paragraph(d.rootCause);
    doc.paragraph(f.profileText(QStringLiteral("root_cause_statement")) == ReportFormat::notRecorded()
                      ? tr("Entity's own root-cause statement: not recorded.")
                      : tr("Entity's own root-cause statement: %1")
                            .arg(f.profileText(QStringLiteral("root_cause_statement"))));

    QStringList contracts, hashes;
    QSet<QString> seen;
    for (const Issue &i : d.issues) {
        for (const QString &c : i.affectedContracts)
            if (!seen.contains(c))
                seen.insert(c), contracts.append(c);
        for (const QString &h : i.relatedTxHashes)
            if (!seen.contains(h))
                seen.insert(h), hashes.append(h);
    }
    doc.subheading(tr("Affected contracts"));
    doc.verbatim(contracts.isEmpty() ? ReportFormat::notRecorded() : contracts.join(QLatin1Char('\n')));
    doc.subheading(tr("Related transaction hashes"));
    doc.verbatim(hashes.isEmpty() ? ReportFormat::notRecorded() : hashes.join(QLatin1Char('\n')));

    doc.subheading(tr("Reports in the incident (%1)").arg(d.issues.size()));
    QList<QStringList> rows;
    constexpr int Shown = 120;
    for (int k = 0; k < d.issues.size() && k < Shown; ++k) {
        const Issue &i = d.issues[k];
        // The tail of the id: UUIDv7 ids of one incident share their leading (time) digits.
        rows.append({f.utc(i.reportedAt), i.issueType, QString::number(i.severityLevel),
                     f.redactsText() ? tr("[redacted]") : i.title,
                     i.id.toString(QUuid::WithoutBraces).right(12)});
    }
    doc.table({tr("Reported"), tr("Type"), tr("Sev."), tr("Title"), tr("Id (end)")}, rows,
              {0.17, 0.19, 0.09, 0.37, 0.18});
    if (d.issues.size() > Shown)
        doc.note(tr("Showing the first %1 of %2 reports; the appendix cites every one.")
                     .arg(Shown)
                     .arg(d.issues.size()));
}

} // namespace pegboard
