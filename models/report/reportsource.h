#pragma once

#include "analysis/snapshot.h"
#include "audit/evidencelog.h"
#include "domain/error.h"
#include "domain/feedsample.h"
#include "domain/issue.h"
#include "store/impactsummary.h"
#include "store/issuequery.h"

#include <QDateTime>
#include <QList>
#include <vector>

namespace pegboard {

// What a compliance report reads: a live store (StoreReportSource) today, a review bundle through
// the Dataset seam once it lands. Each call is one query's worth of data.
class ReportSource
{
public:
    virtual ~ReportSource() = default;
    // The reports of a window as columns, for the root-cause clustering (the analysis' own input).
    virtual Result<Snapshot> snapshot(const QDateTime &from, const QDateTime &to) = 0;
    virtual Result<QList<Issue>> issues(const IssueQuery &query) = 0;
    // Every audit row, in log order.
    virtual Result<QList<AuditEntry>> auditTrail() = 0;
    virtual Result<std::vector<FeedSample>> samples(const QStringList &series, qint64 fromMs,
                                                    qint64 toMs) = 0;
    virtual Result<ImpactSummary> impact(const QDateTime &from, const QDateTime &to) = 0;
    // The evidence log, recomputed from the rows and signed now.
    virtual Result<SignedLog> evidence() = 0;
};

} // namespace pegboard
