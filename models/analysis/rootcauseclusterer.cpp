#include "rootcauseclusterer.h"

#include "cascadelinker.h"
#include "clusterexplainer.h"
#include "correctionapplier.h"
#include "domain/issuetype.h"
#include "duplicatelinker.h"
#include "incidentmerger.h"
#include "pairblocking.h"
#include "pairsimilarity.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace pegboard {

namespace {
float median(std::vector<float> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](float x) { return std::isnan(x); }), v.end());
    if (v.empty())
        return NAN;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
    return v[v.size() / 2];
}

void summarise(RootCauseCluster &c, const Snapshot &s)
{
    std::map<std::uint16_t, int> typeCounts, congestionCounts;
    std::vector<float> gas, peg, staleness;
    c.fromMs = std::numeric_limits<std::int64_t>::max();
    c.toMs = std::numeric_limits<std::int64_t>::min();
    for (std::uint32_t r : c.rows) {
        ++typeCounts[s.type[r]];
        if (s.congestion[r] != StringDictionary::None)
            ++congestionCounts[s.congestion[r]];
        gas.push_back(s.gasGwei[r]);
        peg.push_back(std::abs(s.pegDeviationBps[r]));
        staleness.push_back(s.oracleStalenessS[r]);
        c.fromMs = std::min(c.fromMs, s.reportedMs[r]);
        c.toMs = std::max(c.toMs, s.reportedMs[r]);
        const float loss = std::isnan(s.actualLossUsd[r]) ? s.estimatedLossUsd[r] : s.actualLossUsd[r];
        if (!std::isnan(loss))
            c.totalLossUsd += loss;
    }
    auto mode = [](const std::map<std::uint16_t, int> &m) {
        return std::max_element(m.begin(), m.end(), [](auto &a, auto &b) { return a.second < b.second; });
    };
    const auto dominant = mode(typeCounts);
    c.dominantType = s.types.text(dominant->first);
    c.dominantShare = double(dominant->second) / double(c.rows.size());
    if (!congestionCounts.empty())
        c.congestion = s.congestionLevels.text(mode(congestionCounts)->first);
    c.medianGasGwei = median(gas);
    c.medianPegDeviationBps = median(peg);
    c.medianOracleStalenessS = median(staleness);
    if (!s.hasText)
        return;
    // The title most like the others: the medoid by token overlap, over a bounded sample.
    const std::size_t sample = std::min<std::size_t>(c.rows.size(), 64);
    std::vector<std::vector<std::uint32_t>> tokens(sample);
    for (std::size_t i = 0; i < sample; ++i)
        tokens[i] = RootCauseClusterer::tokens(s.titles[c.rows[i]] + ' ' + s.bodies[c.rows[i]]);
    double best = -1;
    for (std::size_t i = 0; i < sample; ++i) {
        double sum = 0;
        for (std::size_t j = 0; j < sample; ++j)
            sum += RootCauseClusterer::jaccard(tokens[i], tokens[j]);
        if (sum > best) {
            best = sum;
            c.representativeTitle = QString::fromStdString(s.titles[c.rows[i]]);
        }
    }
}

// How many links a report needs to be a core, in how wide a window. A fixed count does not
// scale: at a million reports every ordinary report has look-alikes within hours. A link is a
// pair whose combined p-value is below linkP, so chance links a pair with probability at most
// linkP whichever fields are present; the window narrows until chance brings at most
// `backgroundNeighbours`, and a core needs significantly more than chance brings.
struct Background
{
    std::int64_t windowMs = 0;
    int coreNeighbours = 0;
    double ratePerMs = 0;
    double logAlpha = 0;
};

std::vector<Background> backgroundOf(const Snapshot &s, const std::vector<std::uint32_t> &order,
                                     const RootCauseClusterer::Options &o)
{
    std::vector<Background> out(std::size_t(s.types.size()) + 1, {o.windowMs, o.minNeighbours, 0, 0});
    if (order.size() < 2)
        return out;
    // Judged over at least a week: a short view in the middle of an incident is not its own background.
    const double span = double(std::max<std::int64_t>(
        o.minBackgroundSpanMs, s.reportedMs[order.back()] - s.reportedMs[order.front()]));
    std::vector<std::size_t> perType(out.size(), 0);
    for (std::uint32_t row : order)
        ++perType[s.type[row]];
    for (std::size_t t = 0; t < out.size(); ++t) {
        if (perType[t] == 0)
            continue;
        const double rate = double(perType[t]) / span;
        double window = double(o.windowMs);
        if (2 * rate * window * o.linkP > o.backgroundNeighbours)
            window = std::max(double(o.minWindowMs), o.backgroundNeighbours / (2 * rate * o.linkP));
        const auto candidates = std::max<long long>(1, std::llround(2 * rate * window));
        // Every report of the type is tested: the threshold tightens with their number.
        const double logAlpha = std::log(std::min(o.coreAlpha, 0.05 / double(perType[t])));
        int core = o.minNeighbours;
        while (core < o.maxNeighbours / 2 &&
               Statistics::logBinomialUpperTail(core, candidates, o.linkP) > logAlpha)
            ++core;
        out[t] = {std::int64_t(window), core, rate, logAlpha};
    }
    return out;
}

// A report in a burst of its type: many times more of the type around it than the type's rate
// brings, and significantly so (every report of the type is tested). Judged against the whole
// window's rate, not the surrounding hours: a depeg reported for ten hours raises those hours too.
std::vector<char> burstCores(const Snapshot &s, const std::vector<std::vector<std::uint32_t>> &byType,
                             const std::vector<Background> &background, const RootCauseClusterer::Options &o)
{
    std::vector<char> out(s.size(), 0);
    for (std::size_t t = 0; t < byType.size(); ++t) {
        const auto &rows = byType[t];
        const double expected = background[t].ratePerMs * 2 * double(o.burstMs);
        const double share = std::min(1.0, expected / std::max<double>(1, double(rows.size())));
        std::size_t lo = 0, hi = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::int64_t at = s.reportedMs[rows[i]];
            while (s.reportedMs[rows[lo]] < at - o.burstMs)
                ++lo;
            hi = std::max(hi, i);
            while (hi + 1 < rows.size() && s.reportedMs[rows[hi + 1]] <= at + o.burstMs)
                ++hi;
            const auto near = static_cast<long long>(hi - lo); // besides itself
            out[rows[i]] = near >= o.burstMinReports && double(near) >= o.burstLift * expected &&
                           Statistics::logBinomialUpperTail(near, static_cast<long long>(rows.size()),
                                                            share) <= background[t].logAlpha;
        }
    }
    return out;
}
} // namespace

std::vector<std::uint32_t> RootCauseClusterer::tokens(std::string_view text)
{
    return PairSimilarity::tokens(text);
}

double RootCauseClusterer::jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b)
{
    if (a.empty() && b.empty())
        return 0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common, ++i, ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

ClusteringResult RootCauseClusterer::cluster(const Snapshot &s, const Options &o)
{
    const std::size_t n = s.size();
    ClusteringResult result;
    result.labels.assign(n, -1);
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (s.reportedMs[i] != Snapshot::NoTime && s.type[i] != StringDictionary::None)
            order.push_back(std::uint32_t(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return s.reportedMs[a] < s.reportedMs[b]; });
    const PairSimilarity similarity(s);
    const double logLinkP = std::log(o.linkP);

    // While a coin is off its peg, its reports are about that coin: a second coin sliding hours
    // later is its own incident, even when the two look alike. A peg deviation report is always
    // about its own coin; other kinds (an oracle stalled by gas) can hit every coin at once.
    const std::uint16_t pegType = s.types.find(IssueType::PegDeviation.toStdString());
    auto coinBound = [&](std::uint32_t row) {
        return s.type[row] == pegType || std::abs(s.pegDeviationBps[row]) >= o.offPegBps;
    };
    auto comparable = [&](std::uint32_t a, std::uint32_t b) {
        return s.type[a] == s.type[b] && (s.symbol[a] == s.symbol[b] || (!coinBound(a) && !coinBound(b)));
    };
    const std::vector<Background> background = backgroundOf(s, order, o);
    std::vector<std::vector<std::uint32_t>> byType(background.size());
    std::vector<std::uint32_t> positionInType(n, 0);
    for (std::uint32_t row : order) {
        positionInType[row] = std::uint32_t(byType[s.type[row]].size());
        byType[s.type[row]].push_back(row);
    }
    const std::vector<char> burst = burstCores(s, byType, background, o);

    std::vector<std::vector<std::uint32_t>> neighbours(n);
    // Each report looks ahead for at most half the cap and is found by at most about as many
    // earlier ones, and examines a bounded number of reports ahead (in a burst of thousands the
    // burst test decides, not pairwise evidence). Capping whole lists instead would starve the late reports
    // of a dense burst: everyone before them full, they would find nobody and fall out of their own incident.
    const int ahead = std::max(1, o.maxNeighbours / 2);
    // Only pairs that can share something besides time are compared (PairBlocking), in the same
    // order as a scan of the window would meet them, so the links are the scan's.
    const PairBlocking blocking(s, similarity);
    std::vector<std::uint32_t> candidates;
    for (const auto &rows : byType) {
        const PairBlocking::Index index = blocking.index(rows);
        for (std::size_t x = 0; x < rows.size(); ++x) {
            const std::uint32_t a = rows[x];
            const std::int64_t window = background[s.type[a]].windowMs;
            int found = 0;
            const std::size_t last = std::min(rows.size(), x + 1 + std::size_t(o.maxExamined));
            auto consider = [&](std::size_t y) {
                const std::uint32_t b = rows[y];
                const std::int64_t dt = s.reportedMs[b] - s.reportedMs[a];
                if (!comparable(a, b))
                    return;
                const PairSimilarity::Evidence e = similarity.compare(a, b, dt, window);
                if (e.shared && e.logP <= logLinkP) {
                    neighbours[a].push_back(b);
                    neighbours[b].push_back(a);
                    ++found;
                }
            };
            if (index.exhaustive()) {
                for (std::size_t y = x + 1;
                     y < last && found < ahead && s.reportedMs[rows[y]] - s.reportedMs[a] <= window; ++y)
                    consider(y);
                continue;
            }
            index.candidates(x, last, window, candidates);
            for (std::size_t k = 0; k < candidates.size() && found < ahead; ++k)
                consider(candidates[k]);
        }
    }
    auto core = [&](std::uint32_t row) {
        return burst[row] || int(neighbours[row].size()) >= background[s.type[row]].coreNeighbours;
    };
    // Expand clusters from core reports (DBSCAN); border reports join the first cluster reaching
    // them. A burst core reaches every comparable report of its type within the burst test's span.
    int next = 0;
    std::vector<std::uint32_t> stack;
    auto visit = [&](std::uint32_t q, int id) {
        if (result.labels[q] < 0) {
            result.labels[q] = id;
            stack.push_back(q);
        }
    };
    for (std::uint32_t seed : order) {
        if (result.labels[seed] >= 0 || !core(seed))
            continue;
        const int id = next++;
        result.labels[seed] = id;
        stack.assign(1, seed);
        while (!stack.empty()) {
            const std::uint32_t p = stack.back();
            stack.pop_back();
            if (!core(p))
                continue; // border: belongs, but does not extend the cluster
            for (std::uint32_t q : neighbours[p])
                visit(q, id);
            if (!burst[p])
                continue;
            const auto &rows = byType[s.type[p]];
            for (int dir : {-1, 1})
                for (std::ptrdiff_t y = std::ptrdiff_t(positionInType[p]) + dir;
                     y >= 0 && y < std::ptrdiff_t(rows.size()) &&
                     std::llabs(s.reportedMs[rows[std::size_t(y)]] - s.reportedMs[p]) <= o.burstMs;
                     y += dir)
                    if (comparable(p, rows[std::size_t(y)]))
                        visit(rows[std::size_t(y)], id);
        }
    }
    next = DuplicateLinker::join(
        s, order, result.labels, next, o.duplicateChance,
        std::max<std::int64_t>(o.minBackgroundSpanMs,
                               order.empty() ? 0 : s.reportedMs[order.back()] - s.reportedMs[order.front()]));
    if (o.mergeIncidents)
        next = IncidentMerger::merge(s, result.labels);
    std::vector<char> cascadeRow;
    next = CascadeLinker::link(s, result.labels, next, cascadeRow);
    std::vector<std::vector<std::int64_t>> shapedBy;
    next = CorrectionApplier::apply(s, result.labels, next, shapedBy);
    result.clusters.resize(std::size_t(next));
    for (std::size_t i = 0; i < n; ++i)
        if (result.labels[i] >= 0)
            result.clusters[std::size_t(result.labels[i])].rows.push_back(std::uint32_t(i));
    ClusterExplainer explainer(s, similarity, o.linkP);
    for (int id = 0; id < next; ++id) {
        RootCauseCluster &c = result.clusters[std::size_t(id)];
        c.id = id;
        summarise(c, s);
        c.explanation =
            explainer.explain(c.rows, [&](std::uint32_t row) { return background[s.type[row]].windowMs; });
        const auto cascade =
            std::count_if(c.rows.begin(), c.rows.end(), [&](auto r) { return cascadeRow[r]; });
        if (2 * std::size_t(cascade) >= c.rows.size())
            c.explanation.kind = QStringLiteral("cascade");
        for (std::int64_t correction : shapedBy[std::size_t(id)])
            c.explanation.corrections << QString::number(correction);
    }
    std::stable_sort(result.clusters.begin(), result.clusters.end(),
                     [](const auto &a, const auto &b) { return a.rows.size() > b.rows.size(); });
    return result;
}

} // namespace pegboard
