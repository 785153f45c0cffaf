#include "seriesring.h"

#include <algorithm>

namespace pegboard {

SeriesRing::SeriesRing(int capacity)
    : m_points(size_t(std::max(1, capacity)))
{}

void SeriesRing::push(const SeriesPoint &point)
{
    m_points[size_t(m_total % qint64(m_points.size()))] = point;
    ++m_total;
}

int SeriesRing::size() const
{
    return int(std::min<qint64>(m_total, qint64(m_points.size())));
}

const SeriesPoint &SeriesRing::latest() const
{
    return m_points[size_t((m_total - 1) % qint64(m_points.size()))];
}

std::vector<SeriesPoint> SeriesRing::since(qint64 sequence) const
{
    const qint64 first = std::max({sequence, m_total - qint64(m_points.size()), qint64(0)});
    std::vector<SeriesPoint> out;
    out.reserve(size_t(std::max<qint64>(0, m_total - first)));
    for (qint64 seq = first; seq < m_total; ++seq)
        out.push_back(m_points[size_t(seq % qint64(m_points.size()))]);
    return out;
}

} // namespace pegboard
