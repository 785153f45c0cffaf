#include "maintenanceplanner.h"

#include "condition.h"
#include "domain/issuetype.h"

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

// The RiskScore of a slot's typical conditions, counting only the factors the history knows: an
// unknown factor scores as moderate live (the feed is missing), but here it means no report ever
// described it, which is no reason to keep a planner away. Escalation holds apply as they do live.
std::pair<double, double> slotRisk(const RiskScore &risk, const std::vector<float> &gas,
                                   const std::vector<float> &peg, const std::vector<float> &vol,
                                   const std::vector<float> &staleness)
{
    ContextSnapshot typical;
    if (const double g = mean(gas); !std::isnan(g))
        typical.setGasPriceGwei(g);
    if (const double p = mean(peg); !std::isnan(p))
        typical.setPegDeviationBps(p);
    if (const double v = mean(vol); !std::isnan(v))
        typical.setVolatilityIndex(v);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (const double a = mean(staleness); !std::isnan(a))
        typical.setOracleLastUpdate(at.addSecs(-qint64(a)));
    const RiskScore::Assessment assessment = risk.assess(typical, at);
    double known = 0, weights = 0;
    for (const auto &f : assessment.factors)
        if (f.known)
            known += f.contribution, weights += f.weight;
    const double base = weights > 0 ? known / weights : 0;
    const double held = assessment.escalations.isEmpty() ? base : std::max(base, assessment.score);
    return {std::clamp(held, 0.0, 10.0), base};
}
} // namespace

QString MaintenancePlanner::Incident::reason() const
{
    const QLocale locale;
    if (openReports > 0)
        return QCoreApplication::translate("MaintenancePlanner",
                                           "An incident is open: %n unresolved high or critical report(s), "
                                           "the newest %1 UTC. No maintenance window is recommended "
                                           "until they are resolved.",
                                           nullptr, openReports)
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(newestMs, Qt::UTC), QLocale::ShortFormat));
    if (liveRisk >= threshold)
        return QCoreApplication::translate("MaintenancePlanner",
                                           "The live risk score is %1 / 10 (at or past %2): no maintenance "
                                           "window is recommended while it stays there.")
            .arg(locale.toString(liveRisk, 'f', 1), locale.toString(threshold, 'f', 1));
    return {};
}

QString MaintenancePlanner::spanLabel(std::int64_t fromMs, std::int64_t toMs, const QLocale &locale)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    const QString dayPattern = QStringLiteral("ddd d MMM");
    const QString day = locale.toString(from.date(), dayPattern);
    const QString start = from.toString(QStringLiteral("HH:mm"));
    // A window ending at midnight ends at 24:00 of its own day, not at 00:00 of the next.
    if (to.date() == from.date() || (to.time() == QTime(0, 0) && to.date() == from.date().addDays(1))) {
        const QString end =
            to.date() == from.date() ? to.toString(QStringLiteral("HH:mm")) : QStringLiteral("24:00");
        return QCoreApplication::translate("MaintenancePlanner", "%1 %2–%3 UTC").arg(day, start, end);
    }
    return QCoreApplication::translate("MaintenancePlanner", "%1 %2 – %3 %4 UTC")
        .arg(day, start, locale.toString(to.date(), dayPattern), to.toString(QStringLiteral("HH:mm")));
}

void MaintenancePlanner::setLiveRisk(Plan &plan, double liveRisk)
{
    plan.incident.liveRisk = liveRisk;
    plan.windows = plan.incident.isOpen() ? std::vector<Window>{} : plan.candidates;
}

MaintenancePlanner::Plan MaintenancePlanner::plan(const Snapshot &s, std::int64_t fromMs,
                                                  const RiskScore &risk, double liveRisk, const Options &o)
{
    // Per slot: severity-weighted incidents, and the conditions the slot's incidents were reported in.
    std::array<double, Slots> weight{};
    std::array<std::vector<float>, Slots> gas, peg, vol, staleness;
    std::int64_t first = std::numeric_limits<std::int64_t>::max(),
                 last = std::numeric_limits<std::int64_t>::min();
    Plan plan;
    plan.incident.liveRisk = liveRisk;
    plan.incident.threshold = risk.config().raiseOracleFrequency;
    const std::int64_t openSince = fromMs - std::int64_t(o.openIncidentHours) * HourMs;
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
        if (s.severity[i] >= Severity::Immediate && s.resolvedMs[i] == Snapshot::NoTime && t >= openSince) {
            ++plan.incident.openReports;
            plan.incident.newestMs = std::max(plan.incident.newestMs, t);
        }
    }
    const double weeks = first <= last ? std::max(1.0, double(last - first) / (7 * 24 * HourMs)) : 1.0;
    double total = 0;
    for (double w : weight)
        total += w / weeks;
    const double average = total / Slots;

    std::array<std::pair<double, double>, Slots> slotRisks{};
    for (int slot = 0; slot < Slots; ++slot) {
        const auto k = std::size_t(slot);
        slotRisks[k] = slotRisk(risk, gas[k], peg[k], vol[k], staleness[k]);
    }

    const std::int64_t start = fromMs - ((fromMs % HourMs) + HourMs) % HourMs;
    const int hours = std::max(0, o.days) * 24;
    for (int h = 0; h < hours; ++h) {
        HourForecast f;
        f.startMs = start + h * HourMs;
        const auto k = std::size_t(slotOf(f.startMs));
        f.incidentRate = weight[k] / weeks;
        std::tie(f.risk, f.conditionRisk) = slotRisks[k];
        f.peak = (f.incidentRate > 0 && f.incidentRate >= o.peakFactor * average) ||
                 f.risk >= risk.config().raiseOracleFrequency;
        plan.hours.push_back(f);
    }
    // An hour is usable when it forecasts below the threshold and no peak is within the margin.
    std::vector<bool> usable(plan.hours.size());
    for (int h = 0; h < hours; ++h) {
        bool ok = plan.hours[std::size_t(h)].risk < o.threshold;
        for (int m = std::max(0, h - o.peakMarginHours);
             ok && m <= std::min(hours - 1, h + o.peakMarginHours); ++m)
            ok = !plan.hours[std::size_t(m)].peak;
        usable[std::size_t(h)] = ok;
    }
    // One window per UTC day: the quietest `windowHours` that start that day, never overlapping the
    // previous day's.
    const int length = std::max(1, o.windowHours);
    int earliest = 0;
    for (int dayStart = 0; dayStart < hours;) {
        const std::int64_t dayMs = plan.hours[std::size_t(dayStart)].startMs;
        int dayEnd = dayStart;
        while (dayEnd < hours &&
               QDateTime::fromMSecsSinceEpoch(plan.hours[std::size_t(dayEnd)].startMs, Qt::UTC).date() ==
                   QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).date())
            ++dayEnd;
        int best = -1;
        double bestRisk = 0, bestRate = 0;
        for (int h = std::max(dayStart, earliest); h < dayEnd && h + length <= hours; ++h) {
            double sum = 0, rate = 0;
            bool ok = true;
            for (int k = h; ok && k < h + length; ++k) {
                ok = usable[std::size_t(k)];
                sum += plan.hours[std::size_t(k)].risk;
                rate += plan.hours[std::size_t(k)].incidentRate;
            }
            if (!ok)
                continue;
            // Compared at the precision shown (one decimal), so ties go to the quieter, then earlier hour.
            const double shown = std::round(10 * sum / length) / 10;
            if (best < 0 || shown < bestRisk || (shown == bestRisk && rate < bestRate - 1e-9)) {
                best = h;
                bestRisk = shown;
                bestRate = rate;
            }
        }
        if (best >= 0) {
            Window w;
            w.fromMs = plan.hours[std::size_t(best)].startMs;
            w.toMs = w.fromMs + length * HourMs;
            double sum = 0;
            for (int k = best; k < best + length; ++k)
                sum += plan.hours[std::size_t(k)].risk;
            w.meanRisk = sum / length;
            const QLocale locale;
            w.reasons << QCoreApplication::translate("MaintenancePlanner",
                                                     "%1: forecast risk %2 / 10, every hour below %3")
                             .arg(spanLabel(w.fromMs, w.toMs), locale.toString(w.meanRisk, 'f', 1),
                                  locale.toString(o.threshold, 'f', 1));
            w.reasons
                << QCoreApplication::translate(
                       "MaintenancePlanner",
                       "historically %1 incidents per hour here vs %2 on average, no peak within %n hour(s)",
                       nullptr, o.peakMarginHours)
                       .arg(locale.toString(bestRate / length, 'f', 2), locale.toString(average, 'f', 2));
            plan.candidates.push_back(w);
            earliest = best + length;
        }
        dayStart = dayEnd;
    }
    std::stable_sort(plan.candidates.begin(), plan.candidates.end(), [](const Window &a, const Window &b) {
        const double ra = std::round(10 * a.meanRisk), rb = std::round(10 * b.meanRisk);
        return ra != rb ? ra < rb : a.fromMs < b.fromMs;
    });
    if (int(plan.candidates.size()) > o.maxWindows)
        plan.candidates.resize(std::size_t(std::max(0, o.maxWindows)));
    plan.windows = plan.incident.isOpen() ? std::vector<Window>{} : plan.candidates;
    return plan;
}

} // namespace pegboard
