#pragma once

#include "snapshot.h"

#include <cstdint>
#include <vector>

namespace pegboard {

// Applies the stored cluster corrections in force, oldest first, to the clusterer's labels: a
// merge joins the clusters that now hold its reports (must-link), a split puts its second set in
// a cluster of its own (cannot-link with the first), a move takes one report out of its cluster
// into the cluster holding the target reports. Applied after every automatic step, so a
// correction holds in every later analysis whatever the data added since; reports it names that
// are outside the window are ignored.
class CorrectionApplier
{
public:
    // labels: per snapshot row a cluster id below `count`, or -1. Rewritten and renumbered from 0;
    // returns the new count. shapedBy[id]: the corrections that changed cluster `id`.
    static int apply(const Snapshot &snapshot, std::vector<int> &labels, int count,
                     std::vector<std::vector<std::int64_t>> &shapedBy);
};

} // namespace pegboard
