#include "issuecsv.h"

#include "csvwriter.h"
#include "dataset/dataset.h"
#include "domain/issue.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pegboard {

QStringList IssueCsv::header()
{
    // Column names stay English and fixed: scripts read them, whatever the console's language.
    return {QStringLiteral("id"),
            QStringLiteral("reported_at"),
            QStringLiteral("received_at"),
            QStringLiteral("severity"),
            QStringLiteral("issue_type"),
            QStringLiteral("title"),
            QStringLiteral("protocol"),
            QStringLiteral("coin"),
            QStringLiteral("source"),
            QStringLiteral("external_id"),
            QStringLiteral("reporter"),
            QStringLiteral("estimated_loss_usd"),
            QStringLiteral("actual_loss_usd"),
            QStringLiteral("status"),
            QStringLiteral("acknowledged_by"),
            QStringLiteral("acknowledged_at"),
            QStringLiteral("resolved_at"),
            QStringLiteral("resolution_category"),
            QStringLiteral("prevention_implemented"),
            QStringLiteral("cluster_id")};
}

QStringList IssueCsv::fields(const Issue &i)
{
    const auto optional = [](const std::optional<double> &v) {
        return v ? CsvWriter::plainNumber(*v) : QString();
    };
    const QString status = i.isResolved()                ? QStringLiteral("resolved")
                           : !i.acknowledgedBy.isEmpty() ? QStringLiteral("acknowledged")
                                                         : QStringLiteral("open");
    return {i.id.toString(QUuid::WithoutBraces),
            CsvWriter::isoUtc(i.reportedAt),
            CsvWriter::isoUtc(i.receivedAt),
            QString::number(i.severityLevel),
            i.issueType,
            i.title,
            i.protocol,
            i.symbol,
            i.source,
            i.externalId,
            i.reporterAddress,
            optional(i.estimatedLossUsd),
            optional(i.actualLossUsd),
            status,
            i.acknowledgedBy,
            CsvWriter::isoUtc(i.acknowledgedAt),
            CsvWriter::isoUtc(i.resolvedAt),
            i.resolutionCategory,
            i.isResolved() ? (i.preventionImplemented ? QStringLiteral("true") : QStringLiteral("false"))
                           : QString(),
            i.clusterId ? QString::number(*i.clusterId) : QString()};
}

Result<qint64> IssueCsv::write(Dataset &dataset, const IssueQuery &query, QIODevice &out,
                               const std::atomic_bool &cancel, const std::function<void(qint64)> &progress)
{
    if (!CsvWriter::writeRow(out, header()))
        return Error::make(Error::Code::Io, out.errorString());
    qint64 written = 0;
    bool failed = false;
    auto scanned = dataset.scan(query, [&](const QList<Issue> &batch) {
        for (const Issue &issue : batch) {
            if (!CsvWriter::writeRow(out, fields(issue))) {
                failed = true;
                return false;
            }
            ++written;
        }
        if (progress)
            progress(written);
        return !cancel.load();
    });
    if (!scanned)
        return Unexpected<Error>(scanned.error());
    if (failed)
        return Error::make(Error::Code::Io, out.errorString());
    if (cancel.load())
        return Error::make(Error::Code::Cancelled,
                           QCoreApplication::translate("pegboard::IssueCsv", "Export cancelled."));
    return written;
}

} // namespace pegboard
