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
    doc.paragraph(
        tr("Every report and every audited change is a leaf of the store's append-only Merkle log "
           "(RFC 6962). The signed checkpoint below fixes the log at generation; `pegboard audit verify "
           "--checkpoint` with this text proves later that no cited record was edited, deleted, "
           "reordered or inserted."));
    doc.subheading(tr("Signed checkpoint (C2SP tlog-checkpoint, verbatim)"));
    doc.verbatim(QString::fromUtf8(d.checkpointText));
    doc.keyValues(
        {{tr("Verifier key"), d.checkpointKey},
         {tr("SHA-256 of the evidence set"), d.evidenceSha256},
         {tr("Records cited"), f.number(d.cited.size())},
         {tr("Verification of the rows at generation"),
          d.verification.isEmpty() ? tr("no tampering found") : d.verification.join(QLatin1Char('\n'))}});
    doc.note(tr(
        "The evidence hash is the SHA-256 of one line per cited record, \"<leaf> <table> <id> <base64 leaf "
        "hash>\\n\", in leaf order."));
    doc.subheading(tr("Leaf index of every cited record"));
    QList<QStringList> rows;
    constexpr int Shown = 2000;
    for (int k = 0; k < d.cited.size() && k < Shown; ++k) {
        const CitedLeaf &c = d.cited[k];
        rows.append({QString::number(c.leaf),
                     c.table == QLatin1String("audit_log") ? tr("audit") : tr("report"), c.ref,
                     c.hashBase64});
    }
    doc.table({tr("Leaf"), tr("Kind"), tr("Record"), tr("Leaf hash (base64)")}, rows, {0.1, 0.1, 0.39, 0.41},
              true);
    if (d.cited.size() > Shown)
        doc.note(tr("Showing %1 of %2 cited records; the evidence hash covers all of them.")
                     .arg(Shown)
                     .arg(d.cited.size()));
}

} // namespace pegboard
