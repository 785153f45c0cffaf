#include "clusterexplainer.h"

#include "duplicatelinker.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pegboard {

namespace {
const std::vector<float> &column(const Snapshot &s, int feature)
{
    const std::vector<float> *columns[ClusterExplainer::NumericCount] = {
        &s.gasGwei,   &s.pendingTx,       &s.pegDeviationBps, &s.volatility,
        &s.volumeUsd, &s.collateralRatio, &s.oracleStalenessS};
    return *columns[feature];
}

double quantile(std::vector<float> &v, double q)
{
    const auto at = v.begin() + std::ptrdiff_t(std::min(v.size() - 1, std::size_t(q * double(v.size()))));
    std::nth_element(v.begin(), at, v.end());
    return *at;
}

std::vector<float> present(const std::vector<float> &values, std::size_t limit)
{
    std::vector<float> out;
    const std::size_t step = std::max<std::size_t>(1, values.size() / limit);
    for (std::size_t i = 0; i < values.size(); i += step)
        if (!std::isnan(values[i]))
            out.push_back(values[i]);
    return out;
}
} // namespace

const char *ClusterExplainer::numericKey(int feature)
{
    static const char *const keys[NumericCount] = {
        "gas_price_gwei", "pending_tx_count", "peg_deviation_bps", "volatility_index",
        "volume_24h_usd", "collateral_ratio", "oracle_staleness_s"};
    return keys[feature];
}

ClusterExplainer::ClusterExplainer(const Snapshot &s, const PairSimilarity &similarity, double linkP)
    : m_s(s)
    , m_similarity(similarity)
    , m_logLinkP(std::log(linkP))
{
    for (int f = 0; f < NumericCount; ++f) {
        std::vector<float> values = present(column(s, f), 200000);
        m_low[std::size_t(f)] = values.empty() ? NAN : quantile(values, 0.1);
        m_high[std::size_t(f)] = values.empty() ? NAN : quantile(values, 0.9);
    }
}

ClusterExplanation ClusterExplainer::explain(const std::vector<std::uint32_t> &rows,
                                             const std::function<std::int64_t(std::uint32_t)> &windowOf) const
{
    ClusterExplanation e;
    if (rows.empty())
        return e;
    std::vector<std::uint32_t> byTime(rows);
    std::stable_sort(byTime.begin(), byTime.end(),
                     [&](auto a, auto b) { return m_s.reportedMs[a] < m_s.reportedMs[b]; });
    e.spanMs = m_s.reportedMs[byTime.back()] - m_s.reportedMs[byTime.front()];
    const double size = double(rows.size());

    for (int f = 0; f < NumericCount; ++f) {
        std::vector<float> values;
        for (std::uint32_t r : rows)
            if (!std::isnan(column(m_s, f)[r]))
                values.push_back(column(m_s, f)[r]);
        const double windowWidth = m_high[std::size_t(f)] - m_low[std::size_t(f)];
        if (values.size() < 2 || double(values.size()) < 0.3 * size || !(windowWidth > 0))
            continue;
        SharedCondition c;
        c.key = QString::fromLatin1(numericKey(f));
        c.low = quantile(values, 0.1);
        c.high = quantile(values, 0.9);
        c.median = quantile(values, 0.5);
        c.windowLow = m_low[std::size_t(f)];
        c.windowHigh = m_high[std::size_t(f)];
        c.share = double(values.size()) / size;
        // Shared when the members sit in a quarter of the window's usual range or less.
        if (c.high - c.low <= 0.25 * windowWidth)
            e.conditions.push_back(c);
    }
    struct Category
    {
        const char *key;
        const std::vector<std::uint16_t> *codes;
        const StringDictionary *dictionary;
    };
    for (const Category &category :
         {Category{"symbol", &m_s.symbol, &m_s.symbols}, Category{"protocol", &m_s.protocol, &m_s.protocols},
          Category{"network_congestion_level", &m_s.congestion, &m_s.congestionLevels},
          Category{"mev_bot_activity", &m_s.mev, &m_s.mevLevels}}) {
        std::map<std::uint16_t, int> counts;
        int carrying = 0;
        for (std::uint32_t r : rows)
            if ((*category.codes)[r] != StringDictionary::None) {
                ++counts[(*category.codes)[r]];
                ++carrying;
            }
        if (counts.empty() || double(carrying) < 0.3 * size)
            continue;
        const auto mode = std::max_element(counts.begin(), counts.end(),
                                           [](const auto &a, const auto &b) { return a.second < b.second; });
        if (double(mode->second) < 0.8 * carrying)
            continue;
        SharedCondition c;
        c.key = QString::fromLatin1(category.key);
        c.value = category.dictionary->text(mode->first);
        c.share = double(mode->second) / carrying;
        e.conditions.push_back(c);
    }

    // Evidence between members next to each other in time, over at most 256 evenly spread pairs.
    std::array<double, PairSimilarity::ChannelCount> surprise{};
    double cohesion = 0;
    const std::size_t pairs = byTime.size() - 1, step = std::max<std::size_t>(1, pairs / 256);
    int sampled = 0;
    for (std::size_t k = 0; k < pairs; k += step) {
        const std::uint32_t a = byTime[k], b = byTime[k + 1];
        const PairSimilarity::Evidence evidence =
            m_similarity.compare(a, b, m_s.reportedMs[b] - m_s.reportedMs[a], windowOf(a));
        for (int c = 0; c < PairSimilarity::ChannelCount; ++c)
            if (!std::isnan(evidence.surprise[std::size_t(c)]))
                surprise[std::size_t(c)] += evidence.surprise[std::size_t(c)];
        cohesion += std::min(1.0, evidence.logP / m_logLinkP);
        ++sampled;
    }
    e.cohesion = sampled ? cohesion / sampled : 1;
    double total = 0;
    for (double v : surprise)
        total += v;
    for (int c = 0; c < PairSimilarity::ChannelCount && total > 0; ++c)
        if (surprise[std::size_t(c)] / total >= 0.02)
            e.channels.emplace_back(QString::fromLatin1(PairSimilarity::channelKey(c)),
                                    surprise[std::size_t(c)] / total);
    std::sort(e.channels.begin(), e.channels.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });

    // What kind of group this is.
    std::map<std::uint16_t, int> types;
    std::map<std::uint64_t, int> repeats;
    for (std::uint32_t r : rows) {
        ++types[m_s.type[r]];
        if (m_s.hasText)
            if (const std::uint64_t title = DuplicateLinker::titleKey(m_s.titles[r]))
                ++repeats[title];
        if (m_s.txHash[r])
            ++repeats[m_s.txHash[r] ^ 0x7478];
        if (m_s.contract[r])
            ++repeats[m_s.contract[r] ^ 0x6374];
    }
    int dominant = 0, repeated = 0;
    for (const auto &[type, count] : types)
        dominant = std::max(dominant, count);
    for (const auto &[key, count] : repeats)
        repeated = std::max(repeated, count);
    e.kind = double(dominant) < 0.8 * size    ? QStringLiteral("incident")
             : double(repeated) >= 0.8 * size ? QStringLiteral("repeats")
                                              : QStringLiteral("burst");
    return e;
}

} // namespace pegboard
