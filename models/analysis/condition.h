#pragma once

#include "snapshot.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace pegboard {

// The conditions an issue happened under, each cut into a few buckets: the rows of the
// correlation heatmap and the vocabulary of findings.
namespace Condition {
enum class Kind
{
    GasPrice,
    Congestion,
    PegDeviation,
    Volatility,
    HourOfDay,
    Weekday,
    MevActivity,
    OracleStaleness,
};

const std::vector<Kind> &all();
// Stable machine name for JSON ("gas_price").
QString key(Kind kind);
// Translated name ("Gas price").
QString displayName(Kind kind);
int bucketCount(Kind kind, const Snapshot &snapshot);
QStringList bucketLabels(Kind kind, const Snapshot &snapshot);
// The bucket of one row, or -1 when the condition is unknown for it.
int bucketOf(Kind kind, const Snapshot &snapshot, std::size_t row);

// UTC hour (0–23) and weekday (0 = Monday … 6 = Sunday) of a time in ms since the epoch.
int hourOf(std::int64_t ms);
int weekdayOf(std::int64_t ms);
QString weekdayName(int weekday);
// Upper bucket edges of the numeric conditions (gwei, |bps|, index, seconds).
const std::vector<float> &gasEdges();
} // namespace Condition

} // namespace pegboard
