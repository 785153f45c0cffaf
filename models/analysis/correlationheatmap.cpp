#include "correlationheatmap.h"

#include "domain/issuetype.h"
#include "statistics.h"

#include <algorithm>

namespace pegboard {

const HeatmapCell *HeatmapResult::cell(int condition, int bucket, int type) const
{
    if (condition < 0 || condition >= int(conditions.size()) || type < 0 || type >= types.size() ||
        bucket < 0 || bucket >= bucketLabels[std::size_t(condition)].size())
        return nullptr;
    return &cells[conditionOffset[std::size_t(condition)] + std::size_t(bucket * types.size() + type)];
}

QStringList CorrelationHeatmap::columnOrder(QStringList types)
{
    const QStringList known = IssueType::known();
    std::sort(types.begin(), types.end(), [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &t) {
            const qsizetype i = known.indexOf(t);
            return i < 0 ? known.size() : i;
        };
        const qsizetype ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return types;
}

HeatmapResult CorrelationHeatmap::compute(const Snapshot &s, const Options &options)
{
    HeatmapResult result;
    const int typeCount = s.types.size();
    QStringList names;
    for (int t = 0; t < typeCount; ++t)
        names << s.types.text(std::uint16_t(t));
    result.types = columnOrder(names);
    // column of each dictionary code
    std::vector<int> columnOf(std::size_t(typeCount), 0);
    for (int c = 0; c < typeCount; ++c) {
        const auto code = std::uint16_t(names.indexOf(result.types[c]));
        result.typeCodes.push_back(code);
        columnOf[code] = c;
    }
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i)
        result.total += s.type[i] != StringDictionary::None;

    for (Condition::Kind kind : Condition::all()) {
        const int buckets = Condition::bucketCount(kind, s);
        result.conditions.push_back(kind);
        result.bucketLabels.push_back(Condition::bucketLabels(kind, s));
        result.conditionOffset.push_back(result.cells.size());
        std::vector<std::int64_t> counts(std::size_t(buckets * typeCount), 0);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint16_t t = s.type[i];
            if (t == StringDictionary::None)
                continue;
            const int b = Condition::bucketOf(kind, s, i);
            if (b >= 0)
                ++counts[std::size_t(b * typeCount + columnOf[t])];
        }
        std::vector<std::int64_t> bucketTotals(std::size_t(buckets), 0),
            typeTotals(std::size_t(typeCount), 0);
        std::int64_t known = 0;
        for (int b = 0; b < buckets; ++b)
            for (int t = 0; t < typeCount; ++t) {
                const std::int64_t c = counts[std::size_t(b * typeCount + t)];
                bucketTotals[std::size_t(b)] += c;
                typeTotals[std::size_t(t)] += c;
                known += c;
            }
        for (int b = 0; b < buckets; ++b)
            for (int t = 0; t < typeCount; ++t) {
                HeatmapCell c;
                c.condition = int(result.conditions.size() - 1);
                c.bucket = b;
                c.type = t;
                c.count = counts[std::size_t(b * typeCount + t)];
                c.bucketTotal = bucketTotals[std::size_t(b)];
                c.baseRate = known > 0 ? double(typeTotals[std::size_t(t)]) / double(known) : 0;
                c.rate = c.bucketTotal > 0 ? double(c.count) / double(c.bucketTotal) : 0;
                c.lift = c.baseRate > 0 ? c.rate / c.baseRate : 0;
                std::tie(c.ciLow, c.ciHigh) =
                    Statistics::wilsonInterval(double(c.count), double(c.bucketTotal), options.z);
                c.pValue = Statistics::binomialUpperTail(c.count, c.bucketTotal, c.baseRate);
                c.supported = c.count >= options.minSupport;
                result.cells.push_back(c);
            }
    }
    std::vector<double> p;
    p.reserve(result.cells.size());
    for (const HeatmapCell &c : result.cells)
        p.push_back(c.pValue);
    const std::vector<double> q = Statistics::benjaminiHochberg(p);
    for (std::size_t i = 0; i < result.cells.size(); ++i) {
        HeatmapCell &c = result.cells[i];
        c.qValue = q[i];
        c.significant = c.supported && c.qValue < options.alpha && c.lift > 1;
    }
    return result;
}

std::vector<std::uint32_t> CorrelationHeatmap::rowsInCell(const Snapshot &s, Condition::Kind condition,
                                                          int bucket, int typeCode)
{
    std::vector<std::uint32_t> rows;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s.type[i] == typeCode && Condition::bucketOf(condition, s, i) == bucket)
            rows.push_back(std::uint32_t(i));
    return rows;
}

} // namespace pegboard
