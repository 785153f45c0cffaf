#include "minmaxdecimator.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pegboard {

size_t MinMaxDecimator::lowerBound(std::span<const SeriesPoint> points, qint64 ms)
{
    return size_t(std::lower_bound(points.begin(), points.end(), ms,
                                   [](const SeriesPoint &p, qint64 t) { return p.timestampMs < t; }) -
                  points.begin());
}

std::vector<MinMaxDecimator::Segment> MinMaxDecimator::decimate(std::span<const SeriesPoint> points,
                                                                qint64 fromMs, qint64 toMs, int columns,
                                                                Value value)
{
    std::vector<Segment> segments;
    if (points.empty() || toMs <= fromMs || columns <= 0)
        return segments;
    // One point beyond each edge so lines run to the border instead of stopping short of it.
    size_t begin = lowerBound(points, fromMs);
    begin = begin > 0 ? begin - 1 : 0;
    size_t end = std::min(points.size(), lowerBound(points, toMs) + 1);

    const double msPerColumn = double(toMs - fromMs) / double(columns);
    struct Column
    {
        qint64 index = std::numeric_limits<qint64>::min();
        QPointF first, last, low, high;
    } col;
    Segment current;
    auto flush = [&] {
        if (col.index == std::numeric_limits<qint64>::min())
            return;
        // Up to four points in time order; duplicates (one-point columns) collapse.
        QPointF picks[4] = {col.first, col.low, col.high, col.last};
        std::sort(std::begin(picks) + 1, std::begin(picks) + 3,
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (const QPointF &p : picks) {
            if (current.empty() || current.back() != p)
                current.push_back(p);
        }
        col.index = std::numeric_limits<qint64>::min();
    };
    for (size_t i = begin; i < end; ++i) {
        const SeriesPoint &sp = points[i];
        const double y = value == Value::Raw ? sp.value : sp.rollingBps;
        if (sp.gapBefore) {
            flush();
            if (!current.empty())
                segments.push_back(std::move(current));
            current = {};
        }
        if (!std::isfinite(y))
            continue;
        const QPointF p(double(sp.timestampMs), y);
        const auto index = qint64(std::floor(double(sp.timestampMs - fromMs) / msPerColumn));
        if (index != col.index) {
            flush();
            col = {index, p, p, p, p};
            continue;
        }
        col.last = p;
        if (y < col.low.y())
            col.low = p;
        if (y > col.high.y())
            col.high = p;
    }
    flush();
    if (!current.empty())
        segments.push_back(std::move(current));
    return segments;
}

} // namespace pegboard
