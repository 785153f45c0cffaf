#include "maintenanceplanner.h"

#include "condition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <array>
#include <cmath>

namespace pegboard {

namespace {
constexpr int Slots = 7 * 24;
constexpr std::int64_t HourMs = 3600 * 1000LL;

int slotOf(std::int64_t ms)
{
    return Condition::weekdayOf(ms) * 24 + Condition::hourOf(ms);
}

double mean(const std::vector<float> &v)
{
    double sum = 0;
    int n = 0;
    for (float x : v)
        if (!std::isnan(x))
            sum += x, ++n;
    return n ? sum / n : NAN;
}

QString slotName(std::int64_t fromMs, std::int64_t toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    return QCoreApplication::translate("MaintenancePlanner", "%1 %2–%3 UTC")
        .arg(Condition::weekdayName(Condition::weekdayOf(fromMs)), from.toString(QStringLiteral("HH:mm")),
             to.toString(QStringLiteral("HH:mm")));
}
} // namespace

MaintenancePlanner::Plan MaintenancePlanner::plan(const Snapshot &s, std::int64_t fromMs,
                                                  const RiskScore &risk, const Options &o)
{
    // Per slot: severity-weighted incidents, and the conditions the slot's incidents were reported in.
    std::array<double, Slots> weight{};
    std::array<std::vector<float>, Slots> gas, peg, vol, staleness;
    std::int64_t first = std::numeric_limits<std::int64_t>::max(),
                 last = std::numeric_limits<std::int64_t>::min();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::int64_t t = s.reportedMs[i];
        if (t == Snapshot::NoTime)
            continue;
        first = std::min(first, t);
        last = std::max(last, t);
        const int slot = slotOf(t);
        weight[std::size_t(slot)] += std::max(1, int(s.severity[i])) / 5.0;
        gas[std::size_t(slot)].push_back(s.gasGwei[i]);
        peg[std::size_t(slot)].push_back(std::abs(s.pegDeviationBps[i]));
        vol[std::size_t(slot)].push_back(s.volatility[i]);
        staleness[std::size_t(slot)].push_back(s.oracleStalenessS[i]);
    }
    const double weeks = first <= last ? std::max(1.0, double(last - first) / (7 * 24 * HourMs)) : 1.0;
    double busiest = 0, total = 0;
    for (double w : weight) {
        busiest = std::max(busiest, w / weeks);
        total += w / weeks;
    }
    const double average = total / Slots;

    std::array<double, Slots> conditionRisk{};
    for (int slot = 0; slot < Slots; ++slot) {
        const auto k = std::size_t(slot);
        ContextSnapshot typical;
        if (const double g = mean(gas[k]); !std::isnan(g))
            typical.setGasPriceGwei(g);
        if (const double p = mean(peg[k]); !std::isnan(p))
            typical.setPegDeviationBps(p);
        if (const double v = mean(vol[k]); !std::isnan(v))
            typical.setVolatilityIndex(v);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        if (const double a = mean(staleness[k]); !std::isnan(a))
            typical.setOracleLastUpdate(at.addSecs(-qint64(a)));
        // Unknown factors score as moderate; a slot with no incidents has no typical conditions, so
        // only what is known counts towards it.
        const RiskScore::Assessment assessment = risk.assess(typical, at);
        double known = 0, weights = 0;
        for (const auto &f : assessment.factors)
            if (f.known)
                known += f.contribution, weights += f.weight;
        conditionRisk[k] = weights > 0 ? known / weights : 0;
    }

    Plan plan;
    const std::int64_t start = fromMs - ((fromMs % HourMs) + HourMs) % HourMs;
    for (int h = 0; h < o.days * 24; ++h) {
        HourForecast f;
        f.startMs = start + h * HourMs;
        const auto k = std::size_t(slotOf(f.startMs));
        f.incidentRate = weight[k] / weeks;
        f.conditionRisk = conditionRisk[k];
        const double activity = busiest > 0 ? 10 * f.incidentRate / busiest : 0;
        f.risk = std::clamp(0.6 * activity + 0.4 * f.conditionRisk, 0.0, 10.0);
        plan.hours.push_back(f);
    }
    for (std::size_t h = 0; h < plan.hours.size();) {
        if (plan.hours[h].risk >= o.threshold) {
            ++h;
            continue;
        }
        std::size_t end = h;
        double sum = 0, rate = 0;
        while (end < plan.hours.size() && plan.hours[end].risk < o.threshold) {
            sum += plan.hours[end].risk;
            rate += plan.hours[end].incidentRate;
            ++end;
        }
        if (int(end - h) >= o.minHours) {
            Window w;
            w.fromMs = plan.hours[h].startMs;
            w.toMs = plan.hours[end - 1].startMs + HourMs;
            w.meanRisk = sum / double(end - h);
            w.reasons << QCoreApplication::translate("MaintenancePlanner", "%1: forecast risk %2 (below %3)")
                             .arg(slotName(w.fromMs, w.toMs))
                             .arg(w.meanRisk, 0, 'f', 1)
                             .arg(o.threshold, 0, 'f', 1);
            w.reasons << QCoreApplication::translate(
                             "MaintenancePlanner", "historically %1 incidents per hour here vs %2 on average")
                             .arg(rate / double(end - h), 0, 'f', 2)
                             .arg(average, 0, 'f', 2);
            plan.windows.push_back(w);
        }
        h = end;
    }
    std::stable_sort(plan.windows.begin(), plan.windows.end(), [](const Window &a, const Window &b) {
        if (std::abs(a.meanRisk - b.meanRisk) > 0.25)
            return a.meanRisk < b.meanRisk;
        return a.toMs - a.fromMs > b.toMs - b.fromMs;
    });
    if (int(plan.windows.size()) > o.maxWindows)
        plan.windows.resize(std::size_t(o.maxWindows));
    return plan;
}

} // namespace pegboard
