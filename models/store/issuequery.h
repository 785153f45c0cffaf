#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace pegboard {

// What the filter bar asks for: a time window and optional narrowing. Empty lists mean "any".
struct IssueQuery
{
    QDateTime from;
    QDateTime to;
    QStringList types;
    int minSeverity = 1;
    int maxSeverity = 5;
    QStringList protocols;
    QString text;
    bool openOnly = false;
    std::optional<qint64> clusterId;
    // Replay "as known at T": only reports received before this time (invalid = no limit).
    QDateTime receivedBefore;
    // Exactly these reports (a heatmap cell's or a cluster's), still narrowed by the rest.
    QList<QUuid> ids;
    // The newest `limit` reports after skipping `offset` of them (a list's next batch).
    int limit = 10000;
    int offset = 0;

    bool operator==(const IssueQuery &) const = default;

    // The order of a list, in SQL both the store and a review bundle speak: newest first. Replayed
    // "as known at T" that is newest received first, so the newest known at T are found by walking
    // back from T on the received index, not by checking the receive time of every later report.
    const char *newestFirstSql() const
    {
        return receivedBefore.isValid() ? " ORDER BY received_at DESC, id"
                                        : " ORDER BY reported_timestamp DESC NULLS LAST, id";
    }
};

struct InsertResult
{
    int submitted = 0;
    int inserted = 0;
    int duplicates() const { return submitted - inserted; }
};

struct Annotation
{
    qint64 id = 0;
    QString author;
    QDateTime createdAt;
    QString body;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString issueId;
    QString detailsJson;
    QString hash;
};

} // namespace pegboard
