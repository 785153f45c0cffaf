#pragma once

#include "contextsnapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace pegboard {

// One report, as stored in stablecoin_issues: the customer's columns first, then Pegboard's.
struct Issue
{
    QUuid id;
    QString issueType;
    int severityLevel = 1;
    QDateTime reportedAt;
    QDateTime resolvedAt;
    ContextSnapshot context;
    std::optional<double> estimatedLossUsd;
    std::optional<double> actualLossUsd;
    QString resolutionCategory;
    bool preventionImplemented = false;
    QStringList relatedTxHashes;
    QStringList affectedContracts;
    QString reporterAddress;

    // (source, external_id) identifies a report across retries and replays.
    QString source;
    QString externalId;
    QString title;
    QString body;
    QString protocol;
    QString symbol;
    std::optional<qint64> clusterId;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QDateTime receivedAt;
    // The original (GitHub issue, Slack message, Datadog event, Discord message), validated by
    // SourceLink; empty when the source has no page.
    QString sourceUrl;

    bool isResolved() const { return resolvedAt.isValid(); }

    friend bool operator==(const Issue &, const Issue &) = default;
};

} // namespace pegboard
