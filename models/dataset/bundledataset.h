#pragma once

#include "dataset.h"

#include <map>
#include <string>

namespace pegboard {

class SqliteDb;
class SqliteStatement;

// A review bundle (one SQLite file, see BundleFormat) as a Dataset: no store, no network. Opened
// read-only; a bundle of a newer format version, or a file that is not a bundle, is refused.
class BundleDataset : public Dataset
{
public:
    static Result<std::unique_ptr<BundleDataset>> open(const QString &path);
    static DatasetOpener opener(const QString &path);
    ~BundleDataset() override;

    Kind kind() const override { return Kind::ReviewBundle; }
    QString description() const override;
    QDateTime windowFrom() const override { return m_from; }
    QDateTime windowTo() const override { return m_to; }
    QString readOnlyReason() const override;
    // The manifest as stored (key → value).
    const std::map<std::string, std::string> &manifest() const { return m_manifest; }
    QString path() const;

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
    explicit BundleDataset(std::unique_ptr<SqliteDb> db);
    Result<SqliteStatement> filtered(const IssueQuery &q, const std::string &select, const std::string &tail);

    std::unique_ptr<SqliteDb> m_db;
    std::map<std::string, std::string> m_manifest;
    QDateTime m_from, m_to;
};

} // namespace pegboard
