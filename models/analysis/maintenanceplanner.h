#pragma once

#include "riskscore.h"
#include "snapshot.h"

#include <QLocale>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace pegboard {

// Forecasts risk hour by hour for the coming days from the history's weekly rhythm and recommends
// maintenance windows a planner can book: a few hours long, in the quietest hours of a day.
//  - Each hour's risk is the RiskScore (the live score's function, weights and 0–10 scale) of the
//    conditions the history's reports in that weekday-hour saw, counting the factors the history
//    knows (an hour no report ever fell in scores 0: nothing happened then).
//  - Peaks are the hours that saw many more incidents than average (peakFactor × the mean), or
//    whose forecast reaches the score's first action threshold; no window touches one or its margin.
//  - While an incident is open (an unresolved high or critical report of the last day, or the live
//    score at or past the first action threshold) no window is recommended at all.
class MaintenancePlanner
{
public:
    struct Options
    {
        int days = 14;
        double threshold = 3.0; // every hour of a window forecasts below this (0–10)
        int windowHours = 3;    // a window's length
        int maxWindows = 14;    // at most one per day, best first
        double peakFactor = 1.5;
        int peakMarginHours = 1;    // hours kept free before and after a peak
        int openIncidentHours = 24; // an unresolved high/critical report this recent is an open incident
    };

    struct HourForecast
    {
        std::int64_t startMs = 0;
        double risk = 0;          // 0–10, the RiskScore of the slot's typical conditions
        double incidentRate = 0;  // expected severity-weighted incidents in this hour
        double conditionRisk = 0; // the same score before escalation holds
        bool peak = false;
    };

    struct Window
    {
        std::int64_t fromMs = 0, toMs = 0;
        double meanRisk = 0;
        QStringList reasons;
    };

    // Why no window is recommended now.
    struct Incident
    {
        int openReports = 0; // unresolved high/critical reports of the last openIncidentHours
        std::int64_t newestMs = Snapshot::NoTime;
        double liveRisk = -1; // the live score when the plan was made (or updated); < 0 unknown
        double threshold = 7.5;
        bool isOpen() const { return openReports > 0 || liveRisk >= threshold; }
        QString reason() const;
    };

    struct Plan
    {
        std::vector<HourForecast> hours;
        std::vector<Window> windows;    // recommended, best first: empty while an incident is open
        std::vector<Window> candidates; // the quiet windows, whether or not an incident is open
        Incident incident;
    };

    // `fromMs` is rounded down to the hour. The risk score supplies weights and thresholds;
    // `liveRisk` is the score now (negative: unknown).
    static Plan plan(const Snapshot &history, std::int64_t fromMs, const RiskScore &risk, double liveRisk,
                     const Options &options);
    static Plan plan(const Snapshot &history, std::int64_t fromMs, const RiskScore &risk,
                     double liveRisk = -1)
    {
        return plan(history, fromMs, risk, liveRisk, Options{});
    }
    // The live score changed: the windows are recommended again, or withdrawn while it is high.
    static void setLiveRisk(Plan &plan, double liveRisk);
    // "Tue 25 Nov 02:00–05:00 UTC" (the end's day too when the span crosses midnight), in `locale`.
    static QString spanLabel(std::int64_t fromMs, std::int64_t toMs, const QLocale &locale = QLocale());
};

} // namespace pegboard
