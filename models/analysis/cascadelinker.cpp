#include "cascadelinker.h"

#include "domain/issuetype.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace pegboard {

int CascadeLinker::link(const Snapshot &s, std::vector<int> &labels, int count, std::vector<char> &cascadeRow,
                        const Options &o)
{
    cascadeRow.assign(s.size(), 0);
    const std::uint16_t oracle = s.types.find(IssueType::OracleFailure.toStdString());
    if (oracle == StringDictionary::None)
        return count;
    std::vector<std::int64_t> clusterSize(std::size_t(count), 0);
    for (int label : labels)
        if (label >= 0)
            ++clusterSize[std::size_t(label)];
    // A report in a group this much larger than a cascade belongs to a bigger incident (a gas
    // window stalling every oracle, a depeg), and that incident keeps it.
    auto inLargeIncident = [&](std::size_t row, std::size_t cascadeSize) {
        return labels[row] >= 0 &&
               double(clusterSize[std::size_t(labels[row])]) > o.largerIncident * double(cascadeSize);
    };
    std::map<std::uint16_t, std::vector<std::uint32_t>> minors, majors;
    std::map<std::uint16_t, long long> background; // minors in no group: the coin's own rate
    std::int64_t first = std::numeric_limits<std::int64_t>::max(),
                 last = std::numeric_limits<std::int64_t>::min();
    std::size_t minorTotal = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.reportedMs[i] == Snapshot::NoTime)
            continue;
        first = std::min(first, s.reportedMs[i]);
        last = std::max(last, s.reportedMs[i]);
        if (s.symbol[i] == StringDictionary::None)
            continue;
        if (s.type[i] == oracle && s.severity[i] >= 1 && s.severity[i] <= o.minorMaxSeverity) {
            background[s.symbol[i]] += labels[i] < 0;
            if (inLargeIncident(i, std::size_t(o.minRunReports)))
                continue;
            minors[s.symbol[i]].push_back(std::uint32_t(i));
            ++minorTotal;
        } else if (s.type[i] != oracle && s.severity[i] >= o.majorMinSeverity) {
            majors[s.symbol[i]].push_back(std::uint32_t(i));
        }
    }
    if (minorTotal == 0)
        return count;
    auto byTime = [&](std::uint32_t a, std::uint32_t b) { return s.reportedMs[a] < s.reportedMs[b]; };
    // Every minor report starts one tested window.
    const double logThreshold = std::log(o.familyAlpha / double(minorTotal));
    const double history = double(std::max<std::int64_t>(o.runMs, last - first));
    const double share = std::min(1.0, double(o.runMs) / history);

    for (auto &[symbol, rows] : minors) {
        std::sort(rows.begin(), rows.end(), byTime);
        std::vector<std::uint32_t> &follow = majors[symbol];
        std::sort(follow.begin(), follow.end(), byTime);
        const long long rate = std::max<long long>(1, background[symbol]);
        // Significant windows, merged where they overlap, are the runs.
        std::vector<std::pair<std::size_t, std::size_t>> runs; // [first, last] indices into rows
        std::size_t end = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            end = std::max(end, i);
            while (end + 1 < rows.size() && s.reportedMs[rows[end + 1]] - s.reportedMs[rows[i]] <= o.runMs)
                ++end;
            const auto inWindow = static_cast<long long>(end - i + 1);
            if (inWindow < o.minRunReports ||
                Statistics::logBinomialUpperTail(inWindow, std::max(rate, inWindow), share) > logThreshold)
                continue;
            if (!runs.empty() && i <= runs.back().second)
                runs.back().second = std::max(runs.back().second, end);
            else
                runs.push_back({i, end});
        }
        for (const auto &[from, to] : runs) {
            const std::int64_t start = s.reportedMs[rows[from]];
            const std::int64_t until = std::max(s.reportedMs[rows[to]], start + o.followMs);
            std::vector<std::uint32_t> members(rows.begin() + std::ptrdiff_t(from),
                                               rows.begin() + std::ptrdiff_t(to) + 1);
            const std::size_t precursors = members.size();
            for (auto it = std::lower_bound(follow.begin(), follow.end(), rows[from], byTime);
                 it != follow.end() && s.reportedMs[*it] <= until; ++it)
                members.push_back(*it);
            if (members.size() == precursors)
                continue; // delays without a major incident: no cascade
            const int id = count++;
            clusterSize.push_back(0);
            for (std::uint32_t r : members) {
                if (inLargeIncident(r, members.size()))
                    continue;
                if (labels[r] >= 0)
                    --clusterSize[std::size_t(labels[r])];
                labels[r] = id;
                ++clusterSize[std::size_t(id)];
                cascadeRow[r] = 1;
            }
        }
    }
    // Renumber: groups the cascades emptied are gone.
    std::vector<int> renumber(std::size_t(count), -1);
    int next = 0;
    for (int &label : labels) {
        if (label < 0)
            continue;
        if (renumber[std::size_t(label)] < 0)
            renumber[std::size_t(label)] = next++;
        label = renumber[std::size_t(label)];
    }
    return next;
}

} // namespace pegboard
