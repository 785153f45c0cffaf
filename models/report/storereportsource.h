#pragma once

#include "audit/notekey.h"
#include "reportsource.h"

#include <QString>
#include <memory>

namespace pegboard {

class IssueStore;
class FeedSampleStore;

// ReportSource over a PostgreSQL store: IssueStore, SnapshotLoader, FeedSampleStore and the
// evidence log, each on its own connection, all opened by open().
class StoreReportSource : public ReportSource
{
public:
    static Result<std::unique_ptr<StoreReportSource>> open(const QString &url, const NoteKey &key);
    ~StoreReportSource() override;

    Result<Snapshot> snapshot(const QDateTime &from, const QDateTime &to) override;
    Result<QList<Issue>> issues(const IssueQuery &query) override;
    Result<QList<AuditEntry>> auditTrail() override;
    Result<std::vector<FeedSample>> samples(const QStringList &series, qint64 fromMs, qint64 toMs) override;
    Result<ImpactSummary> impact(const QDateTime &from, const QDateTime &to) override;
    Result<SignedLog> evidence() override;

private:
    StoreReportSource(QString url, NoteKey key);
    QString m_url;
    NoteKey m_key;
    std::unique_ptr<IssueStore> m_issues;
    std::unique_ptr<FeedSampleStore> m_samples;
};

} // namespace pegboard
