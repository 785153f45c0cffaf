#pragma once

#include <QByteArray>
#include <atomic>
#include <memory>
#include <vector>

namespace pegboard {

// A Prometheus histogram: cumulative buckets by upper bound, sum and count. observe() is lock-free
// and may be called from any thread; the text is rendered from a moment's counts.
class Histogram
{
public:
    explicit Histogram(std::vector<double> upperBounds);

    void observe(double value);
    quint64 count() const { return m_count; }
    // Appends `name_bucket{le="…"}`, `name_sum` and `name_count` lines.
    void render(QByteArray &out, const QByteArray &name) const;

private:
    std::vector<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_buckets; // per bucket (not cumulative), +Inf last
    std::atomic<quint64> m_count{0};
    std::atomic<double> m_sum{0};
};

} // namespace pegboard
