#pragma once

#include "snapshot.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pegboard {

// How surprising it is that two reports look alike, channel by channel, using only the fields
// both carry. Each channel gives a p-value: the chance that an unrelated pair is at least this
// alike. Text is weighted by inverse document frequency within the report's own type (a word
// every report of the type uses weighs nothing); the IDF the two share is judged against
// same-type reports days apart. Context (network, price, protocol state) is compared in ranks and judged
// against pairs of *other* types at about the same time: the market moves slowly, so reports minutes apart
// share gas and peg whatever their cause, and that is no evidence. Time is the gap over the
// window. Symbol, protocol, reporter, contract and transaction match as often as their values
// are common. The channels present are combined into one p-value (Fisher's method, or the
// smallest p corrected for the channels tried), so a pair with three fields and a pair with
// twelve are judged on the same scale.
class PairSimilarity
{
public:
    enum Channel : int
    {
        Text,
        Network,
        Price,
        ProtocolState,
        Time,
        Symbol,
        Protocol,
        Reporter,
        Identity,
        ChannelCount
    };
    // Stable keys for JSON and the drill-down ("text", "network", …).
    static const char *channelKey(int channel);

    struct Evidence
    {
        std::array<float, ChannelCount> surprise; // −ln p per channel; NaN where either lacks it
        double logP = 0;                          // ln of the combined p-value
        bool shared = false; // some channel besides time (and symbol/protocol) is alike beyond chance
    };

    struct Options
    {
        double sharedP = 0.01;               // a channel this unlikely by chance is something the two share
        std::int64_t farMs = 86400 * 1000LL; // same-type pairs this far apart are unrelated
        int nullSamples = 4000;
    };

    PairSimilarity(const Snapshot &snapshot, const Options &options);
    explicit PairSimilarity(const Snapshot &snapshot)
        : PairSimilarity(snapshot, Options{})
    {}

    Evidence compare(std::uint32_t a, std::uint32_t b, std::int64_t dtMs, std::int64_t windowMs) const;
    // TF-IDF cosine of two reports' title and body (0 when either has no informative word).
    double textCosine(std::uint32_t a, std::uint32_t b) const;
    // What the text evidence is judged by: the sum of the type-IDF of the words both use. A
    // cosine alone cannot tell one shared common word in two short reports from three rare ones.
    double sharedInformation(std::uint32_t a, std::uint32_t b) const;
    bool hasText(std::uint32_t row) const { return m_textBegin[row] != m_textBegin[row + 1]; }

    // Sorted unique token hashes of a text (lower-cased words of two or more letters).
    static std::vector<std::uint32_t> tokens(std::string_view text);
    // ln P(Gamma(k, 1) ≥ s): Fisher's combination of k p-values whose −ln sum to s.
    static double logFisher(int k, double s);

private:
    friend class PairBlocking; // bounds what compare() can reach, to skip pairs that cannot link
    static constexpr int NumericCount = 7;
    static constexpr std::uint16_t Missing = 0xFFFF;
    static constexpr std::uint16_t RankScale = 65534;
    static constexpr int Bins = 1024;
    // The context channels and what each combines: numeric features and categories (0 congestion,
    // 1 mev) as bit masks.
    struct ContextGroup
    {
        int channel;
        unsigned features;
        unsigned categories;
    };
    static constexpr std::array<ContextGroup, 3> ContextGroups{
        {{Network, 0b0000011, 0b11}, {Price, 0b0011100, 0}, {ProtocolState, 0b1100000, 0}}};
    struct Term
    {
        std::uint32_t token;
        float weight;
    };
    void buildText(const Snapshot &s);
    void buildRanks(const Snapshot &s);
    void buildShares(const Snapshot &s);
    void buildNulls(const Snapshot &s, const std::vector<std::uint32_t> &order);
    double logNumericP(int feature, std::uint32_t a, std::uint32_t b) const;
    double textP(std::uint32_t a, std::uint32_t b) const;
    std::pair<double, double> overlap(std::uint32_t a, std::uint32_t b) const; // dot, shared IDF
    double shareOf(const std::unordered_map<std::uint64_t, std::uint32_t> &counts, std::uint64_t key) const;

    const Snapshot &m_s;
    Options m_options;
    std::vector<Term> m_terms;
    std::vector<std::size_t> m_textBegin;
    std::vector<float> m_norms;
    std::vector<std::array<std::uint16_t, NumericCount>> m_ranks;
    // Per numeric feature: P(|Δrank| ≤ d) among other-type pairs close in time, in Bins steps.
    std::array<std::vector<float>, NumericCount> m_rankNull;
    std::array<std::vector<double>, NumericCount> m_rankLogNull; // ln of m_rankNull
    std::array<double, 2> m_categoryMatchP{1, 1};                // congestion, mev: P(equal) for those pairs
    std::array<double, 2> m_categoryLogMatchP{0, 0};
    std::vector<std::vector<float>> m_textNull; // per type: sorted shared IDF of unrelated pairs
    std::unordered_map<std::uint64_t, std::uint32_t> m_contracts, m_txs, m_reporters;
    std::vector<std::uint32_t> m_symbolCounts, m_protocolCounts;
    double m_rows = 1;
};

} // namespace pegboard
