#include "incidentmerger.h"

#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace pegboard {

namespace {
struct Group
{
    std::int64_t from = std::numeric_limits<std::int64_t>::max();
    std::int64_t to = std::numeric_limits<std::int64_t>::min();
    std::unordered_map<std::uint16_t, std::int64_t> symbols;
    std::int64_t size = 0;
    std::uint16_t symbol = StringDictionary::None;
    bool burst = false;
};

int find(std::vector<int> &parent, int x)
{
    while (parent[std::size_t(x)] != x)
        x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
    return x;
}
} // namespace

void IncidentMerger::linkByContract(const Snapshot &s, std::vector<int> &labels, std::vector<int> &parent,
                                    const Options &o)
{
    if (s.contract.size() != s.size())
        return; // loaded without text and contracts
    // Which types name each contract: a protocol's pool or router turns up in every kind of
    // report, while a contract with a bug turns up in bug reports and little else.
    std::unordered_map<std::uint64_t, std::unordered_map<std::uint16_t, std::vector<std::uint32_t>>>
        byContract;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.contract[i] != 0 && s.reportedMs[i] != Snapshot::NoTime && s.type[i] != StringDictionary::None)
            byContract[s.contract[i]][s.type[i]].push_back(std::uint32_t(i));
    for (auto &[contract, byType] : byContract) {
        std::size_t total = 0;
        std::vector<std::uint32_t> *rows = nullptr;
        for (auto &[type, list] : byType) {
            total += list.size();
            if (!rows || list.size() > rows->size())
                rows = &list;
        }
        if (rows->size() < std::size_t(o.minContractReports) ||
            double(rows->size()) < o.contractTypeShare * double(total))
            continue;
        // Reports a week apart are a bug coming back, not the same report thread.
        std::sort(rows->begin(), rows->end(),
                  [&](std::uint32_t a, std::uint32_t b) { return s.reportedMs[a] < s.reportedMs[b]; });
        std::size_t runStart = 0;
        for (std::size_t k = 1; k <= rows->size(); ++k) {
            if (k < rows->size() &&
                s.reportedMs[(*rows)[k]] - s.reportedMs[(*rows)[k - 1]] <= o.contractGapMs)
                continue;
            if (k - runStart >= std::size_t(o.minContractReports)) {
                const int id = int(parent.size());
                parent.push_back(id);
                // The contract names the incident: its reports leave whatever group the
                // similarity pass put them in, which never drags that group's others along.
                for (std::size_t r = runStart; r < k; ++r)
                    labels[(*rows)[r]] = id;
            }
            runStart = k;
        }
    }
}

int IncidentMerger::merge(const Snapshot &s, std::vector<int> &labels, const Options &o)
{
    const std::size_t n = s.size();
    int count = 0;
    for (int label : labels)
        count = std::max(count, label + 1);
    if (labels.size() != n)
        return count;

    std::vector<Group> groups(static_cast<std::size_t>(count));
    std::unordered_map<std::uint16_t, std::int64_t> symbolTotals;
    std::int64_t first = std::numeric_limits<std::int64_t>::max(),
                 last = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t t = s.reportedMs[i];
        if (t == Snapshot::NoTime)
            continue;
        first = std::min(first, t);
        last = std::max(last, t);
        if (s.symbol[i] != StringDictionary::None)
            ++symbolTotals[s.symbol[i]];
        if (labels[i] < 0)
            continue;
        Group &g = groups[std::size_t(labels[i])];
        g.from = std::min(g.from, t);
        g.to = std::max(g.to, t);
        ++g.size;
        if (s.symbol[i] != StringDictionary::None)
            ++g.symbols[s.symbol[i]];
    }
    const double history = double(std::max<std::int64_t>(1, last - first));
    // Every group is tested once: a family-wise threshold keeps chance bursts out at any volume.
    const double threshold = std::min(o.maxLogP, std::log(0.01 / double(count)));
    for (Group &g : groups) {
        if (g.symbols.empty())
            continue;
        const auto dominant =
            std::max_element(g.symbols.begin(), g.symbols.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        if (double(dominant->second) < o.dominantShare * double(g.size))
            continue;
        g.symbol = dominant->first;
        const double span = double(std::max(g.to - g.from, o.minSpanMs));
        g.burst = Statistics::logBinomialUpperTail(dominant->second, symbolTotals[g.symbol],
                                                   std::min(1.0, span / history)) <= threshold;
    }

    // Bursts on one asset that overlap or follow closely are one incident.
    std::vector<int> bursts;
    for (int id = 0; id < count; ++id)
        if (groups[std::size_t(id)].burst)
            bursts.push_back(id);
    std::sort(bursts.begin(), bursts.end(), [&](int a, int b) {
        const Group &x = groups[std::size_t(a)], &y = groups[std::size_t(b)];
        return x.symbol != y.symbol ? x.symbol < y.symbol : x.from < y.from;
    });
    std::vector<int> parent(static_cast<std::size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    struct Incident
    {
        std::uint16_t symbol;
        std::int64_t from, to;
        int root;
    };
    std::vector<Incident> incidents;
    for (int id : bursts) {
        const Group &g = groups[std::size_t(id)];
        if (!incidents.empty() && incidents.back().symbol == g.symbol &&
            g.from <= incidents.back().to + o.gapMs) {
            parent[std::size_t(id)] = incidents.back().root;
            incidents.back().to = std::max(incidents.back().to, g.to);
        } else {
            incidents.push_back({g.symbol, g.from, g.to, id});
        }
    }

    // A lone report, or a small group, on the asset while its incident runs belongs to it
    // (incidents are sorted by asset, then start, and do not overlap within an asset).
    auto incidentOver = [&](std::uint16_t symbol, std::int64_t from, std::int64_t to) -> const Incident * {
        const auto after =
            std::upper_bound(incidents.begin(), incidents.end(), std::pair(symbol, to + o.marginMs),
                             [](const std::pair<std::uint16_t, std::int64_t> &key, const Incident &x) {
                                 return key.first != x.symbol ? key.first < x.symbol : key.second < x.from;
                             });
        if (after == incidents.begin())
            return nullptr;
        const Incident &candidate = *std::prev(after);
        return candidate.symbol == symbol && from <= candidate.to + o.marginMs ? &candidate : nullptr;
    };
    for (int id = 0; id < count; ++id) {
        const Group &g = groups[std::size_t(id)];
        if (!g.burst && g.symbol != StringDictionary::None)
            if (const Incident *incident = incidentOver(g.symbol, g.from, g.to))
                parent[std::size_t(id)] = incident->root;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (labels[i] >= 0 || s.reportedMs[i] == Snapshot::NoTime || s.symbol[i] == StringDictionary::None)
            continue;
        if (const Incident *incident = incidentOver(s.symbol[i], s.reportedMs[i], s.reportedMs[i]))
            labels[i] = incident->root;
    }

    linkByContract(s, labels, parent, o);

    std::vector<int> renumber(parent.size(), -1);
    int next = 0;
    for (int &label : labels) {
        if (label < 0)
            continue;
        const int root = find(parent, label);
        if (renumber[std::size_t(root)] < 0)
            renumber[std::size_t(root)] = next++;
        label = renumber[std::size_t(root)];
    }
    return next;
}

} // namespace pegboard
