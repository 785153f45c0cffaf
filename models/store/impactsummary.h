#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <pqxx/connection>

namespace pegboard {

// What the Operations and Executive perspectives chart: money lost per period, how long each
// category takes to resolve, and whether resolutions stick. Computed by PostgreSQL over the
// window, because it is a handful of GROUP BYs over rows the console does not otherwise need.
struct ImpactSummary
{
    struct Period
    {
        QDateTime start;
        double estimatedLossUsd = 0;
        double actualLossUsd = 0;
        int reports = 0;
        int critical = 0;
    };
    struct ResolutionTrend
    {
        QDateTime week;
        QString category; // issue type
        double meanHours = 0;
        int resolved = 0;
    };

    // The Executive's headline: the period and the one before it, of the same length (a window
    // without bounds counts as the last 30 days).
    struct Headline
    {
        QDateTime from;
        QDateTime to;
        double lossUsd = 0;             // actual where known, else estimated
        int incidents = 0;              // reports of severity 4–5
        double medianResolveHours = -1; // -1: nothing resolved
    };
    Headline current;
    Headline previous;
    QList<Period> weeks;
    QList<Period> months;
    QList<ResolutionTrend> resolution;
    int resolvedCount = 0;
    // Share of resolutions that came with a preventive measure.
    double preventionRate = 0;
    // Share of resolved reports followed by another report of the same type and protocol within
    // 30 days: the article's "issues staying fixed", inverted.
    double recurrenceRate = 0;
    double recurrenceRateWithPrevention = 0;
    double recurrenceRateWithoutPrevention = 0;
};

class ImpactQueries
{
public:
    static Result<ImpactSummary> summarise(pqxx::connection &connection, const QDateTime &from,
                                           const QDateTime &to);
};

} // namespace pegboard
