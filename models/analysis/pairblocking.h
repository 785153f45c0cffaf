#pragma once

#include "pairsimilarity.h"
#include "snapshot.h"

#include <array>
#include <cstdint>
#include <vector>

namespace pegboard {

// Which pairs of one type can possibly be linked, without comparing every pair in the window.
// A link needs some channel besides time, coin and protocol to be alike beyond chance
// (PairSimilarity's `shared`), and each such channel has a bound that no pair outside a bucket can
// reach: text — the pair shares one of the rare words that make up the first part of each report's
// informative words, enough to reach the type's text threshold (prefix filtering, exact for a
// threshold on the information two reports share); context — some field's ranks are closer than
// the widest gap that field alone could still make its group significant (a grid on the rank);
// reporter, contract, transaction — the same rare value. Every pair PairSimilarity could link is
// among the candidates, so clustering finds exactly the links the full scan finds; data whose
// bounds cannot exclude anything (a category alone can be significant) is scanned whole.
class PairBlocking
{
public:
    PairBlocking(const Snapshot &snapshot, const PairSimilarity &similarity);

    // The buckets of one type's reports (rows in time order).
    class Index
    {
    public:
        // The scan is cheaper (or nothing can be excluded): compare every pair in the window.
        bool exhaustive() const { return m_exhaustive; }
        // Positions y in (x, last) of the type's rows within windowMs after row x that share a
        // bucket with it, ascending.
        void candidates(std::size_t x, std::size_t last, std::int64_t windowMs,
                        std::vector<std::uint32_t> &out) const;

    private:
        friend class PairBlocking;
        struct Entry
        {
            std::uint64_t key;
            std::uint32_t position;
        };
        const Snapshot *m_s = nullptr;
        const std::vector<std::uint32_t> *m_rows = nullptr;
        std::vector<Entry> m_entries;          // sorted by key, then position
        std::vector<std::uint32_t> m_ownBegin; // per position: its entries in m_own
        std::vector<std::uint32_t> m_own;      // indices into m_entries
        bool m_exhaustive = true;
        mutable std::vector<std::uint64_t> m_marks; // scratch of candidates(); one Index per thread
    };

    Index index(const std::vector<std::uint32_t> &rows) const;

private:
    static constexpr int NumericCount = PairSimilarity::NumericCount;
    void keysOf(std::uint32_t row, std::vector<std::uint64_t> &keys,
                std::vector<PairSimilarity::Term> &terms) const;

    const Snapshot &m_s;
    const PairSimilarity &m_similarity;
    // Per type: a pair must share more text information than this to be alike beyond chance
    // (negative: text can never be; 0: any shared word may do).
    std::vector<double> m_textThreshold;
    // Per numeric feature: pairs whose ranks differ by less than this may be alike in its group;
    // 0: this feature alone never decides; no bound at all makes every type exhaustive.
    std::array<int, NumericCount> m_band{};
    bool m_bounded = true;
};

} // namespace pegboard
