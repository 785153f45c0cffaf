#pragma once

#include "domain/feedsample.h"

#include <QString>
#include <cstdint>
#include <span>
#include <vector>

namespace pegboard {

// One coin's trouble leading another's: from the recorded prices, each coin's depeg episodes
// (a slide below the peg by `thresholdBps`), and for every ordered pair of coins how often an
// episode of the first was followed by one of the second within `maxLagMs`, and by how long.
struct LeadLag
{
    QString leader, follower;
    std::vector<std::pair<std::int64_t, std::int64_t>> onsets; // leader's, follower's (ms)
    double medianLagMinutes = 0;
};

class LeadLagFinder
{
public:
    struct Options
    {
        double thresholdBps = 50;             // an episode: the price this far below the peg
        double onsetBps = 3;                  // its onset: the last moment before that it was this close
        std::int64_t quietMs = 3600 * 1000LL; // back near the peg this long ends an episode
        std::int64_t maxLagMs = 12 * 3600 * 1000LL;
        int minEpisodes = 1; // raise to ask for a pair that repeats
    };

    // Pairs seen at least minEpisodes times, most episodes first.
    static std::vector<LeadLag> find(std::span<const FeedSample> feeds, const Options &options);
    static std::vector<LeadLag> find(std::span<const FeedSample> feeds) { return find(feeds, Options{}); }
    // The median of every pair's lags together: how long a follower takes, whichever coins.
    static double medianLagMinutes(const std::vector<LeadLag> &pairs);
    // Onsets (ms) of one price series' depeg episodes, samples in any order.
    static std::vector<std::int64_t> onsets(std::vector<std::pair<std::int64_t, double>> prices,
                                            const Options &options);
};

} // namespace pegboard
