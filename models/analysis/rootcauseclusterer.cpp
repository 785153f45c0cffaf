#include "rootcauseclusterer.h"

#include "incidentmerger.h"

#include <algorithm>
#include <cctype>
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

// 1 for identical context, 0 for far apart; only features both reports carry count.
double contextSimilarity(const Snapshot &s, std::size_t a, std::size_t b)
{
    const std::pair<const std::vector<float> *, float> features[] = {
        {&s.gasGwei, 100.f}, {&s.pegDeviationBps, 50.f}, {&s.volatility, 0.1f}, {&s.oracleStalenessS, 600.f}};
    double distance = 0;
    int used = 0;
    for (const auto &[column, scale] : features) {
        const float x = (*column)[a], y = (*column)[b];
        if (std::isnan(x) || std::isnan(y))
            continue;
        distance += std::min(1.0, double(std::abs(x - y)) / scale);
        ++used;
    }
    if (s.congestion[a] != StringDictionary::None && s.congestion[b] != StringDictionary::None) {
        distance += s.congestion[a] == s.congestion[b] ? 0 : 1;
        ++used;
    }
    return used ? 1 - distance / used : 0.5;
}

void summarise(RootCauseCluster &c, const Snapshot &s, const std::vector<std::vector<std::uint32_t>> &tokens)
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
    double best = -1;
    for (std::size_t i = 0; i < sample; ++i) {
        double sum = 0;
        for (std::size_t j = 0; j < sample; ++j)
            sum += RootCauseClusterer::jaccard(tokens[c.rows[i]], tokens[c.rows[j]]);
        if (sum > best) {
            best = sum;
            c.representativeTitle = QString::fromStdString(s.titles[c.rows[i]]);
        }
    }
}
} // namespace

std::vector<std::uint32_t> RootCauseClusterer::tokens(std::string_view text)
{
    std::vector<std::uint32_t> out;
    std::uint32_t hash = 2166136261u;
    int letters = 0;
    auto flush = [&] {
        if (letters >= 2)
            out.push_back(hash);
        hash = 2166136261u;
        letters = 0;
    };
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) {
            hash = (hash ^ std::uint32_t(std::tolower(c))) * 16777619u; // FNV-1a
            letters += std::isalpha(c) || c >= 0x80;
        } else {
            flush();
        }
    }
    flush();
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
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
    std::vector<std::vector<std::uint32_t>> tokenSets(n);
    if (s.hasText)
        for (std::size_t i = 0; i < n; ++i)
            tokenSets[i] = tokens(s.titles[i] + ' ' + s.bodies[i]);
    const double textWeight = s.hasText ? o.textWeight : 0;
    const double weightSum = textWeight + o.contextWeight + o.timeWeight;

    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (s.reportedMs[i] != Snapshot::NoTime && s.type[i] != StringDictionary::None)
            order.push_back(std::uint32_t(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return s.reportedMs[a] < s.reportedMs[b]; });

    auto offPeg = [&](std::uint32_t row) { return std::abs(s.pegDeviationBps[row]) >= o.offPegBps; };
    std::vector<std::vector<std::uint32_t>> neighbours(n);
    for (std::size_t x = 0; x < order.size(); ++x) {
        const std::uint32_t a = order[x];
        for (std::size_t y = x + 1; y < order.size(); ++y) {
            const std::uint32_t b = order[y];
            const std::int64_t dt = s.reportedMs[b] - s.reportedMs[a];
            if (dt > o.windowMs || int(neighbours[a].size()) >= o.maxNeighbours)
                break;
            if (s.type[a] != s.type[b] || int(neighbours[b].size()) >= o.maxNeighbours)
                continue;
            // While a coin is off its peg, its reports are about that coin: a second coin sliding
            // hours later is its own incident, even when the two look alike.
            if (s.symbol[a] != s.symbol[b] && (offPeg(a) || offPeg(b)))
                continue;
            const double similarity =
                (textWeight * (textWeight > 0 ? jaccard(tokenSets[a], tokenSets[b]) : 0) +
                 o.contextWeight * contextSimilarity(s, a, b) +
                 o.timeWeight * (1 - double(dt) / double(o.windowMs))) /
                weightSum;
            if (similarity >= o.minSimilarity) {
                neighbours[a].push_back(b);
                neighbours[b].push_back(a);
            }
        }
    }
    // Expand clusters from core reports (DBSCAN); border reports join the first cluster reaching them.
    int next = 0;
    std::vector<std::uint32_t> stack;
    for (std::uint32_t seed : order) {
        if (result.labels[seed] >= 0 || int(neighbours[seed].size()) < o.minNeighbours)
            continue;
        const int id = next++;
        result.labels[seed] = id;
        stack.assign(1, seed);
        while (!stack.empty()) {
            const std::uint32_t p = stack.back();
            stack.pop_back();
            if (int(neighbours[p].size()) < o.minNeighbours)
                continue; // border: belongs, but does not extend the cluster
            for (std::uint32_t q : neighbours[p])
                if (result.labels[q] < 0) {
                    result.labels[q] = id;
                    stack.push_back(q);
                }
        }
    }
    if (o.mergeIncidents)
        next = IncidentMerger::merge(s, result.labels);
    result.clusters.resize(std::size_t(next));
    for (std::size_t i = 0; i < n; ++i)
        if (result.labels[i] >= 0)
            result.clusters[std::size_t(result.labels[i])].rows.push_back(std::uint32_t(i));
    for (int id = 0; id < next; ++id) {
        result.clusters[std::size_t(id)].id = id;
        summarise(result.clusters[std::size_t(id)], s, tokenSets);
    }
    std::stable_sort(result.clusters.begin(), result.clusters.end(),
                     [](const auto &a, const auto &b) { return a.rows.size() > b.rows.size(); });
    return result;
}

} // namespace pegboard
