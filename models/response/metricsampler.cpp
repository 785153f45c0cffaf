#include "metricsampler.h"

#include "domain/feedseries.h"
#include "feeds/feedhub.h"

#include <algorithm>
#include <cmath>

namespace pegboard {

std::optional<double> MetricSampler::Sample::value(const QString &metric) const
{
    const auto it = values.constFind(metric);
    return it == values.cend() ? std::nullopt : std::optional<double>(*it);
}

MetricSampler::MetricSampler(const FeedHub *hub)
    : m_hub(hub)
{}

QStringList MetricSampler::metricNames()
{
    QStringList names{QStringLiteral("risk_score")};
    for (int f = 0; f < RiskScore::FactorCount; ++f)
        names << RiskScore::factorKey(RiskScore::Factor(f));
    names << QStringLiteral("risk_confidence") << QStringLiteral("peg_deviation_bps")
          << QStringLiteral("peg_deviation_bps_5m_avg") << QStringLiteral("oracle_age_s")
          << QStringLiteral("oracle_divergence_bps") << QStringLiteral("gas_gwei")
          << QStringLiteral("oracle_failure_probability");
    return names;
}

Result<void> MetricSampler::setConfig(const RiskScore::Config &config)
{
    return m_score.setConfig(config);
}

double MetricSampler::pegHeldS(const QString &symbol, qint64 atMs)
{
    PegTrack &track = m_tracks[symbol];
    qint64 next = 0;
    const double critical = m_score.config().escalation.pegCriticalBps;
    for (const SeriesPoint &p : m_hub->points(FeedSeries::price(symbol), track.nextSequence, &next)) {
        if (std::abs((p.value - 1.0) * 10000.0) < critical)
            track.offSinceMs = -1;
        else if (track.offSinceMs < 0)
            track.offSinceMs = p.timestampMs;
    }
    track.nextSequence = next;
    return track.offSinceMs < 0 ? 0.0 : std::max(0.0, double(atMs - track.offSinceMs) / 1000.0);
}

MetricSampler::Sample MetricSampler::sample(const QString &symbolArg, qint64 nowMs)
{
    Sample s;
    const ContextSnapshot context = m_hub->snapshot(symbolArg);
    s.symbol =
        symbolArg.isEmpty() ? context.priceContext.value(QStringLiteral("symbol")).toString() : symbolArg;
    // A simulator or replay stamps samples ahead of the wall clock; its oracle is as old as its own
    // newest price says, not minus the difference.
    s.atMs = nowMs;
    if (const auto latest = m_hub->latest(FeedSeries::price(s.symbol)))
        s.atMs = std::max(nowMs, latest->timestampMs);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.atMs, Qt::UTC);
    s.risk = m_score.assess(context, at, s.symbol.isEmpty() ? 0.0 : pegHeldS(s.symbol, s.atMs));

    auto put = [&s](const QString &name, std::optional<double> v, bool stale) {
        if (!v || !std::isfinite(*v))
            return;
        s.values.insert(name, *v);
        if (stale)
            s.stale.insert(name);
    };
    const auto &f = s.risk.factors;
    bool anyStale = false;
    for (const auto &factor : f) {
        if (factor.known)
            put(RiskScore::factorKey(factor.factor), factor.score, factor.stale);
        anyStale = anyStale || factor.stale;
    }
    // The score itself is always computed; when its inputs stopped, the confidence says so and rules
    // on the score hold their state rather than act on old numbers.
    // Without a single known factor the score is the "moderate" default, not a measurement.
    if (std::any_of(f.begin(), f.end(), [](const RiskScore::FactorScore &x) { return x.known; }))
        put(QStringLiteral("risk_score"), s.risk.score, anyStale);
    put(QStringLiteral("risk_confidence"), s.risk.confidence, false);
    const bool priceStale = f[RiskScore::PegRisk].stale;
    put(QStringLiteral("peg_deviation_bps"), s.risk.measured.pegDeviationBps, priceStale);
    put(QStringLiteral("peg_deviation_bps_5m_avg"), s.risk.measured.pegDeviation5mBps, priceStale);
    // The oracle's age keeps growing while its feed is silent: that is the signal, not a stale value.
    put(QStringLiteral("oracle_age_s"), s.risk.measured.oracleAgeS, false);
    put(QStringLiteral("oracle_divergence_bps"), s.risk.measured.oracleDivergenceBps,
        priceStale || f[RiskScore::OracleRisk].stale);
    put(QStringLiteral("gas_gwei"), context.gasPriceGwei(), f[RiskScore::NetworkRisk].stale);
    put(QStringLiteral("oracle_failure_probability"), m_probability, false);
    return s;
}

} // namespace pegboard
