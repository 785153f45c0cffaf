#pragma once

#include "snapshot.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace pegboard {

// Which market condition moves with how bad reports are: the Pearson correlation of severity with
// each numeric condition of the report's context, over the reports that carry both.
struct SeverityDriver
{
    QString condition; // the context key, e.g. "volatility_index"
    double r = 0;
    std::int64_t reports = 0;
};

class SeverityDrivers
{
public:
    // Strongest first (by |r|); conditions carried by fewer than `minReports` reports are left out.
    static std::vector<SeverityDriver> find(const Snapshot &snapshot, std::int64_t minReports = 30);
};

} // namespace pegboard
