#pragma once

#include "snapshot.h"

#include <cstdint>
#include <vector>

namespace pegboard {

// Repeats are one event: the same alert filed again each cycle, one contract or transaction
// reported twice. Reports with the same non-empty title (of one type and coin), the same first contract
// (of one type) or the same first transaction (any type) are joined when they follow each other
// sooner than chance would bring that value back — a title every report of a template carries
// repeats every few minutes anyway, and only repeats far closer than that say "the same event".
class DuplicateLinker
{
public:
    // labels: per row a cluster id below `count`, or -1; rewritten so that joined rows share one
    // id (ids renumbered from 0). `chance`: how many repeats chance may bring within the gap.
    // `spanMs`: the history the values' rates are judged over. Returns the number of clusters.
    static int join(const Snapshot &snapshot, const std::vector<std::uint32_t> &timeOrder,
                    std::vector<int> &labels, int count, double chance, std::int64_t spanMs);
    // Lower-case, whitespace collapsed: what makes two titles "the same".
    static std::uint64_t titleKey(std::string_view title);
};

} // namespace pegboard
