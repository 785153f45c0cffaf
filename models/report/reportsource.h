#pragma once

#include "analysis/snapshot.h"
#include "audit/logstate.h"
#include "domain/error.h"
#include "domain/feedsample.h"
#include "domain/issue.h"
#include "store/impactsummary.h"
#include "store/issuequery.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <optional>
#include <vector>

namespace pegboard {

// What the source can show of the evidence log. A store recomputes every leaf and signs a
// checkpoint now; a review bundle carries the rows but not the log, so it has at most the
// checkpoint recorded at export and its own manifest checks.
struct ReportEvidence
{
    QByteArray checkpointText;            // the signed note, verbatim; empty: not recorded
    QByteArray verifierKey;               // empty: not recorded
    std::optional<LogState> log;          // the leaves; nullopt when the source holds no evidence log
    QStringList verification;             // problems found in the source at generation (empty: none)
    QByteArray identity;                  // what else names this evidence (a bundle's manifest signature)
    QList<QPair<QString, QString>> facts; // printed in the appendix (label, value)
};

// What a compliance report reads. One implementation (DatasetReportSource) over the Dataset seam,
// so a report from a store and one from a review bundle run the same code.
class ReportSource
{
public:
    virtual ~ReportSource() = default;
    // The data source line for the report ("store postgresql://…", "review bundle x.pgbundle …").
    virtual QString description() const = 0;
    // The reports of a window as columns, for the root-cause clustering (the analysis' own input).
    virtual Result<Snapshot> snapshot(const QDateTime &from, const QDateTime &to) = 0;
    virtual Result<QList<Issue>> issues(const IssueQuery &query) = 0;
    // Every audit row, in log order.
    virtual Result<QList<AuditEntry>> auditTrail() = 0;
    virtual Result<std::vector<FeedSample>> samples(const QStringList &series, qint64 fromMs,
                                                    qint64 toMs) = 0;
    virtual Result<ImpactSummary> impact(const QDateTime &from, const QDateTime &to) = 0;
    virtual Result<ReportEvidence> evidence() = 0;
};

} // namespace pegboard
