#pragma once

#include "seriespoint.h"

#include <QPointF>
#include <span>
#include <vector>

namespace pegboard {

// Reduces a time-ordered series to what a chart `columns` pixels wide can show: per pixel column
// the first, lowest, highest and last point, in time order (extremes kept, so spikes survive), and
// a new segment wherever a point starts a gap, so gaps stay gaps. Cost is linear in the visible
// points; output is at most ~4 points per column per segment.
class MinMaxDecimator
{
public:
    enum class Value
    {
        Raw,        // SeriesPoint::value
        RollingBps, // SeriesPoint::rollingBps (NaN points skipped)
    };
    using Segment = std::vector<QPointF>; // x: epoch ms, y: value

    static std::vector<Segment> decimate(std::span<const SeriesPoint> points, qint64 fromMs, qint64 toMs,
                                         int columns, Value value = Value::Raw);
    // Index of the first point with timestamp >= ms (binary search).
    static size_t lowerBound(std::span<const SeriesPoint> points, qint64 ms);
};

} // namespace pegboard
