#pragma once

#include "seriespoint.h"

#include <vector>

namespace pegboard {

// A fixed-capacity ring of points: the oldest falls out, so memory stays flat over any uptime.
// Every point gets a sequence number so readers can ask for "what is new since I last looked".
class SeriesRing
{
public:
    explicit SeriesRing(int capacity);

    void push(const SeriesPoint &point);
    bool isEmpty() const { return m_total == 0; }
    int size() const;
    int capacity() const { return int(m_points.size()); }
    qint64 nextSequence() const { return m_total; }
    const SeriesPoint &latest() const;
    // Points with sequence >= since that are still held (older ones are gone), oldest first.
    std::vector<SeriesPoint> since(qint64 sequence) const;

private:
    std::vector<SeriesPoint> m_points;
    qint64 m_total = 0;
};

} // namespace pegboard
