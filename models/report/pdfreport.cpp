#include "pdfreport.h"

#include "pdfdocument.h"
#include "reportsection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHashSeed>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace pegboard {

namespace {
int layOut(const ReportData &data, QIODevice &device, int totalPages)
{
    QPdfWriter writer(&device);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Pegboard"));
    writer.setTitle(PdfReport::title(data));
    const ReportFormat format(data);
    const QString header =
        data.request.kind == ReportRequest::Kind::Incident
            ? QCoreApplication::translate("pegboard::PdfReport", "Pegboard · incident report")
            : QCoreApplication::translate("pegboard::PdfReport", "Pegboard · period report");
    PdfDocument doc(writer, {header, data.reportId, format.utc(data.generatedAt)}, format.locale(),
                    totalPages);
    for (const auto &section : ReportSections::all())
        if (section->appliesTo(data))
            section->write(format, doc);
    doc.finish();
    return doc.pages();
}

// Replaces each match of pattern with a same-length text derived by make(match).
void stamp(QByteArray &pdf, const QRegularExpression &pattern,
           const std::function<QByteArray(const QByteArray &)> &make)
{
    const QString text = QString::fromLatin1(pdf);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray original = m.captured(1).toLatin1();
        QByteArray replacement = make(original);
        replacement = replacement.leftJustified(original.size(), ' ', true);
        pdf.replace(m.capturedStart(1), original.size(), replacement);
    }
}
} // namespace

QString PdfReport::title(const ReportData &data)
{
    return data.request.kind == ReportRequest::Kind::Incident
               ? QCoreApplication::translate("pegboard::PdfReport", "Incident report %1").arg(data.reportId)
               : QCoreApplication::translate("pegboard::PdfReport", "Period report %1").arg(data.reportId);
}

Result<QByteArray> PdfReport::render(const ReportData &data)
{
    // Qt's PDF engine writes fonts in QHash order; a fixed seed for the engine's hashes fixes that
    // order (restored to random afterwards for everything else in the process).
    QHashSeed::setDeterministicGlobalSeed();
    struct RandomAgain
    {
        ~RandomAgain() { QHashSeed::resetRandomGlobalSeed(); }
    } randomAgain;
    QBuffer counting;
    counting.open(QIODevice::WriteOnly);
    const int pages = layOut(data, counting, 0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    layOut(data, buffer, pages);
    QByteArray pdf = buffer.data();
    if (!pdf.startsWith("%PDF-"))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("pegboard::PdfReport", "Qt's PDF writer produced no document."));

    // Qt writes the wall-clock time and a random document id; make both functions of the content.
    const QDateTime at = data.generatedAt.toUTC();
    const QByteArray pdfDate = at.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const QByteArray isoDate = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    stamp(pdf, QRegularExpression(QStringLiteral("/(?:CreationDate|ModDate) ?\\(D:([0-9Z+\\-']+)\\)")),
          [&](const QByteArray &old) {
              return pdfDate +
                     QByteArray("Z").leftJustified(old.size() - 14, '\'', true).left(old.size() - 14);
          });
    stamp(pdf,
          QRegularExpression(
              QStringLiteral("xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:=\"|>)([^\"<]+)[\"<]")),
          [&](const QByteArray &old) {
              return isoDate +
                     QByteArray("Z").leftJustified(old.size() - 19, ' ', true).left(old.size() - 19);
          });
    const QByteArray digest =
        QCryptographicHash::hash(data.reportId.toUtf8() + data.checkpointText + data.evidenceSha256.toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex();
    stamp(pdf, QRegularExpression(QStringLiteral("uuid:([0-9a-fA-F\\-]{36})")), [&](const QByteArray &old) {
        QByteArray id = digest.left(32);
        return QByteArray(id.left(8) + '-' + id.mid(8, 4) + '-' + id.mid(12, 4) + '-' + id.mid(16, 4) + '-' +
                          id.mid(20, 12))
            .left(old.size());
    });
    stamp(pdf, QRegularExpression(QStringLiteral("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<")),
          [&](const QByteArray &old) { return digest.left(old.size()); });
    stamp(pdf, QRegularExpression(QStringLiteral("/ID ?\\[ ?<[0-9a-fA-F]+> ?<([0-9a-fA-F]+)>")),
          [&](const QByteArray &old) { return digest.left(old.size()); });
    return pdf;
}

Result<void> PdfReport::write(const ReportData &data, const QString &path)
{
    auto pdf = render(data);
    if (!pdf)
        return Unexpected<Error>(pdf.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("pegboard::PdfReport", "Cannot write %1: %2")
                               .arg(path, file.errorString()));
    return {};
}

} // namespace pegboard
