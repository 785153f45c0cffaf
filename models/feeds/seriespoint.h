#pragma once

#include <QtGlobal>
#include <limits>

namespace pegboard {

// One point of a live series as charts consume it.
struct SeriesPoint
{
    qint64 timestampMs = 0;
    double value = 0;
    // 5-minute rolling peg deviation (bps) at this point, for price series; NaN otherwise.
    double rollingBps = std::numeric_limits<double>::quiet_NaN();
    // No data for longer than the expected interval allows before this point: draw a gap.
    bool gapBefore = false;
};

} // namespace pegboard
