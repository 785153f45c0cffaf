#include "histogram.h"

#include <algorithm>

namespace pegboard {

namespace {
QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}
} // namespace

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_buckets(new std::atomic<quint64>[m_bounds.size() + 1])
{
    std::sort(m_bounds.begin(), m_bounds.end());
    for (size_t i = 0; i <= m_bounds.size(); ++i)
        m_buckets[i] = 0;
}

void Histogram::observe(double value)
{
    const size_t i = size_t(std::lower_bound(m_bounds.begin(), m_bounds.end(), value) - m_bounds.begin());
    m_buckets[i].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
}

void Histogram::render(QByteArray &out, const QByteArray &name) const
{
    quint64 cumulative = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i) {
        cumulative += m_buckets[i].load(std::memory_order_relaxed);
        const QByteArray le = i < m_bounds.size() ? number(m_bounds[i]) : QByteArray("+Inf");
        out += name + "_bucket{le=\"" + le + "\"} " + QByteArray::number(cumulative) + '\n';
    }
    out += name + "_sum " + number(m_sum.load(std::memory_order_relaxed)) + '\n';
    // The count is the +Inf bucket, so the two never disagree in one rendering.
    out += name + "_count " + QByteArray::number(cumulative) + '\n';
}

} // namespace pegboard
