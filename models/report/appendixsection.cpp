#include "appendixsection.h"

#include <QCoreApplication>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::AppendixSection", text);
}
} // namespace

void AppendixSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    doc.newPage();
    doc.heading(tr("Appendix: evidence"));
    if (d.leavesRecorded)
        doc.paragraph(
            tr("Every report and every audited change is a leaf of the store's append-only Merkle log "
               "(RFC 6962). The signed checkpoint below fixes the log at generation; `pegboard audit verify "
               "--checkpoint` with this text proves later that no cited record was edited, deleted, "
               "reordered or inserted."));
    else
        doc.paragraph(
            tr("This report was made from a review bundle. A bundle carries the reports and audit rows of "
               "its window but not the store's Merkle log, so the leaf index and leaf hash of each cited "
               "record and the evidence hash are not recorded here; the bundle's own checks (table hashes "
               "and the manifest signature) are. To prove the cited records unchanged, generate the report "
               "from the store, or run `pegboard audit verify --checkpoint` on the store with a checkpoint "
               "taken before."));
    doc.subheading(tr("Signed checkpoint (C2SP tlog-checkpoint, verbatim)"));
    if (d.checkpointText.isEmpty())
        doc.paragraph(
            tr("Checkpoint: %1 (the bundle's manifest holds none).").arg(ReportFormat::notRecorded()));
    else
        doc.verbatim(QString::fromUtf8(d.checkpointText));
    const QString absent = ReportFormat::notRecorded();
    QList<QPair<QString, QString>> facts{
        {tr("Data source"), d.source},
        {tr("Verifier key"), d.checkpointKey.isEmpty() ? absent : d.checkpointKey},
        {tr("SHA-256 of the evidence set"), d.leavesRecorded ? d.evidenceSha256 : absent},
        {tr("Records cited"), f.number(d.cited.size())},
        {tr("Verification of the rows at generation"),
         d.verification.isEmpty() ? tr("no tampering found") : d.verification.join(QLatin1Char('\n'))}};
    facts += d.sourceFacts;
    doc.keyValues(facts);
    if (d.leavesRecorded)
        doc.note(
            tr("The evidence hash is the SHA-256 of one line per cited record, \"<leaf> <table> <id> <base64 "
               "leaf hash>\\n\", in leaf order."));
    doc.subheading(tr("Leaf index of every cited record"));
    QList<QStringList> rows;
    constexpr int Shown = 2000;
    for (int k = 0; k < d.cited.size() && k < Shown; ++k) {
        const CitedLeaf &c = d.cited[k];
        rows.append({c.leaf >= 0 ? QString::number(c.leaf) : QStringLiteral("–"),
                     c.table == QLatin1String("audit_log") ? tr("audit") : tr("report"), c.ref,
                     c.hashBase64.isEmpty() ? QStringLiteral("–") : c.hashBase64});
    }
    doc.table({tr("Leaf"), tr("Kind"), tr("Record"), tr("Leaf hash (base64)")}, rows, {0.1, 0.1, 0.39, 0.41},
              true);
    if (d.cited.size() > Shown)
        doc.note(tr("Showing %1 of %2 cited records; the evidence hash covers all of them.")
                     .arg(Shown)
                     .arg(d.cited.size()));
}

} // namespace pegboard
