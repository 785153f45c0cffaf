#pragma once

#include "riskscore.h"
#include "snapshot.h"

#include <QStringList>
#include <cstdint>
#include <vector>

namespace pegboard {

// Forecasts risk hour by hour for the coming days from the history's weekly rhythm: how many
// (and how severe) incidents each weekday-hour slot saw, and the conditions typical of that slot,
// scored with RiskScore. Quiet stretches below the threshold become ranked maintenance windows.
class MaintenancePlanner
{
public:
    struct Options
    {
        int days = 14;
        double threshold = 3.0;
        int minHours = 1;
        int maxWindows = 10;
    };

    struct HourForecast
    {
        std::int64_t startMs = 0;
        double risk = 0;          // 0–10
        double incidentRate = 0;  // expected severity-weighted incidents in this hour
        double conditionRisk = 0; // RiskScore of the slot's typical conditions
    };

    struct Window
    {
        std::int64_t fromMs = 0, toMs = 0;
        double meanRisk = 0;
        QStringList reasons;
    };

    struct Plan
    {
        std::vector<HourForecast> hours;
        std::vector<Window> windows; // best first: lowest risk, then longest
    };

    // `fromMs` is rounded down to the hour. The risk score supplies weights and thresholds.
    static Plan plan(const Snapshot &history, std::int64_t fromMs, const RiskScore &risk,
                     const Options &options);
    static Plan plan(const Snapshot &history, std::int64_t fromMs, const RiskScore &risk)
    {
        return plan(history, fromMs, risk, Options{});
    }
};

} // namespace pegboard
