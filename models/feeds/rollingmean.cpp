#include "rollingmean.h"

#include <algorithm>

namespace pegboard {

RollingMean::RollingMean(qint64 windowMs, int buckets)
    : m_buckets(size_t(std::max(1, buckets)))
    , m_widthMs(std::max<qint64>(1, windowMs / std::max(1, buckets)))
{}

void RollingMean::add(qint64 timestampMs, double value)
{
    const qint64 n = qint64(m_buckets.size());
    const qint64 index = timestampMs / m_widthMs;
    // A late sample older than the window is ignored; the adapters already refuse reordering.
    if (m_newest >= 0 && index <= m_newest - n)
        return;
    if (index > m_newest) {
        // Expire the buckets the window slid past; at most n of them whatever the jump.
        // Only buckets up to the old newest exist, so the loop is at most n long.
        for (qint64 i = m_newest - n + 1; i <= std::min(index - n, m_newest); ++i) {
            Bucket &old = m_buckets[size_t(((i % n) + n) % n)];
            if (old.index == i) {
                m_sum -= old.sum;
                m_count -= old.count;
                old = Bucket{};
            }
        }
        m_newest = index;
        if (m_count == 0)
            m_sum = 0; // no drift carried over from subtracted buckets
    }
    Bucket &b = m_buckets[size_t(index % n)];
    if (b.index != index) {
        m_sum -= b.sum;
        m_count -= b.count;
        b = Bucket{index, 0, 0};
    }
    b.sum += value;
    ++b.count;
    m_sum += value;
    ++m_count;
}

std::optional<double> RollingMean::mean() const
{
    return m_count ? std::optional<double>(m_sum / double(m_count)) : std::nullopt;
}

} // namespace pegboard
