#pragma once

#include <QString>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <vector>

namespace pegboard {

// A condition the members of a cluster have in common: a numeric context field within a range
// much narrower than the window's, or one value of a category most members carry.
struct SharedCondition
{
    QString key;                              // context field or category: "gas_price_gwei", "symbol", …
    double low = NAN, high = NAN;             // numeric: the members' 10th–90th percentile
    double median = NAN;                      // numeric
    double windowLow = NAN, windowHigh = NAN; // the same percentiles over the whole window
    QString value;                            // categorical: the shared value
    double share = 0;                         // of the members that carry the field
};

// Why a cluster's members belong together, for the drill-down and `analyze --json`.
struct ClusterExplanation
{
    QString kind; // burst, cascade, repeats, contract, incident (several types on one asset)
    std::int64_t spanMs = 0;
    std::vector<SharedCondition> conditions;
    // Which fields carried the similarity: channel key → share of the evidence linking members.
    std::vector<std::pair<QString, double>> channels;
    double cohesion = 0;     // share of members whose nearest member in time is linked to them
    QStringList corrections; // stored corrections that shaped this cluster (ids)
};

} // namespace pegboard
