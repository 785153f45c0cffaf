#pragma once

#include "analysis/snapshot.h"
#include "analysis/snapshotloader.h"
#include "domain/error.h"
#include "domain/feedsample.h"
#include "domain/issue.h"
#include "store/impactsummary.h"
#include "store/issuequery.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pegboard {

// The one seam analysis and the console read through: a live store or a review bundle. Reports
// come as a Snapshot (analysis) or as Issues (the console's lists and detail), with the recorded
// feeds, annotations and audit rows beside them. Code above this interface never sees where the data
// lives. Not thread-safe: open one per thread (see DatasetOpener).
class Dataset
{
public:
    enum class Kind
    {
        LiveStore,
        ReviewBundle,
    };

    virtual ~Dataset() = default;
    virtual Kind kind() const = 0;
    // For titles and status lines ("Review bundle incident.pgbundle"); no URL with a password.
    virtual QString description() const = 0;
    // The span the data covers: a bundle's exported window; unbounded (invalid ends) for a store.
    virtual QDateTime windowFrom() const { return {}; }
    virtual QDateTime windowTo() const { return {}; }
    // Why changes (acknowledge, annotate, …) are refused, or empty when they are allowed.
    virtual QString readOnlyReason() const { return {}; }

    virtual Result<Snapshot> loadSnapshot(const SnapshotLoader::Options &options) = 0;
    // Appends what arrived after snapshot.maxReceivedMs; a bundle never grows, so it adds none.
    virtual Result<qint64> appendNew(Snapshot &snapshot, const SnapshotLoader::Options &options) = 0;
    // Samples of these series (all if empty) with fromMs <= ts < toMs, ordered by series, ts.
    virtual Result<std::vector<FeedSample>> feedSamples(const QStringList &series, qint64 fromMs,
                                                        qint64 toMs) = 0;
    virtual Result<QList<Annotation>> annotations(const QUuid &issue) = 0;
    virtual Result<QList<AuditEntry>> auditTrail(const QUuid &issue) = 0;

    virtual Result<QList<Issue>> query(const IssueQuery &query) = 0;
    // How many reports the filter holds (limit and offset ignored): what a capped list is out of.
    virtual Result<qint64> count(const IssueQuery &query) = 0;
    // Every report in the filter, newest first (limit and offset ignored), a batch at a time, so an
    // export never holds them all; stops when onBatch returns false. Returns the rows read.
    virtual Result<qint64> scan(const IssueQuery &query,
                                const std::function<bool(const QList<Issue> &)> &onBatch) = 0;
    virtual Result<std::optional<Issue>> fetch(const QUuid &id) = 0;
    virtual Result<ImpactSummary> impactSummary(const QDateTime &from, const QDateTime &to) = 0;
};

// Opens a Dataset on the calling thread: what a worker is handed instead of a URL or a path.
using DatasetOpener = std::function<Result<std::unique_ptr<Dataset>>()>;

} // namespace pegboard
