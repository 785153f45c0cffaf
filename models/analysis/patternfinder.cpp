#include "patternfinder.h"

#include "condition.h"
#include "domain/issuetype.h"
#include "domain/numberformat.h"
#include "statistics.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace pegboard {

namespace {
// Gas floors searched; bin g holds rows with gas >= floors[g] (bin 0: unknown or below the first).
constexpr std::array<float, 5> gasFloors{0, 100, 150, 200, 250};
constexpr int GasBins = int(gasFloors.size());

int gasBin(float gas)
{
    if (std::isnan(gas))
        return 0;
    int bin = 0;
    while (bin + 1 < GasBins && gas > gasFloors[std::size_t(bin + 1)])
        ++bin;
    return bin;
}

bool overlaps(const Finding &a, const Finding &b)
{
    if (a.type != b.type)
        return false;
    if (a.weekday >= 0 && b.weekday >= 0 && a.weekday != b.weekday)
        return false;
    if (a.hourFrom >= 0 && b.hourFrom >= 0 && (a.hourTo <= b.hourFrom || b.hourTo <= a.hourFrom))
        return false;
    return true;
}
} // namespace

bool PatternFinder::contains(const Finding &f, const Snapshot &s, std::size_t row)
{
    const std::int64_t t = s.reportedMs[row];
    if ((f.weekday >= 0 || f.hourFrom >= 0) && t == Snapshot::NoTime)
        return false;
    if (f.weekday >= 0 && Condition::weekdayOf(t) != f.weekday)
        return false;
    if (f.hourFrom >= 0) {
        const int h = Condition::hourOf(t);
        if (h < f.hourFrom || h >= f.hourTo)
            return false;
    }
    return f.gasAbove <= 0 || s.gasGwei[row] > f.gasAbove;
}

QString PatternFinder::sentence(const Finding &f)
{
    QStringList where;
    if (f.weekday >= 0)
        where
            << QCoreApplication::translate("PatternFinder", "on %1s").arg(Condition::weekdayName(f.weekday));
    if (f.hourFrom >= 0)
        where << QCoreApplication::translate("PatternFinder", "%1–%2 UTC").arg(f.hourFrom).arg(f.hourTo);
    if (f.gasAbove > 0)
        where << QCoreApplication::translate("PatternFinder", "with gas above %1 gwei").arg(f.gasAbove);
    return QCoreApplication::translate("PatternFinder", "%1% of %2 reports fall %3; %4× the base rate")
        .arg(qRound(100 * f.share))
        .arg(IssueType::displayName(f.type).toLower(), where.join(QLatin1Char(' ')),
             NumberFormat::decimal(f.lift, 1));
}

std::vector<Finding> PatternFinder::find(const Snapshot &s, const Options &options)
{
    const int types = s.types.size();
    const std::size_t n = s.size();
    if (types == 0 || n == 0)
        return {};
    // counts[((type * 8 + weekday) * 25 + hour) * GasBins + gas]; weekday 7 / hour 24 = unknown time.
    constexpr int Days = 8, Hours = 25;
    std::vector<std::int64_t> counts(std::size_t(types + 1) * Days * Hours * GasBins, 0);
    auto at = [&](int type, int day, int hour, int gas) {
        return std::size_t(((type * Days + day) * Hours + hour) * GasBins + gas);
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (s.type[i] == StringDictionary::None)
            continue;
        const std::int64_t t = s.reportedMs[i];
        const int day = t == Snapshot::NoTime ? 7 : Condition::weekdayOf(t);
        const int hour = t == Snapshot::NoTime ? 24 : Condition::hourOf(t);
        const int gas = gasBin(s.gasGwei[i]);
        ++counts[at(s.type[i], day, hour, gas)];
        ++counts[at(types, day, hour, gas)]; // all types
    }
    // Sum over a region: days/hours as ranges (any = everything, including unknown times).
    auto regionCount = [&](int type, int day, int hourFrom, int hourTo, int gasFrom) {
        std::int64_t sum = 0;
        const int d0 = day < 0 ? 0 : day, d1 = day < 0 ? Days : day + 1;
        const int h0 = hourFrom < 0 ? 0 : hourFrom, h1 = hourFrom < 0 ? Hours : hourTo;
        for (int d = d0; d < d1; ++d)
            for (int h = h0; h < h1; ++h)
                for (int g = gasFrom; g < GasBins; ++g)
                    sum += counts[at(type, d, h, g)];
        return sum;
    };

    struct Window
    {
        int from, to;
    };
    std::vector<Window> windows{{-1, -1}};
    for (int span = 1; span <= options.maxHourSpan; ++span)
        for (int from = 0; from + span <= 24; ++from)
            windows.push_back({from, from + span});
    const double tested = double(types) * 8 * double(windows.size()) * GasBins;
    const double logThreshold = std::log(options.alpha / tested);
    const std::int64_t total = regionCount(types, -1, -1, -1, 0);

    std::vector<Finding> all;
    for (int type = 0; type < types; ++type) {
        const std::int64_t typeTotal = regionCount(type, -1, -1, -1, 0);
        if (typeTotal < options.minSupport)
            continue;
        const double baseRate = double(typeTotal) / double(total);
        std::vector<Finding> candidates;
        for (int day = -1; day < 7; ++day)
            for (const Window &w : windows)
                for (int g = 0; g < GasBins; ++g) {
                    if (day < 0 && w.from < 0 && g == 0)
                        continue; // the whole history is the baseline, not a pattern
                    Finding f;
                    f.count = regionCount(type, day, w.from, w.to, g);
                    if (f.count < options.minSupport)
                        continue;
                    f.patternTotal = regionCount(types, day, w.from, w.to, g);
                    f.rate = double(f.count) / double(f.patternTotal);
                    if (f.rate <= baseRate)
                        continue;
                    f.logPValue = Statistics::logBinomialUpperTail(f.count, f.patternTotal, baseRate);
                    if (f.logPValue > logThreshold)
                        continue;
                    f.type = s.types.text(std::uint16_t(type));
                    f.weekday = day;
                    f.hourFrom = w.from;
                    f.hourTo = w.to;
                    f.gasAbove = gasFloors[std::size_t(g)];
                    f.typeTotal = typeTotal;
                    f.share = double(f.count) / double(typeTotal);
                    f.baseRate = baseRate;
                    f.lift = f.rate / baseRate;
                    candidates.push_back(std::move(f));
                }
        std::sort(candidates.begin(), candidates.end(),
                  [](const Finding &a, const Finding &b) { return a.logPValue < b.logPValue; });
        // The most significant region tends to swallow a neighbouring hour or gas band that
        // happens to hold a few more of the type; trim every edge slice that is not significant
        // on its own, so the finding names the pattern and not its surroundings. A slice is judged
        // against the type's rate at the slice's own gas level outside the finding's hours: where a
        // type rises with gas everywhere, a cooler band beside a hot pattern is that general trend.
        auto gasBaseRate = [&](const Finding &f, int gasFrom, int gasTo) {
            auto band = [&](int t, int day, int from, int to) {
                return regionCount(t, day, from, to, gasFrom) -
                       (gasTo < GasBins ? regionCount(t, day, from, to, gasTo) : 0);
            };
            const std::int64_t all = band(types, -1, -1, -1) - band(types, f.weekday, f.hourFrom, f.hourTo);
            const std::int64_t ofType = band(type, -1, -1, -1) - band(type, f.weekday, f.hourFrom, f.hourTo);
            return all > 0 && ofType > 0 ? std::max(baseRate, double(ofType) / double(all)) : baseRate;
        };
        auto fill = [&](Finding &f, int gas) {
            f.count = regionCount(type, f.weekday, f.hourFrom, f.hourTo, gas);
            f.patternTotal = regionCount(types, f.weekday, f.hourFrom, f.hourTo, gas);
            f.gasAbove = gasFloors[std::size_t(gas)];
            f.rate = f.patternTotal ? double(f.count) / double(f.patternTotal) : 0;
            f.share = double(f.count) / double(typeTotal);
            f.lift = f.rate / baseRate;
            f.logPValue = Statistics::logBinomialUpperTail(f.count, f.patternTotal, baseRate);
        };
        auto trim = [&](Finding f) {
            int gas = int(std::find(gasFloors.begin(), gasFloors.end(), f.gasAbove) - gasFloors.begin());
            for (bool trimmed = true; trimmed;) {
                trimmed = false;
                struct Option
                {
                    int day, from, to, gas;
                };
                std::vector<Option> edges;
                if (f.hourFrom >= 0 && f.hourTo - f.hourFrom > 1) {
                    edges.push_back({f.weekday, f.hourFrom + 1, f.hourTo, gas});
                    edges.push_back({f.weekday, f.hourFrom, f.hourTo - 1, gas});
                }
                if (gas + 1 < GasBins)
                    edges.push_back({f.weekday, f.hourFrom, f.hourTo, gas + 1});
                if (f.weekday < 0) {
                    // An every-day finding whose reports all sit on one weekday is that weekday's.
                    int day = 0;
                    for (int d = 1; d < 7; ++d)
                        if (regionCount(type, d, f.hourFrom, f.hourTo, gas) >
                            regionCount(type, day, f.hourFrom, f.hourTo, gas))
                            day = d;
                    edges.push_back({day, f.hourFrom, f.hourTo, gas});
                }
                if (f.hourFrom < 0) {
                    // Likewise an all-day finding whose reports sit in a few hours.
                    Window best{-1, -1};
                    std::int64_t most = -1;
                    for (const Window &w : windows)
                        if (w.from >= 0 && regionCount(type, f.weekday, w.from, w.to, gas) > most) {
                            most = regionCount(type, f.weekday, w.from, w.to, gas);
                            best = w;
                        }
                    edges.push_back({f.weekday, best.from, best.to, gas});
                }
                double weakest = logThreshold;
                const Option *best = nullptr;
                for (const Option &o : edges) {
                    const std::int64_t k = f.count - regionCount(type, o.day, o.from, o.to, o.gas);
                    const std::int64_t all = f.patternTotal - regionCount(types, o.day, o.from, o.to, o.gas);
                    // Dropping the lowest gas band leaves that band as the slice; dropping an
                    // hour leaves a slice at the finding's whole gas range.
                    const double sliceBase =
                        o.gas != gas ? gasBaseRate(f, gas, gas + 1) : gasBaseRate(f, gas, GasBins);
                    const double logP = Statistics::logBinomialUpperTail(k, all, sliceBase);
                    if (logP > weakest) {
                        weakest = logP;
                        best = &o;
                    }
                }
                if (best &&
                    regionCount(type, best->day, best->from, best->to, best->gas) >= options.minSupport) {
                    f.weekday = best->day;
                    f.hourFrom = best->from;
                    f.hourTo = best->to;
                    gas = best->gas;
                    fill(f, gas);
                    trimmed = true;
                }
            }
            return f;
        };
        // Nested variants of one pattern (13–16 vs 14–16) are one finding, not three.
        std::vector<Finding> kept;
        for (Finding &c : candidates) {
            if (int(kept.size()) >= options.maxPerType)
                break;
            Finding t = trim(std::move(c));
            if (std::none_of(kept.begin(), kept.end(), [&](const Finding &k) { return overlaps(k, t); }))
                kept.push_back(std::move(t));
        }
        std::move(kept.begin(), kept.end(), std::back_inserter(all));
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding &a, const Finding &b) { return a.logPValue < b.logPValue; });
    if (int(all.size()) > options.maxFindings)
        all.resize(std::size_t(options.maxFindings));
    for (Finding &f : all) {
        f.sentence = sentence(f);
        const std::uint16_t code = s.types.find(f.type.toStdString());
        for (std::size_t i = 0; i < n; ++i)
            if (s.type[i] == code && contains(f, s, i))
                f.rows.push_back(std::uint32_t(i));
    }
    return all;
}

} // namespace pegboard
