#pragma once

#include "snapshot.h"

#include <cstdint>
#include <vector>

namespace pegboard {

// The article's cascade: a run of minor oracle delays on one coin, then a major incident on the
// same coin within two hours. The run is found by a scan over each coin's minor oracle failures:
// an hour holding far more of them than the coin's rate outside any group explains (exact
// binomial, family-wise over every hour tested), so at a few reports a day eight delays in an hour
// stand out, while at a million reports the same eight among the background do not. The major
// reports (other types) on the coin from the run's start to two hours later join it. Its reports
// leave the small groups the similarity pass put them in; a much larger incident (a gas window
// stalling every oracle, a depeg) keeps its own.
class CascadeLinker
{
public:
    struct Options
    {
        int minorMaxSeverity = 2;
        int majorMinSeverity = 4;
        std::int64_t runMs = 60 * 60 * 1000LL;     // the scan's window
        std::int64_t followMs = 2 * 3600 * 1000LL; // majors this long after the run's start
        int minRunReports = 3;
        double largerIncident = 4; // a group this many times a cascade's size keeps its reports
        double familyAlpha = 0.01;
    };

    // labels: per row a cluster id below `count`, or -1; cascades become new ids. cascadeRow[i]
    // is set for every row that joined a cascade. Returns the new count.
    static int link(const Snapshot &snapshot, std::vector<int> &labels, int count,
                    std::vector<char> &cascadeRow, const Options &options);
    static int link(const Snapshot &snapshot, std::vector<int> &labels, int count,
                    std::vector<char> &cascadeRow)
    {
        return link(snapshot, labels, count, cascadeRow, Options{});
    }
};

} // namespace pegboard
