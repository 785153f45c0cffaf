#include "duplicatelinker.h"

#include <cctype>
#include <numeric>
#include <unordered_map>

namespace pegboard {

namespace {
constexpr std::size_t MaxTransactionReports = 50;
constexpr std::int64_t TransactionGapMs = 7 * 86400 * 1000LL;

int find(std::vector<int> &parent, int x)
{
    while (parent[std::size_t(x)] != x)
        x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
    return x;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b)
{
    return (a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2))) * 0xBF58476D1CE4E5B9ull;
}
} // namespace

std::uint64_t DuplicateLinker::titleKey(std::string_view title)
{
    std::uint64_t hash = 1469598103934665603ull;
    bool space = false, any = false;
    for (char ch : title) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (std::isspace(c)) {
            space = any;
            continue;
        }
        if (space)
            hash = (hash ^ ' ') * 1099511628211ull;
        space = false;
        any = true;
        hash = (hash ^ std::uint64_t(std::tolower(c))) * 1099511628211ull;
    }
    return any ? hash | 1 : 0;
}

int DuplicateLinker::join(const Snapshot &s, const std::vector<std::uint32_t> &order,
                          std::vector<int> &labels, int count, double chance, std::int64_t spanMs)
{
    const std::size_t n = s.size();
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<int> firstOf(std::size_t(std::max(count, 0)), -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] < 0)
            continue;
        int &first = firstOf[std::size_t(labels[i])];
        if (first < 0)
            first = int(i);
        else
            parent[std::size_t(find(parent, int(i)))] = find(parent, first);
    }
    // Per key, its reports in time order (the order given is by time).
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byKey;
    std::unordered_map<std::uint64_t, char> isTransaction;
    for (std::uint32_t row : order) {
        if (s.hasText)
            if (const std::uint64_t title = titleKey(s.titles[row]))
                byKey[mix(mix(mix(1, s.type[row]), s.symbol[row]), title)].push_back(row);
        if (s.contract[row])
            byKey[mix(mix(2, s.type[row]), s.contract[row])].push_back(row);
        if (s.txHash[row]) {
            byKey[mix(3, s.txHash[row])].push_back(row);
            isTransaction[mix(3, s.txHash[row])] = 1;
        }
    }
    std::vector<char> joined(n, 0);
    for (const auto &[key, rows] : byKey) {
        if (rows.size() < 2)
            continue;
        // The gap at which chance alone brings `chance` repeats of a value this common.
        double gapMs = chance * double(spanMs) / (2.0 * double(rows.size()));
        // A transaction happens once: reports naming it are about it for as long as it is
        // discussed, unless it is named so often that it must be a placeholder.
        if (isTransaction.count(key) && rows.size() <= MaxTransactionReports)
            gapMs = std::max(gapMs, double(TransactionGapMs));
        for (std::size_t k = 1; k < rows.size(); ++k)
            if (double(s.reportedMs[rows[k]] - s.reportedMs[rows[k - 1]]) <= gapMs) {
                parent[std::size_t(find(parent, int(rows[k])))] = find(parent, int(rows[k - 1]));
                joined[rows[k]] = joined[rows[k - 1]] = 1;
            }
    }
    std::vector<int> idOf(n, -1);
    int next = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] < 0 && !joined[i])
            continue;
        const int root = find(parent, int(i));
        if (idOf[std::size_t(root)] < 0)
            idOf[std::size_t(root)] = next++;
        labels[i] = idOf[std::size_t(root)];
    }
    return next;
}

} // namespace pegboard
