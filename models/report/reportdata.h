#pragma once

#include "domain/feedsample.h"
#include "domain/issue.h"
#include "store/impactsummary.h"
#include "store/issuequery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>
#include <vector>

namespace pegboard {

// What `pegboard report` (and Reports ▸ Compliance report…) asks for.
struct ReportRequest
{
    enum class Kind
    {
        Incident,
        Period
    };
    Kind kind = Kind::Incident;
    QUuid incident;      // one report of the incident; its root-cause cluster is the incident
    QDateTime from, to;  // the period (to exclusive)
    QJsonObject profile; // facts the store does not know (entity, LEI, clients, Member States, filings)
    QString redact;      // "", "persons" or "public"
    QDateTime generatedAt;
    QString language = QStringLiteral("en");
};

// A record the report cites, with its place in the evidence log.
struct CitedLeaf
{
    qint64 leaf = -1;
    QString table;
    QString ref;
    QString hashBase64;
};

struct IncidentGroup
{
    QUuid first; // the earliest report
    QString type;
    QString symbol;
    int reports = 0;
    QDateTime start, end;
    double lossUsd = 0;
    bool resolved = false;
};

// Everything a report prints, gathered once (ReportBuilder) so rendering is a pure function of it.
struct ReportData
{
    ReportRequest request;
    QString reportId;
    QDateTime generatedAt;
    QString source; // where the facts were read: the store or the review bundle

    QList<Issue> issues; // the incident's reports, or the period's (capped, see issuesCapped)
    bool issuesCapped = false;
    QList<AuditEntry> actions; // audit rows about those reports (incident) or in the period
    QString rootCause;         // the cluster, in words
    QString pegSymbol;
    std::vector<FeedSample> peg;    // price samples around the incident
    QList<IncidentGroup> incidents; // period: the root-cause clusters in the window
    ImpactSummary impact;           // period: losses per week, resolution times, prevention, recurrence

    QByteArray checkpointText; // verbatim signed note; empty: the source recorded none
    QString checkpointKey;     // verifier key, so a reader can check the signature
    // False when the source holds no evidence log (a review bundle): the cited records are listed
    // without leaf index or hash, and there is no evidence hash.
    bool leavesRecorded = true;
    QList<CitedLeaf> cited;
    QString evidenceSha256;                     // hex SHA-256 of the cited lines, in leaf order
    QStringList verification;                   // problems found in the source at generation (empty: none)
    QList<QPair<QString, QString>> sourceFacts; // what the source adds to the appendix
};

} // namespace pegboard
