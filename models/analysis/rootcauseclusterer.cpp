#include "rootcauseclusterer.h"

#include "domain/issuetype.h"
#include "incidentmerger.h"
#include "statistics.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <random>

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

namespace {
// How alike reports of one type are by chance, and so how many neighbours make a report the core
// of an incident rather than part of the steady background. A fixed count does not scale: at a
// million reports every ordinary report has a dozen look-alikes within hours. The window narrows
// until chance alone brings about `backgroundNeighbours`, and a core needs significantly more.
struct Background
{
    std::int64_t windowMs = 0;
    int coreNeighbours = 0;
};

template<typename Comparable, typename Similarity>
std::vector<Background> backgroundOf(const Snapshot &s, const std::vector<std::uint32_t> &order,
                                     const RootCauseClusterer::Options &o, Comparable comparable,
                                     Similarity similarity)
{
    std::vector<Background> out(std::size_t(s.types.size()) + 1, {o.windowMs, o.minNeighbours});
    if (order.size() < 2)
        return out;
    // Judged over at least a week: a short view in the middle of an incident is not its own background.
    const double span = double(std::max<std::int64_t>(
        o.minBackgroundSpanMs, s.reportedMs[order.back()] - s.reportedMs[order.front()]));
    std::vector<std::vector<std::uint32_t>> byType(out.size());
    for (std::uint32_t row : order)
        byType[s.type[row]].push_back(row);
    std::mt19937_64 rng(1); // the same snapshot always clusters the same way
    for (std::size_t t = 0; t < byType.size(); ++t) {
        const std::vector<std::uint32_t> &rows = byType[t];
        if (rows.size() < 2)
            continue;
        const int samples = int(std::min<std::size_t>(4000, rows.size() * 4));
        int alike = 0;
        for (int k = 0; k < samples; ++k) {
            const std::uint32_t a = rows[rng() % rows.size()], b = rows[rng() % rows.size()];
            const auto dt = std::int64_t(rng() % std::uint64_t(std::max<std::int64_t>(1, o.windowMs)));
            alike += a != b && comparable(a, b) && similarity(a, b, dt, o.windowMs) >= o.minSimilarity;
        }
        const double p = std::max(1.0 / samples, double(alike) / samples);
        const double rate = double(rows.size()) / span; // per millisecond
        double window = double(o.windowMs);
        if (2 * rate * window * p > o.backgroundNeighbours)
            window = std::max(double(o.minWindowMs), o.backgroundNeighbours / (2 * rate * p));
        const auto candidates = std::max<long long>(1, std::llround(2 * rate * window));
        int core = o.minNeighbours;
        while (core < o.maxNeighbours / 2 &&
               Statistics::logBinomialUpperTail(core, candidates, std::min(1.0, p)) > std::log(o.coreAlpha))
            ++core;
        out[t] = {std::int64_t(window), core};
    }
    return out;
}
} // namespace

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
    auto similarity = [&](std::uint32_t a, std::uint32_t b, std::int64_t dt, std::int64_t window) {
        return (textWeight * (textWeight > 0 ? jaccard(tokenSets[a], tokenSets[b]) : 0) +
                o.contextWeight * contextSimilarity(s, a, b) +
                o.timeWeight * (1 - double(dt) / double(window))) /
               weightSum;
    };
    const std::vector<Background> background = backgroundOf(s, order, o, comparable, similarity);

    std::vector<std::vector<std::uint32_t>> neighbours(n);
    // Each report looks ahead for at most half the cap and is found by at most about as many
    // earlier ones. Capping whole lists instead would starve the late reports of a dense burst:
    // everyone before them full, they would find nobody and fall out of their own incident.
    const int ahead = std::max(1, o.maxNeighbours / 2);
    for (std::size_t x = 0; x < order.size(); ++x) {
        const std::uint32_t a = order[x];
        const std::int64_t window = background[s.type[a]].windowMs;
        int found = 0;
        for (std::size_t y = x + 1; y < order.size() && found < ahead; ++y) {
            const std::uint32_t b = order[y];
            const std::int64_t dt = s.reportedMs[b] - s.reportedMs[a];
            if (dt > window)
                break;
            if (comparable(a, b) && similarity(a, b, dt, window) >= o.minSimilarity) {
                neighbours[a].push_back(b);
                neighbours[b].push_back(a);
                ++found;
            }
        }
    }
    auto core = [&](std::uint32_t row) {
        return int(neighbours[row].size()) >= background[s.type[row]].coreNeighbours;
    };
    // Expand clusters from core reports (DBSCAN); border reports join the first cluster reaching them.
    int next = 0;
    std::vector<std::uint32_t> stack;
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
