#include "pairsimilarity.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <random>

namespace pegboard {

namespace {
constexpr std::int64_t NearMs = 6 * 3600 * 1000LL; // "about the same time" for the context null
constexpr std::size_t DfBuckets = std::size_t(1) << 22;

const std::vector<float> &numericColumn(const Snapshot &s, int feature)
{
    switch (feature) {
    case 0:
        return s.gasGwei;
    case 1:
        return s.pendingTx;
    case 2:
        return s.pegDeviationBps;
    case 3:
        return s.volatility;
    case 4:
        return s.volumeUsd;
    case 5:
        return s.collateralRatio;
    default:
        return s.oracleStalenessS;
    }
}

std::size_t dfSlot(std::uint16_t type, std::uint32_t token)
{
    std::uint64_t h = (std::uint64_t(type) << 32 | token) * 0x9E3779B97F4A7C15ull;
    return std::size_t(h >> 42) & (DfBuckets - 1);
}
} // namespace

const char *PairSimilarity::channelKey(int channel)
{
    static const char *const keys[ChannelCount] = {"text",   "network",  "price",    "protocol_state", "time",
                                                   "symbol", "protocol", "reporter", "contract_or_tx"};
    return channel >= 0 && channel < ChannelCount ? keys[channel] : "";
}

std::vector<std::uint32_t> PairSimilarity::tokens(std::string_view text)
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

double PairSimilarity::logFisher(int k, double s)
{
    if (k <= 0 || s <= 0)
        return 0;
    double term = 1, sum = 1;
    for (int i = 1; i < k; ++i) {
        term *= s / i;
        sum += term;
    }
    return std::min(0.0, -s + std::log(sum));
}

PairSimilarity::PairSimilarity(const Snapshot &s, const Options &options)
    : m_s(s)
    , m_options(options)
{
    m_rows = std::max<double>(1, double(s.size()));
    std::vector<std::uint32_t> order;
    order.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.reportedMs[i] != Snapshot::NoTime && s.type[i] != StringDictionary::None)
            order.push_back(std::uint32_t(i));
    std::stable_sort(order.begin(), order.end(),
                     [&](auto a, auto b) { return s.reportedMs[a] < s.reportedMs[b]; });
    buildText(s);
    buildRanks(s);
    buildShares(s);
    buildNulls(s, order);
}

void PairSimilarity::buildText(const Snapshot &s)
{
    const std::size_t n = s.size();
    m_textBegin.assign(n + 1, 0);
    m_norms.assign(n, 0);
    if (!s.hasText)
        return;
    std::vector<std::vector<std::uint32_t>> tokenSets(n);
    std::vector<std::uint32_t> df(DfBuckets, 0);
    std::vector<double> typeRows(std::size_t(s.types.size()) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        tokenSets[i] = tokens(s.titles[i] + ' ' + s.bodies[i]);
        const std::uint16_t t =
            s.type[i] == StringDictionary::None ? std::uint16_t(s.types.size()) : s.type[i];
        typeRows[t] += 1;
        for (std::uint32_t token : tokenSets[i])
            ++df[dfSlot(t, token)];
    }
    std::vector<Term> row;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint16_t t =
            s.type[i] == StringDictionary::None ? std::uint16_t(s.types.size()) : s.type[i];
        row.clear();
        double norm = 0;
        for (std::uint32_t token : tokenSets[i]) {
            // A word in every report of the type weighs nothing; a word of one burst weighs much.
            const double idf = std::log((typeRows[t] + 1) / (double(df[dfSlot(t, token)]) + 1));
            if (idf <= 1e-6)
                continue;
            row.push_back({token, float(idf)});
            norm += idf * idf;
        }
        m_norms[i] = float(std::sqrt(norm));
        m_terms.insert(m_terms.end(), row.begin(), row.end());
        m_textBegin[i + 1] = m_terms.size();
        std::vector<std::uint32_t>().swap(tokenSets[i]);
    }
}

void PairSimilarity::buildRanks(const Snapshot &s)
{
    m_ranks.assign(s.size(), {});
    std::vector<float> sorted;
    for (int f = 0; f < NumericCount; ++f) {
        const std::vector<float> &column = numericColumn(s, f);
        sorted.clear();
        for (float v : column)
            if (!std::isnan(v))
                sorted.push_back(v);
        std::sort(sorted.begin(), sorted.end());
        const double m = double(sorted.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            const float v = column[i];
            if (std::isnan(v)) {
                m_ranks[i][std::size_t(f)] = Missing;
                continue;
            }
            const auto lo = std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin();
            const auto hi = std::upper_bound(sorted.begin(), sorted.end(), v) - sorted.begin();
            m_ranks[i][std::size_t(f)] = std::uint16_t(std::lround(double(lo + hi) / 2 / m * RankScale));
        }
    }
}

void PairSimilarity::buildShares(const Snapshot &s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.contract[i])
            ++m_contracts[s.contract[i]];
        if (s.txHash[i])
            ++m_txs[s.txHash[i]];
        if (s.reporter[i])
            ++m_reporters[s.reporter[i]];
    }
    m_symbolCounts.assign(std::size_t(s.symbols.size()), 0);
    m_protocolCounts.assign(std::size_t(s.protocols.size()), 0);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.symbol[i] != StringDictionary::None)
            ++m_symbolCounts[s.symbol[i]];
        if (s.protocol[i] != StringDictionary::None)
            ++m_protocolCounts[s.protocol[i]];
    }
}

void PairSimilarity::buildNulls(const Snapshot &s, const std::vector<std::uint32_t> &order)
{
    std::mt19937_64 rng(1); // the same snapshot always gives the same judgement
    const std::size_t n = order.size();
    // Context: reports of other types near in time, what the market alone makes alike.
    std::array<std::vector<std::uint32_t>, NumericCount> counts;
    for (auto &c : counts)
        c.assign(Bins, 0);
    std::array<std::uint32_t, NumericCount> totals{};
    std::array<double, 2> matches{}, compared{};
    std::vector<std::uint32_t> near;
    for (int k = 0; n > 1 && k < m_options.nullSamples * 2; ++k) {
        const std::size_t x = std::size_t(rng() % n);
        const std::uint32_t a = order[x];
        near.clear();
        for (int dir : {-1, 1}) {
            int found = 0;
            for (std::ptrdiff_t y = std::ptrdiff_t(x) + dir, steps = 0;
                 y >= 0 && y < std::ptrdiff_t(n) && steps < 64 && found < 4; y += dir, ++steps) {
                const std::uint32_t c = order[std::size_t(y)];
                if (std::llabs(s.reportedMs[c] - s.reportedMs[a]) > NearMs)
                    break;
                if (s.type[c] != s.type[a]) {
                    near.push_back(c);
                    ++found;
                }
            }
        }
        if (near.empty())
            continue;
        const std::uint32_t c = near[rng() % near.size()];
        for (int f = 0; f < NumericCount; ++f) {
            const std::uint16_t ra = m_ranks[a][std::size_t(f)], rc = m_ranks[c][std::size_t(f)];
            if (ra == Missing || rc == Missing)
                continue;
            const double d = std::abs(double(ra) - double(rc)) / RankScale;
            ++counts[std::size_t(f)][std::size_t(std::min(Bins - 1, int(d * Bins)))];
            ++totals[std::size_t(f)];
        }
        const std::uint16_t *categories[2][2] = {{&s.congestion[a], &s.congestion[c]},
                                                 {&s.mev[a], &s.mev[c]}};
        for (int g = 0; g < 2; ++g)
            if (*categories[g][0] != StringDictionary::None && *categories[g][1] != StringDictionary::None) {
                compared[std::size_t(g)] += 1;
                matches[std::size_t(g)] += *categories[g][0] == *categories[g][1];
            }
    }
    for (int f = 0; f < NumericCount; ++f) {
        std::vector<float> &table = m_rankNull[std::size_t(f)];
        table.resize(Bins);
        std::uint64_t cumulative = 0;
        const double total = totals[std::size_t(f)];
        for (int b = 0; b < Bins; ++b) {
            cumulative += counts[std::size_t(f)][std::size_t(b)];
            const double d = double(b + 1) / Bins;
            // Too few pairs to judge by (one type only): what independent values give.
            table[std::size_t(b)] = total >= 100 ? float((double(cumulative) + 1) / (total + 1))
                                                 : float(std::min(1.0, 2 * d - d * d));
        }
    }
    for (int g = 0; g < 2; ++g)
        m_categoryMatchP[std::size_t(g)] =
            compared[std::size_t(g)] >= 100 ? (matches[std::size_t(g)] + 1) / (compared[std::size_t(g)] + 1)
                                            : 0.5;
    // compare() runs for every candidate pair: its logarithms are looked up, not computed.
    for (int f = 0; f < NumericCount; ++f) {
        m_rankLogNull[std::size_t(f)].resize(Bins);
        for (int b = 0; b < Bins; ++b)
            m_rankLogNull[std::size_t(f)][std::size_t(b)] =
                std::log(double(m_rankNull[std::size_t(f)][std::size_t(b)]));
    }
    for (int g = 0; g < 2; ++g)
        m_categoryLogMatchP[std::size_t(g)] = std::log(m_categoryMatchP[std::size_t(g)]);

    // Text: same-type pairs at least a day apart — unrelated, yet written in the type's words.
    const std::size_t types = std::size_t(s.types.size());
    m_textNull.assign(types + 1, {});
    if (!s.hasText || n < 2)
        return;
    std::vector<std::vector<std::uint32_t>> byType(types);
    for (std::uint32_t row : order)
        byType[s.type[row]].push_back(row);
    const int perType = 4000;
    for (std::size_t t = 0; t < types; ++t) {
        const auto &rows = byType[t];
        if (rows.size() < 2)
            continue;
        std::vector<float> &sample = m_textNull[t];
        for (int k = 0; k < perType * 4 && int(sample.size()) < perType; ++k) {
            const std::uint32_t a = rows[rng() % rows.size()], b = rows[rng() % rows.size()];
            if (a == b || !hasText(a) || !hasText(b))
                continue;
            if (std::llabs(s.reportedMs[a] - s.reportedMs[b]) < m_options.farMs && k < perType * 2)
                continue; // after half the tries, a short history takes what it has
            sample.push_back(float(sharedInformation(a, b)));
        }
        m_textNull[types].insert(m_textNull[types].end(), sample.begin(), sample.end());
    }
    for (auto &sample : m_textNull)
        std::sort(sample.begin(), sample.end());
}

std::pair<double, double> PairSimilarity::overlap(std::uint32_t a, std::uint32_t b) const
{
    std::size_t i = m_textBegin[a], j = m_textBegin[b];
    const std::size_t iEnd = m_textBegin[a + 1], jEnd = m_textBegin[b + 1];
    double dot = 0, shared = 0;
    while (i < iEnd && j < jEnd) {
        if (m_terms[i].token == m_terms[j].token) {
            dot += double(m_terms[i].weight) * m_terms[j].weight;
            shared += std::min(m_terms[i].weight, m_terms[j].weight);
            ++i, ++j;
        } else if (m_terms[i].token < m_terms[j].token) {
            ++i;
        } else {
            ++j;
        }
    }
    return {dot, shared};
}

double PairSimilarity::textCosine(std::uint32_t a, std::uint32_t b) const
{
    if (!hasText(a) || !hasText(b))
        return 0;
    return std::min(1.0, overlap(a, b).first / (double(m_norms[a]) * m_norms[b]));
}

double PairSimilarity::sharedInformation(std::uint32_t a, std::uint32_t b) const
{
    return overlap(a, b).second;
}

double PairSimilarity::textP(std::uint32_t a, std::uint32_t b) const
{
    const double shared = sharedInformation(a, b);
    if (shared <= 0)
        return 1;
    const std::vector<float> *null = &m_textNull[m_s.type[a]];
    if (null->size() < 50)
        null = &m_textNull.back();
    if (null->empty())
        return 1;
    // Slightly below: equal overlaps in the null count as "at least as alike".
    const auto atLeast =
        null->end() - std::lower_bound(null->begin(), null->end(), float(shared * (1 - 1e-6)));
    return (double(atLeast) + 1) / (double(null->size()) + 1);
}

double PairSimilarity::logNumericP(int feature, std::uint32_t a, std::uint32_t b) const
{
    const double d =
        std::abs(double(m_ranks[a][std::size_t(feature)]) - double(m_ranks[b][std::size_t(feature)])) /
        RankScale;
    return m_rankLogNull[std::size_t(feature)][std::size_t(std::min(Bins - 1, int(d * Bins)))];
}

double PairSimilarity::shareOf(const std::unordered_map<std::uint64_t, std::uint32_t> &counts,
                               std::uint64_t key) const
{
    const auto it = counts.find(key);
    return it == counts.end() ? 1.0 / m_rows : double(it->second) / m_rows;
}

PairSimilarity::Evidence PairSimilarity::compare(std::uint32_t a, std::uint32_t b, std::int64_t dtMs,
                                                 std::int64_t windowMs) const
{
    Evidence e;
    e.surprise.fill(std::numeric_limits<float>::quiet_NaN());
    double total = 0, maxSurprise = 0;
    int k = 0;
    auto add = [&](int channel, double p) {
        p = std::clamp(p, 1e-300, 1.0);
        const double s = -std::log(p);
        if (channel != Time)
            maxSurprise = std::max(maxSurprise, s);
        e.surprise[std::size_t(channel)] = float(s);
        total += s;
        ++k;
        if (channel != Time && channel != Symbol && channel != Protocol && p <= m_options.sharedP)
            e.shared = true;
    };
    if (hasText(a) && hasText(b))
        add(Text, textP(a, b));

    // Each context group is one channel: its fields are combined first, so a group with many
    // fields does not outvote one with few.
    for (const ContextGroup &g : ContextGroups) {
        double s = 0;
        int n = 0;
        for (int f = 0; f < NumericCount; ++f)
            if ((g.features >> f & 1u) && m_ranks[a][std::size_t(f)] != Missing &&
                m_ranks[b][std::size_t(f)] != Missing) {
                s -= logNumericP(f, a, b);
                ++n;
            }
        for (int c = 0; c < 2; ++c) {
            const std::uint16_t x = c == 0 ? m_s.congestion[a] : m_s.mev[a];
            const std::uint16_t y = c == 0 ? m_s.congestion[b] : m_s.mev[b];
            if (!(g.categories >> c & 1u) || x == StringDictionary::None || y == StringDictionary::None)
                continue;
            s -= x == y ? m_categoryLogMatchP[std::size_t(c)] : 0;
            ++n;
        }
        if (n > 0)
            add(g.channel, std::exp(logFisher(n, s)));
    }

    add(Time, std::min(1.0, double(std::llabs(dtMs) + 1000) / double(std::max<std::int64_t>(1, windowMs))));

    auto category = [&](int channel, std::uint16_t x, std::uint16_t y,
                        const std::vector<std::uint32_t> &counts) {
        if (x != StringDictionary::None && y != StringDictionary::None)
            add(channel, x == y && x < counts.size() ? double(counts[x]) / m_rows : 1.0);
    };
    category(Symbol, m_s.symbol[a], m_s.symbol[b], m_symbolCounts);
    category(Protocol, m_s.protocol[a], m_s.protocol[b], m_protocolCounts);
    if (m_s.reporter[a] && m_s.reporter[b])
        add(Reporter, m_s.reporter[a] == m_s.reporter[b] ? shareOf(m_reporters, m_s.reporter[a]) : 1.0);
    const bool contracts = m_s.contract[a] && m_s.contract[b], txs = m_s.txHash[a] && m_s.txHash[b];
    if (contracts || txs) {
        double p = 1;
        if (contracts && m_s.contract[a] == m_s.contract[b])
            p = std::min(p, shareOf(m_contracts, m_s.contract[a]));
        if (txs && m_s.txHash[a] == m_s.txHash[b])
            p = std::min(p, shareOf(m_txs, m_s.txHash[a]));
        add(Identity, p);
    }
    // Fisher's method is strong when several fields agree a little, weak when one agrees a lot
    // among many that are noise (a burst's own words, random context); the smallest p corrected
    // for the channels tried is the opposite (closeness in time alone never decides it). Either
    // may decide, at the cost of a factor two.
    e.logP = std::min(0.0, std::log(2.0) +
                               std::min(logFisher(k, total), std::log(double(std::max(k, 1))) - maxSurprise));
    return e;
}

} // namespace pegboard
