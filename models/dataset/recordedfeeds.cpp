#include "recordedfeeds.h"

#include "analysis/analysisreport.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace pegboard {

namespace {
// Recorded history is sampled every minute at most; a longer silence than this is drawn as a gap.
constexpr qint64 GapMs = 5 * 60 * 1000;
constexpr qint64 RollingMs = 5 * 60 * 1000;
} // namespace

RecordedFeeds::RecordedFeeds(std::vector<FeedSample> samples)
    : m_samples(std::move(samples))
{
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= m_samples.size(); ++i)
        if (i == m_samples.size() || m_samples[i].series != m_samples[begin].series) {
            m_ranges.insert(m_samples[begin].series, {begin, i});
            begin = i;
        }
}

ContextSnapshot RecordedFeeds::contextAt(const QString &symbol, qint64 atMs) const
{
    std::vector<FeedSample> latest;
    latest.reserve(std::size_t(m_ranges.size()));
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it) {
        const auto first = m_samples.begin() + std::ptrdiff_t(it.value().first);
        const auto last = m_samples.begin() + std::ptrdiff_t(it.value().second);
        const auto after = std::upper_bound(first, last, atMs,
                                            [](qint64 t, const FeedSample &s) { return t < s.timestampMs; });
        if (after != first)
            latest.push_back(*(after - 1));
    }
    // One answer for "the context at T": the analysis' own.
    return AnalysisReport::contextAt(latest, symbol, atMs);
}

std::optional<double> RecordedFeeds::valueAt(const QString &series, qint64 atMs) const
{
    const auto range = m_ranges.constFind(series);
    if (range == m_ranges.cend())
        return std::nullopt;
    const auto first = m_samples.begin() + std::ptrdiff_t(range.value().first);
    const auto last = m_samples.begin() + std::ptrdiff_t(range.value().second);
    const auto after =
        std::upper_bound(first, last, atMs, [](qint64 t, const FeedSample &s) { return t < s.timestampMs; });
    return after == first ? std::nullopt : std::optional<double>((after - 1)->value);
}

double RecordedFeeds::secondsPast(const QString &series, qint64 atMs, double bps) const
{
    const auto range = m_ranges.constFind(series);
    if (range == m_ranges.cend())
        return 0;
    const auto first = m_samples.begin() + std::ptrdiff_t(range.value().first);
    const auto last = m_samples.begin() + std::ptrdiff_t(range.value().second);
    auto it =
        std::upper_bound(first, last, atMs, [](qint64 t, const FeedSample &s) { return t < s.timestampMs; });
    const auto past = [bps](const FeedSample &s) { return std::abs((s.value - 1.0) * 10000.0) >= bps; };
    qint64 since = -1;
    while (it != first && past(*(it - 1)))
        since = (--it)->timestampMs;
    return since < 0 ? 0.0 : double(atMs - since) / 1000.0;
}

std::vector<SeriesPoint> RecordedFeeds::points(const QString &series, qint64 fromMs, qint64 toMs) const
{
    std::vector<SeriesPoint> out;
    const auto range = m_ranges.constFind(series);
    if (range == m_ranges.cend())
        return out;
    const auto first = m_samples.begin() + std::ptrdiff_t(range.value().first);
    const auto last = m_samples.begin() + std::ptrdiff_t(range.value().second);
    const auto byTime = [](const FeedSample &s, qint64 t) { return s.timestampMs < t; };
    // The rolling mean needs the five minutes before the first point drawn.
    auto it = std::lower_bound(first, last, fromMs - RollingMs, byTime);
    std::deque<std::pair<qint64, double>> window;
    double sum = 0;
    qint64 previous = -1;
    for (; it != last && it->timestampMs <= toMs; ++it) {
        const double bps = (it->value - 1.0) * 10000.0;
        window.emplace_back(it->timestampMs, bps);
        sum += bps;
        while (window.front().first <= it->timestampMs - RollingMs) {
            sum -= window.front().second;
            window.pop_front();
        }
        if (it->timestampMs > fromMs) {
            SeriesPoint p{it->timestampMs, it->value};
            p.rollingBps = sum / double(window.size());
            p.gapBefore = previous >= 0 && it->timestampMs - previous > GapMs;
            out.push_back(p);
        }
        previous = it->timestampMs;
    }
    return out;
}

} // namespace pegboard
