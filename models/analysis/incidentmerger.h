#pragma once

#include "snapshot.h"

#include <cstdint>
#include <vector>

namespace pegboard {

// Joins the type-pure groups the clusterer finds into incidents on one asset. A depeg is reported
// as peg alerts, failed arbitrage, drained liquidity and stale oracles at once; a cascade is a run
// of minor oracle delays followed by major incidents on the same coin. Groups are joined only
// when each is a burst for its asset (far more reports in its span than the asset's background
// rate explains), so the steady trickle of unrelated reports never chains into one incident.
// Reports of one type that name the same contract, when that contract is named almost only by
// that type, are one incident however far apart in time (a bug keeps being reported until fixed).
class IncidentMerger
{
public:
    struct Options
    {
        std::int64_t gapMs = 30 * 60 * 1000LL;           // bursts this close on one asset are one incident
        std::int64_t marginMs = 30 * 60 * 1000LL;        // lone reports this close to an incident join it
        std::int64_t minSpanMs = 30 * 60 * 1000LL;       // a burst's rate is judged over at least this
        double dominantShare = 0.6;                      // of a group's reports on its asset
        double maxLogP = -20;                            // burst test: ln P(this many by chance)
        int minContractReports = 3;                      // reports of one type naming one contract
        double contractTypeShare = 0.8;                  // of all reports naming it, for it to be that type's
        std::int64_t contractGapMs = 7 * 86400 * 1000LL; // a longer silence starts a new incident
    };

    // labels: per snapshot row a group id or -1; rewritten in place, ids renumbered from 0.
    // Returns the number of groups afterwards.
    static int merge(const Snapshot &snapshot, std::vector<int> &labels, const Options &options);
    static int merge(const Snapshot &snapshot, std::vector<int> &labels)
    {
        return merge(snapshot, labels, Options{});
    }

private:
    static void linkByContract(const Snapshot &snapshot, std::vector<int> &labels, std::vector<int> &parent,
                               const Options &options);
};

} // namespace pegboard
