#pragma once

#include "clusterexplanation.h"
#include "pairsimilarity.h"
#include "snapshot.h"

#include <array>
#include <functional>

namespace pegboard {

// Says why a cluster's members belong together: the context fields whose range among them is far
// narrower than in the window, the categories most of them share, the time span, which channels
// of PairSimilarity carried the evidence between members next to each other in time, and how
// strongly (cohesion: the mean of those pairs' evidence over what a link needs, capped at 1).
class ClusterExplainer
{
public:
    ClusterExplainer(const Snapshot &snapshot, const PairSimilarity &similarity, double linkP);

    ClusterExplanation explain(const std::vector<std::uint32_t> &rows,
                               const std::function<std::int64_t(std::uint32_t)> &windowOf) const;

    static constexpr int NumericCount = 7;
    static const char *numericKey(int feature);

private:
    const Snapshot &m_s;
    const PairSimilarity &m_similarity;
    double m_logLinkP;
    std::array<double, NumericCount> m_low{}, m_high{};
};

} // namespace pegboard
