#pragma once

#include <QtGlobal>
#include <optional>
#include <vector>

namespace pegboard {

// Mean of the values of the last `window` milliseconds, kept in fixed time buckets so memory and
// cost per sample are constant however fast the feed is (10,000 samples/s or one a minute).
class RollingMean
{
public:
    explicit RollingMean(qint64 windowMs = 5 * 60 * 1000, int buckets = 300);

    void add(qint64 timestampMs, double value);
    // Mean over the window ending at the newest sample; nullopt before the first sample.
    std::optional<double> mean() const;

private:
    struct Bucket
    {
        qint64 index = -1; // absolute bucket number (timestamp / width)
        double sum = 0;
        qint64 count = 0;
    };
    std::vector<Bucket> m_buckets;
    qint64 m_widthMs;
    qint64 m_newest = -1; // absolute bucket number of the newest sample
    double m_sum = 0;     // over the buckets inside the window
    qint64 m_count = 0;
};

} // namespace pegboard
