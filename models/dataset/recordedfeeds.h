#pragma once

#include "domain/contextsnapshot.h"
#include "domain/feedsample.h"
#include "feeds/seriespoint.h"

#include <QHash>
#include <optional>
#include <vector>

namespace pegboard {

// A window's recorded feeds held for replay, indexed by series, so "as known at T" questions
// (the context at T, a coin's price up to T) cost a binary search per series, not a scan.
class RecordedFeeds
{
public:
    RecordedFeeds() = default;
    // Samples ordered by series, ts (as Dataset::feedSamples returns them).
    explicit RecordedFeeds(std::vector<FeedSample> samples);

    bool isEmpty() const { return m_samples.empty(); }
    std::size_t size() const { return m_samples.size(); }
    // The context a report at T would have carried: each series' latest sample at or before T.
    ContextSnapshot contextAt(const QString &symbol, qint64 atMs) const;
    // The series' latest value at or before T.
    std::optional<double> valueAt(const QString &series, qint64 atMs) const;
    // How long a price series had stayed at or past `bps` from the peg by T (0 when it was inside
    // at T): the escalation's "held past the critical deviation", as MetricSampler tracks it live.
    double secondsPast(const QString &series, qint64 atMs, double bps) const;
    // Points of one series with fromMs < ts <= toMs, oldest first (gaps marked as the hub does).
    std::vector<SeriesPoint> points(const QString &series, qint64 fromMs, qint64 toMs) const;

private:
    std::vector<FeedSample> m_samples;
    QHash<QString, std::pair<std::size_t, std::size_t>> m_ranges; // [begin, end) per series
};

} // namespace pegboard
