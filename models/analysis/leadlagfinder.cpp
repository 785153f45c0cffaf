#include "leadlagfinder.h"

#include <algorithm>
#include <map>

namespace pegboard {

std::vector<std::int64_t> LeadLagFinder::onsets(std::vector<std::pair<std::int64_t, double>> prices,
                                                const Options &o)
{
    std::sort(prices.begin(), prices.end());
    std::vector<std::int64_t> out;
    std::int64_t lastNear = prices.empty() ? 0 : prices.front().first; // last time within onsetBps
    std::int64_t recoveredAt = -1; // when the price came back near the peg; -1: it has not
    bool inEpisode = false;
    for (const auto &[ms, price] : prices) {
        const double bps = (price - 1) * 10000;
        if (inEpisode) {
            // Over only once the price has stayed near the peg for quietMs.
            if (bps > -o.onsetBps) {
                if (recoveredAt < 0)
                    recoveredAt = ms;
                if (ms - recoveredAt >= o.quietMs)
                    inEpisode = false;
            } else {
                recoveredAt = -1;
            }
        } else if (bps <= -o.thresholdBps) {
            out.push_back(lastNear);
            inEpisode = true;
            recoveredAt = -1;
        }
        if (bps > -o.onsetBps)
            lastNear = ms;
    }
    return out;
}

double LeadLagFinder::medianLagMinutes(const std::vector<LeadLag> &pairs)
{
    std::vector<std::int64_t> lags;
    for (const LeadLag &pair : pairs)
        for (const auto &[leader, follower] : pair.onsets)
            lags.push_back(follower - leader);
    if (lags.empty())
        return 0;
    std::sort(lags.begin(), lags.end());
    const std::size_t mid = lags.size() / 2;
    return (lags.size() % 2 ? double(lags[mid]) : double(lags[mid - 1] + lags[mid]) / 2) / 60000.0;
}

std::vector<LeadLag> LeadLagFinder::find(std::span<const FeedSample> feeds, const Options &o)
{
    static const QString prefix = QStringLiteral("price:");
    std::map<QString, std::vector<std::pair<std::int64_t, double>>> prices;
    for (const FeedSample &f : feeds)
        if (f.series.startsWith(prefix) && !f.stale)
            prices[f.series.mid(prefix.size())].emplace_back(f.timestampMs, f.value);
    std::map<QString, std::vector<std::int64_t>> episodes;
    for (auto &[coin, series] : prices)
        episodes[coin] = onsets(std::move(series), o);

    std::vector<LeadLag> out;
    for (const auto &[leader, leads] : episodes)
        for (const auto &[follower, follows] : episodes) {
            if (leader == follower)
                continue;
            LeadLag pair{leader, follower, {}, 0};
            for (const std::int64_t start : leads) {
                const auto next = std::upper_bound(follows.begin(), follows.end(), start);
                if (next != follows.end() && *next - start <= o.maxLagMs)
                    pair.onsets.emplace_back(start, *next);
            }
            if (int(pair.onsets.size()) < o.minEpisodes)
                continue;
            pair.medianLagMinutes = medianLagMinutes({pair});
            out.push_back(std::move(pair));
        }
    std::stable_sort(out.begin(), out.end(),
                     [](const LeadLag &a, const LeadLag &b) { return a.onsets.size() > b.onsets.size(); });
    return out;
}

} // namespace pegboard
