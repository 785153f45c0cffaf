#include "feedscenario.h"

#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
// Depeg script (scenario seconds): calm until SlideStart, price slides to the bottom by
// BottomStart, stays there until RecoveryStart, back on peg by RecoveryEnd. The oracle stops
// publishing shortly after the slide begins and resumes during the recovery.
constexpr double SlideStart = 120;
constexpr double BottomStart = 420;
constexpr double RecoveryStart = 600;
constexpr double RecoveryEnd = 900;
constexpr double StallStart = 150;
constexpr double StallEnd = 660;
constexpr double Bottom = 0.97;
constexpr double Period = 1200;

double smoothstep(double from, double to, double t)
{
    const double x = std::clamp((t - from) / (to - from), 0.0, 1.0);
    return x * x * (3 - 2 * x);
}

// Deterministic wiggle in [-1, 1]: a few incommensurate sines, no random state.
double wiggle(double t, double seed)
{
    return (std::sin(t * 0.37 + seed) + 0.6 * std::sin(t * 1.13 + 2 * seed) +
            0.3 * std::sin(t * 3.7 + 3 * seed)) /
           1.9;
}

double wrap(double t)
{
    return std::fmod(std::max(0.0, t), Period);
}
} // namespace

QStringList FeedScenario::names()
{
    return {QStringLiteral("calm"), QStringLiteral("depeg")};
}

std::optional<FeedScenario> FeedScenario::named(const QString &name)
{
    if (!names().contains(name))
        return std::nullopt;
    return FeedScenario(name);
}

double FeedScenario::periodS() const
{
    return Period;
}

bool FeedScenario::oracleStalled(double tSeconds) const
{
    const double t = wrap(tSeconds);
    return m_name == QLatin1String("depeg") && t >= StallStart && t < StallEnd;
}

double FeedScenario::pegLevel(double t) const
{
    if (m_name != QLatin1String("depeg"))
        return 0.9999;
    const double down = smoothstep(SlideStart, BottomStart, t);
    const double up = smoothstep(RecoveryStart, RecoveryEnd, t);
    return 0.9999 - (0.9999 - Bottom) * down * (1 - up);
}

double FeedScenario::stress(double t) const
{
    if (m_name != QLatin1String("depeg"))
        return 0.1;
    // Gas and congestion spike with the slide and ease off before the price is fully back.
    return 0.1 + 0.85 * smoothstep(SlideStart - 30, SlideStart + 150, t) *
                     (1 - smoothstep(RecoveryStart - 60, RecoveryEnd - 100, t));
}

ScenarioState FeedScenario::at(double tSeconds) const
{
    const double t = wrap(tSeconds);
    const double s = stress(t);
    const double level = pegLevel(t);
    // Noise grows with stress: a calm peg moves by a basis point, a panicking one by tens.
    const double noise = (0.0001 + 0.003 * (s - 0.1)) * wiggle(tSeconds, 1.0);
    ScenarioState v;
    v.price = std::clamp(level + noise, 0.5, 1.02);
    v.gasGwei = std::max(1.0, 22 + 260 * (s - 0.1) / 0.85 + 6 * wiggle(tSeconds, 2.0) * (1 + 5 * s));
    v.pendingTx = std::max(0.0, 90000 + 180000 * s + 8000 * wiggle(tSeconds, 3.0));
    v.congestion = std::clamp(0.35 + 0.6 * s + 0.04 * wiggle(tSeconds, 4.0), 0.0, 1.0);
    v.mevActivity = std::clamp(0.2 + 0.7 * s + 0.05 * wiggle(tSeconds, 5.0), 0.0, 1.0);
    v.collateralRatio =
        1.55 - 0.25 * (0.9999 - level) / (0.9999 - Bottom + 1e-9) * (m_name == QLatin1String("depeg"));
    v.reserveUsd = 2.4e8 * v.collateralRatio / 1.55;

    // The oracle publishes on its heartbeat unless stalled; its answer is the price at that round.
    const double cycleStart = tSeconds - t;
    double last = std::floor(t / OracleHeartbeatS) * OracleHeartbeatS;
    if (oracleStalled(t))
        last = std::floor(StallStart / OracleHeartbeatS) * OracleHeartbeatS;
    v.oracleUpdatedAtS = cycleStart + last;
    v.oracleAnswer = std::clamp(
        pegLevel(last) + (0.0001 + 0.003 * (stress(last) - 0.1)) * wiggle(cycleStart + last, 1.0), 0.5, 1.02);
    return v;
}

} // namespace pegboard
