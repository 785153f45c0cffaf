#pragma once

#include "audit/notekey.h"
#include "reportsource.h"

#include <QString>
#include <functional>
#include <memory>

namespace pegboard {

class Dataset;

// The report's ReportSource over a Dataset: a live store (LiveDataset, with the evidence log
// recomputed from the rows and signed with the given key) or a review bundle (BundleDataset, with
// the checkpoint its manifest recorded, if any, and the bundle's own verification).
class DatasetReportSource : public ReportSource
{
public:
    using EvidenceReader = std::function<Result<ReportEvidence>()>;
    static Result<std::unique_ptr<DatasetReportSource>> openStore(const QString &url, const NoteKey &key);
    static Result<std::unique_ptr<DatasetReportSource>> openBundle(const QString &path);
    DatasetReportSource(std::unique_ptr<Dataset> dataset, EvidenceReader evidence);
    ~DatasetReportSource() override;

    QString description() const override;
    Result<Snapshot> snapshot(const QDateTime &from, const QDateTime &to) override;
    Result<QList<Issue>> issues(const IssueQuery &query) override;
    Result<QList<AuditEntry>> auditTrail() override;
    Result<std::vector<FeedSample>> samples(const QStringList &series, qint64 fromMs, qint64 toMs) override;
    Result<ImpactSummary> impact(const QDateTime &from, const QDateTime &to) override;
    Result<ReportEvidence> evidence() override;

private:
    std::unique_ptr<Dataset> m_dataset;
    EvidenceReader m_evidence;
};

} // namespace pegboard
