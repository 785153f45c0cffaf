#include "pairblocking.h"

#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
// Bounds are loosened by this much, so rounding never costs a pair that compare() would link.
constexpr double Slack = 1e-4;

enum KeyKind : std::uint64_t
{
    TextKey = 1,
    RankKey = 2,
    ReporterKey = 3,
    ContractKey = 4,
    TransactionKey = 5,
};

// Distinct kinds and values give distinct keys but for rare hash collisions, which only add
// candidates (compare() still decides).
std::uint64_t key(KeyKind kind, std::uint64_t value)
{
    const std::uint64_t h = (value ^ (kind * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
}

// The smallest sum of −ln p over n combined p-values that makes Fisher's p at most p.
double fisherNeeds(int n, double p)
{
    double lo = 0, hi = 2000;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        (PairSimilarity::logFisher(n, mid) <= std::log(p) ? hi : lo) = mid;
    }
    return lo;
}
} // namespace

PairBlocking::PairBlocking(const Snapshot &s, const PairSimilarity &similarity)
    : m_s(s)
    , m_similarity(similarity)
{
    const double sharedP = similarity.m_options.sharedP;
    // Text: textP() is (#null at least as alike + 1) / (#null + 1); it is at most sharedP only
    // above the (K+1)-th largest null value.
    m_textThreshold.assign(std::size_t(s.types.size()) + 1, -1);
    for (std::size_t t = 0; t + 1 < m_textThreshold.size() && t < similarity.m_textNull.size(); ++t) {
        const std::vector<float> *null = &similarity.m_textNull[t];
        if (null->size() < 50)
            null = &similarity.m_textNull.back();
        if (null->empty())
            continue;
        const auto n = static_cast<long long>(null->size());
        const auto k = static_cast<long long>(std::floor(sharedP * double(n + 1) - 1 + 1e-9));
        if (k < 0)
            continue;
        m_textThreshold[t] = k >= n ? 0 : double((*null)[std::size_t(n - k - 1)]) * (1 - Slack);
    }

    // Context: a group is alike beyond chance when Fisher's combination of its fields reaches
    // sharedP. Its categories add at most −ln P(equal) each, so one of its k numeric fields must
    // bring at least (needed − categories) / k; that bounds each field's rank gap.
    for (const PairSimilarity::ContextGroup &g : PairSimilarity::ContextGroups) {
        std::vector<double> categoryMax;
        for (int c = 0; c < 2; ++c)
            if (g.categories >> c & 1u)
                categoryMax.push_back(std::max(0.0, -std::log(similarity.m_categoryMatchP[std::size_t(c)])));
        std::sort(categoryMax.rbegin(), categoryMax.rend());
        const int features = __builtin_popcount(g.features);
        double least = std::numeric_limits<double>::infinity(); // what one field must bring
        for (int j = 0; j <= int(categoryMax.size()); ++j) {
            double categories = 0;
            for (int c = 0; c < j; ++c)
                categories += categoryMax[std::size_t(c)];
            if (j > 0 && categories >= fisherNeeds(j, sharedP) * (1 - Slack))
                m_bounded = false; // the categories alone can make it: nothing to bucket by
            for (int k = 1; k <= features; ++k)
                least = std::min(least, (fisherNeeds(k + j, sharedP) - categories) / k);
        }
        least *= 1 - Slack;
        if (least <= 0)
            m_bounded = false;
        const double maxP = std::exp(-least) * (1 + Slack);
        for (int f = 0; f < NumericCount; ++f) {
            if (!(g.features >> f & 1u))
                continue;
            const std::vector<float> &table = similarity.m_rankNull[std::size_t(f)];
            int bin = -1; // the last bin whose p is small enough
            while (bin + 1 < int(table.size()) && double(table[std::size_t(bin + 1)]) <= maxP)
                ++bin;
            if (bin + 1 >= PairSimilarity::Bins)
                m_bounded = false;
            // logNumericP() puts a gap d in bin int(d / RankScale * Bins): bins 0…bin are gaps below this.
            m_band[std::size_t(f)] =
                bin < 0
                    ? 0
                    : int(std::ceil(double(bin + 1) * PairSimilarity::RankScale / PairSimilarity::Bins)) + 1;
        }
    }
}

void PairBlocking::keysOf(std::uint32_t row, std::vector<std::uint64_t> &keys,
                          std::vector<PairSimilarity::Term> &terms) const
{
    const PairSimilarity &p = m_similarity;
    keys.clear();
    const double threshold =
        m_textThreshold[std::min<std::size_t>(m_s.type[row], m_textThreshold.size() - 1)];
    if (threshold >= 0 && p.hasText(row)) {
        // Words in one order for the whole type (rarest first): a pair sharing more than the
        // threshold shares a word whose suffix in each report still sums past it — one of the
        // report's first words in that order.
        terms.assign(p.m_terms.begin() + std::ptrdiff_t(p.m_textBegin[row]),
                     p.m_terms.begin() + std::ptrdiff_t(p.m_textBegin[row + 1]));
        std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
            return a.weight != b.weight ? a.weight > b.weight : a.token < b.token;
        });
        double suffix = 0;
        for (const auto &term : terms)
            suffix += term.weight;
        for (const auto &term : terms) {
            if (suffix < threshold)
                break;
            keys.push_back(key(TextKey, term.token));
            suffix -= term.weight;
        }
    }
    for (int f = 0; f < NumericCount; ++f) {
        const std::uint16_t rank = p.m_ranks[row][std::size_t(f)];
        const int band = m_band[std::size_t(f)];
        if (band <= 0 || rank == PairSimilarity::Missing)
            continue;
        // In its cell and the next: two ranks closer than the band always share one of these.
        const std::uint64_t cell = rank / std::uint32_t(band);
        keys.push_back(key(RankKey, std::uint64_t(f) << 32 | cell));
        keys.push_back(key(RankKey, std::uint64_t(f) << 32 | (cell + 1)));
    }
    const double sharedP = p.m_options.sharedP;
    if (m_s.reporter[row] && p.shareOf(p.m_reporters, m_s.reporter[row]) <= sharedP)
        keys.push_back(key(ReporterKey, m_s.reporter[row]));
    if (m_s.contract[row] && p.shareOf(p.m_contracts, m_s.contract[row]) <= sharedP)
        keys.push_back(key(ContractKey, m_s.contract[row]));
    if (m_s.txHash[row] && p.shareOf(p.m_txs, m_s.txHash[row]) <= sharedP)
        keys.push_back(key(TransactionKey, m_s.txHash[row]));
}

PairBlocking::Index PairBlocking::index(const std::vector<std::uint32_t> &rows) const
{
    Index index;
    index.m_s = &m_s;
    index.m_rows = &rows;
    if (!m_bounded || rows.size() < 2)
        return index;
    std::vector<std::uint64_t> keys;
    std::vector<PairSimilarity::Term> terms;
    for (std::size_t x = 0; x < rows.size(); ++x) {
        keysOf(rows[x], keys, terms);
        for (std::uint64_t k : keys)
            index.m_entries.push_back({k, std::uint32_t(x)});
    }
    std::sort(index.m_entries.begin(), index.m_entries.end(), [](const auto &a, const auto &b) {
        return a.key != b.key ? a.key < b.key : a.position < b.position;
    });
    index.m_ownBegin.assign(rows.size() + 1, 0);
    for (const auto &e : index.m_entries)
        ++index.m_ownBegin[e.position + 1];
    for (std::size_t x = 0; x < rows.size(); ++x)
        index.m_ownBegin[x + 1] += index.m_ownBegin[x];
    index.m_own.resize(index.m_entries.size());
    std::vector<std::uint32_t> fill(index.m_ownBegin.begin(), index.m_ownBegin.end() - 1);
    for (std::size_t i = 0; i < index.m_entries.size(); ++i)
        index.m_own[fill[index.m_entries[i].position]++] = std::uint32_t(i);
    index.m_exhaustive = false;
    return index;
}

void PairBlocking::Index::candidates(std::size_t x, std::size_t last, std::int64_t windowMs,
                                     std::vector<std::uint32_t> &out) const
{
    out.clear();
    if (last <= x + 1)
        return;
    const std::vector<std::uint32_t> &rows = *m_rows;
    const std::int64_t until = m_s->reportedMs[rows[x]] + windowMs;
    // Marked in a bit set over (x, last), read back in order: a report found through several
    // buckets (common in a burst) costs a bit, not a sort.
    m_marks.assign((last - x + 63) / 64, 0);
    for (std::uint32_t o = m_ownBegin[x]; o < m_ownBegin[x + 1]; ++o) {
        const std::uint32_t i = m_own[o];
        for (std::size_t k = i + 1; k < m_entries.size() && m_entries[k].key == m_entries[i].key; ++k) {
            const std::uint32_t y = m_entries[k].position;
            if (y <= x)
                continue; // the same key twice for one report
            if (y >= last || m_s->reportedMs[rows[y]] > until)
                break;
            m_marks[(y - x) / 64] |= std::uint64_t(1) << ((y - x) % 64);
        }
    }
    for (std::size_t w = 0; w < m_marks.size(); ++w)
        for (std::uint64_t bits = m_marks[w]; bits; bits &= bits - 1)
            out.push_back(std::uint32_t(x + w * 64 + std::size_t(__builtin_ctzll(bits))));
}

} // namespace pegboard
