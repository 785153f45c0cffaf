#include "storereportsource.h"

#include "analysis/snapshotloader.h"
#include "store/feedsamplestore.h"
#include "store/issuestore.h"

namespace pegboard {

StoreReportSource::StoreReportSource(QString url, NoteKey key)
    : m_url(std::move(url))
    , m_key(std::move(key))
{}

StoreReportSource::~StoreReportSource() = default;

Result<std::unique_ptr<StoreReportSource>> StoreReportSource::open(const QString &url, const NoteKey &key)
{
    auto issues = IssueStore::open(url);
    if (!issues)
        return Unexpected<Error>(issues.error());
    auto samples = FeedSampleStore::open(url);
    if (!samples)
        return Unexpected<Error>(samples.error());
    std::unique_ptr<StoreReportSource> source(new StoreReportSource(url, key));
    source->m_issues = std::move(*issues);
    source->m_samples = std::move(*samples);
    return source;
}

Result<Snapshot> StoreReportSource::snapshot(const QDateTime &from, const QDateTime &to)
{
    SnapshotLoader loader(m_url);
    SnapshotLoader::Options options;
    options.from = from;
    options.to = to;
    options.withText = true;
    return loader.load(options);
}

Result<QList<Issue>> StoreReportSource::issues(const IssueQuery &query)
{
    return m_issues->query(query);
}

Result<QList<AuditEntry>> StoreReportSource::auditTrail()
{
    return m_issues->auditTrail();
}

Result<std::vector<FeedSample>> StoreReportSource::samples(const QStringList &series, qint64 fromMs,
                                                           qint64 toMs)
{
    return m_samples->range(series, fromMs, toMs);
}

Result<ImpactSummary> StoreReportSource::impact(const QDateTime &from, const QDateTime &to)
{
    return m_issues->impactSummary(from, to);
}

Result<SignedLog> StoreReportSource::evidence()
{
    return EvidenceLog::sign(m_url, m_key);
}

} // namespace pegboard
