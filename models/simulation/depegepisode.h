#pragma once

namespace pegboard {

// A planted depeg: the leader coin's price slides, holds, and recovers; the follower repeats the
// shape, shallower, leadMinutes later (contagion through shared collateral or pools).
struct DepegEpisode
{
    int leader = 0;   // index into MarketModel::coins()
    int follower = 0; // index into MarketModel::coins()
    int startMinute = 0;
    int slideMinutes = 0;
    int holdMinutes = 0;
    int recoverMinutes = 0;
    double depth = 0;         // leader's largest deviation below 1.0 (0.03 = price 0.97)
    double followerDepth = 0; // follower's largest deviation
    int leadMinutes = 0;

    int startOf(bool follower_) const { return startMinute + (follower_ ? leadMinutes : 0); }
    // Minutes after which the coin is back within a few bps of its peg.
    int durationMinutes() const { return slideMinutes + holdMinutes + 3 * recoverMinutes; }
};

} // namespace pegboard
