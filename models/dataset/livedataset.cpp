#include "livedataset.h"

#include "store/feedsamplestore.h"
#include "store/issuestore.h"
#include "store/pgconnection.h"

#include <QCoreApplication>

namespace pegboard {

LiveDataset::LiveDataset(QString url)
    : m_url(std::move(url))
    , m_loader(m_url)
{}

LiveDataset::~LiveDataset() = default;

DatasetOpener LiveDataset::opener(const QString &url)
{
    return [url]() -> Result<std::unique_ptr<Dataset>> {
        return std::unique_ptr<Dataset>(std::make_unique<LiveDataset>(url));
    };
}

QString LiveDataset::description() const
{
    return QCoreApplication::translate("pegboard::LiveDataset", "store %1")
        .arg(PgConnection::redacted(m_url));
}

Result<Snapshot> LiveDataset::loadSnapshot(const SnapshotLoader::Options &options)
{
    return m_loader.load(options);
}

Result<qint64> LiveDataset::appendNew(Snapshot &snapshot, const SnapshotLoader::Options &options)
{
    return m_loader.appendNew(snapshot, options);
}

Result<std::vector<FeedSample>> LiveDataset::feedSamples(const QStringList &series, qint64 fromMs,
                                                         qint64 toMs)
{
    if (!m_feeds) {
        auto opened = FeedSampleStore::open(m_url);
        if (!opened)
            return Unexpected<Error>(opened.error());
        m_feeds = std::move(opened).value();
    }
    return m_feeds->range(series, fromMs, toMs);
}

Result<IssueStore *> LiveDataset::issues()
{
    if (!m_issues) {
        auto opened = IssueStore::open(m_url);
        if (!opened)
            return Unexpected<Error>(opened.error());
        m_issues = std::move(opened).value();
    }
    return m_issues.get();
}

Result<QList<Annotation>> LiveDataset::annotations(const QUuid &issue)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->annotations(issue);
}

Result<QList<AuditEntry>> LiveDataset::auditTrail(const QUuid &issue)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->auditTrail(issue);
}

Result<QList<Issue>> LiveDataset::query(const IssueQuery &query)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->query(query);
}

Result<qint64> LiveDataset::count(const IssueQuery &query)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->count(query);
}

Result<qint64> LiveDataset::scan(const IssueQuery &query,
                                 const std::function<bool(const QList<Issue> &)> &onBatch)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->scan(query, onBatch);
}

Result<std::optional<Issue>> LiveDataset::fetch(const QUuid &id)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->fetch(id);
}

Result<ImpactSummary> LiveDataset::impactSummary(const QDateTime &from, const QDateTime &to)
{
    auto store = issues();
    if (!store)
        return Unexpected<Error>(store.error());
    return (*store)->impactSummary(from, to);
}

} // namespace pegboard
