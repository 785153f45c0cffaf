#include "correctionapplier.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <set>

namespace pegboard {

namespace {
std::vector<std::uint32_t> rowsOf(const QHash<QUuid, std::uint32_t> &rowOf, const std::vector<QUuid> &ids)
{
    std::vector<std::uint32_t> rows;
    for (const QUuid &id : ids)
        if (const auto it = rowOf.constFind(id); it != rowOf.constEnd())
            rows.push_back(*it);
    return rows;
}

// The label most of `rows` carry, or -1 when none carries one.
int majority(const std::vector<int> &labels, const std::vector<std::uint32_t> &rows)
{
    std::map<int, int> counts;
    for (std::uint32_t r : rows)
        if (labels[r] >= 0)
            ++counts[labels[r]];
    if (counts.empty())
        return -1;
    return std::max_element(counts.begin(), counts.end(),
                            [](auto &a, auto &b) { return a.second < b.second; })
        ->first;
}
} // namespace

int CorrectionApplier::apply(const Snapshot &s, std::vector<int> &labels, int count,
                             std::vector<std::vector<std::int64_t>> &shapedBy)
{
    shapedBy.assign(std::size_t(std::max(count, 0)), {});
    if (std::none_of(s.corrections.begin(), s.corrections.end(), [](const auto &c) { return !c.undone; }))
        return count;
    QHash<QUuid, std::uint32_t> rowOf;
    rowOf.reserve(qsizetype(s.size()));
    for (std::size_t i = 0; i < s.size(); ++i)
        rowOf.insert(s.ids[i], std::uint32_t(i));
    auto fresh = [&] {
        shapedBy.emplace_back();
        return count++;
    };
    for (const ClusterCorrection &c : s.corrections) {
        if (c.undone)
            continue;
        const std::vector<std::uint32_t> a = rowsOf(rowOf, c.a), b = rowsOf(rowOf, c.b);
        if (a.empty() || b.empty())
            continue; // outside this window: nothing to constrain here
        int target = -1;
        switch (c.kind) {
        case ClusterCorrection::Kind::Merge: {
            std::vector<std::uint32_t> both(a);
            both.insert(both.end(), b.begin(), b.end());
            std::set<int> joined;
            for (std::uint32_t r : both)
                if (labels[r] >= 0)
                    joined.insert(labels[r]);
            target = majority(labels, both);
            if (target < 0)
                target = fresh();
            for (int &label : labels)
                if (joined.count(label))
                    label = target;
            for (std::uint32_t r : both)
                labels[r] = target;
            break;
        }
        case ClusterCorrection::Kind::Split: {
            std::set<int> from;
            for (std::uint32_t r : a)
                if (labels[r] >= 0)
                    from.insert(labels[r]);
            target = fresh();
            for (std::uint32_t r : b)
                if (labels[r] < 0 || from.count(labels[r]))
                    labels[r] = target;
            for (int id : from)
                shapedBy[std::size_t(id)].push_back(c.id);
            break;
        }
        case ClusterCorrection::Kind::Move: {
            target = majority(labels, b);
            if (target < 0) {
                target = fresh();
                for (std::uint32_t r : b)
                    labels[r] = target;
            }
            if (labels[a.front()] >= 0 && labels[a.front()] != target)
                shapedBy[std::size_t(labels[a.front()])].push_back(c.id);
            labels[a.front()] = target;
            break;
        }
        }
        shapedBy[std::size_t(target)].push_back(c.id);
    }
    // Renumber: merges leave ids unused.
    std::vector<int> renumber(std::size_t(count), -1);
    std::vector<std::vector<std::int64_t>> compact;
    int next = 0;
    for (int &label : labels) {
        if (label < 0)
            continue;
        if (renumber[std::size_t(label)] < 0) {
            renumber[std::size_t(label)] = next++;
            compact.push_back(shapedBy[std::size_t(label)]);
        }
        label = renumber[std::size_t(label)];
    }
    shapedBy = std::move(compact);
    return next;
}

} // namespace pegboard
