#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "domain/error.h"
#include "domain/issue.h"
#include "impactsummary.h"
#include "issuequery.h"

#include <QList>
#include <functional>
#include <memory>
#include <pqxx/connection>
#include <span>

namespace pegboard {

// The shared issue store. Not thread-safe: one IssueStore per thread (the console keeps its own on
// a worker thread, the collector one per writer). A lost connection is reopened on the next call.
class IssueStore
{
public:
    static Result<std::unique_ptr<IssueStore>> open(const QString &url);
    ~IssueStore();

    // Idempotent on (source, external_id): replays and retries insert nothing new. Goes through
    // COPY into a session temp table and one INSERT … SELECT … ON CONFLICT DO NOTHING, so it runs at
    // COPY speed and is atomic: all new rows of the batch or none.
    Result<InsertResult> insert(std::span<const Issue> issues);
    // For loads that are new as far as the caller knows (a generated history): COPY straight into
    // the table, skipping the staging round trip. Rows must carry id and external_id. When any of
    // them is already stored, the COPY fails as a whole and the batch goes through insert().
    Result<InsertResult> insertNew(std::span<const Issue> issues);

    Result<QList<Issue>> query(const IssueQuery &query);
    // How many reports the filter holds (limit and offset ignored).
    Result<qint64> count(const IssueQuery &query);
    // Every report in the filter, newest first (limit and offset ignored), batchSize at a time
    // from one server-side cursor; stops early when onBatch returns false. Returns the rows read.
    Result<qint64> scan(const IssueQuery &query, const std::function<bool(const QList<Issue> &)> &onBatch,
                        int batchSize = 2000);
    Result<std::optional<Issue>> fetch(const QUuid &id);
    Result<qint64> count();

    // Audited changes (SECURITY DEFINER functions): the row and its audit row in one transaction.
    Result<void> acknowledge(const QUuid &id, const QString &note = {});
    Result<void> resolve(const QUuid &id, const QString &category, bool preventionImplemented,
                         std::optional<double> actualLossUsd = std::nullopt, const QString &note = {});
    Result<void> setPreventionImplemented(const QUuid &id, bool implemented, const QString &note = {});
    Result<qint64> annotate(const QUuid &id, const QString &body);

    Result<QList<Annotation>> annotations(const QUuid &id);
    Result<QList<AuditEntry>> auditTrail(const QUuid &id = {});
    // The id of the first audit row that fails verification, or nullopt when the chain is intact.
    Result<std::optional<qint64>> verifyAuditChain();

    Result<ImpactSummary> impactSummary(const QDateTime &from, const QDateTime &to);

    // Asks the server to stop the statement running on this store's session. The one method that
    // may be called from another thread (libpq's cancel request is made for exactly that).
    void cancelRunningQuery();

    QString url() const { return m_url; }
    // The session itself, for queries that have no method here yet; reopened if it was lost.
    pqxx::connection &connection();

private:
    IssueStore(QString url, std::shared_ptr<pqxx::connection> connection);
    Result<void> ensureConnected();
    template<typename F> auto guarded(F &&body) -> decltype(body());

    QString m_url;
    std::shared_ptr<pqxx::connection> m_connection;
    bool m_stagingReady = false;
};

} // namespace pegboard
