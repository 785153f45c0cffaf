#pragma once

#include "dataset.h"

namespace pegboard {

class FeedSampleStore;
class IssueStore;

// The shared PostgreSQL store as a Dataset: COPY snapshots (SnapshotLoader), recorded feeds
// (FeedSampleStore), reports, annotations and audit rows (IssueStore). Connections open lazily.
class LiveDataset : public Dataset
{
public:
    explicit LiveDataset(QString url);
    ~LiveDataset() override;
    static DatasetOpener opener(const QString &url);

    Kind kind() const override { return Kind::LiveStore; }
    QString description() const override;

    Result<Snapshot> loadSnapshot(const SnapshotLoader::Options &options) override;
    Result<qint64> appendNew(Snapshot &snapshot, const SnapshotLoader::Options &options) override;
    Result<std::vector<FeedSample>> feedSamples(const QStringList &series, qint64 fromMs,
                                                qint64 toMs) override;
    Result<QList<Annotation>> annotations(const QUuid &issue) override;
    Result<QList<AuditEntry>> auditTrail(const QUuid &issue) override;
    Result<QList<Issue>> query(const IssueQuery &query) override;
    Result<qint64> count(const IssueQuery &query) override;
    Result<qint64> scan(const IssueQuery &query,
                        const std::function<bool(const QList<Issue> &)> &onBatch) override;
    Result<std::optional<Issue>> fetch(const QUuid &id) override;
    Result<ImpactSummary> impactSummary(const QDateTime &from, const QDateTime &to) override;

private:
    Result<IssueStore *> issues();

    QString m_url;
    SnapshotLoader m_loader;
    std::unique_ptr<FeedSampleStore> m_feeds;
    std::unique_ptr<IssueStore> m_issues;
};

} // namespace pegboard
