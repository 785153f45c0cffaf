#include "predictordataset.h"

#include "domain/feedseries.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace pegboard {

namespace {
// One series as sorted times and values with prefix sums, for O(log n) window means.
struct Series
{
    std::vector<std::int64_t> t;
    std::vector<double> v, prefix;

    bool empty() const { return t.empty(); }
    void finish()
    {
        std::vector<std::size_t> order(t.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return t[a] < t[b]; });
        std::vector<std::int64_t> ts;
        std::vector<double> vs;
        for (std::size_t i : order)
            ts.push_back(t[i]), vs.push_back(v[i]);
        t = std::move(ts);
        v = std::move(vs);
        prefix.assign(v.size() + 1, 0);
        for (std::size_t i = 0; i < v.size(); ++i)
            prefix[i + 1] = prefix[i] + v[i];
    }
    // Index one past the last sample at or before `at`.
    std::size_t upTo(std::int64_t at) const
    {
        return std::size_t(std::upper_bound(t.begin(), t.end(), at) - t.begin());
    }
    // Doubles: oracle update times are Unix seconds, which a float would round to minutes.
    double last(std::int64_t at) const
    {
        const std::size_t i = upTo(at);
        return i ? v[i - 1] : NAN;
    }
    double mean(std::int64_t from, std::int64_t at) const
    {
        const std::size_t hi = upTo(at), lo = upTo(from);
        return hi > lo ? (prefix[hi] - prefix[lo]) / double(hi - lo) : NAN;
    }
};

float levelScore(const QString &level)
{
    const QString l = level.toLower();
    // Congestion (low, medium, high, critical) and MEV activity (normal, elevated, high).
    if (l == QLatin1String("low") || l == QLatin1String("normal"))
        return 0.2f;
    if (l == QLatin1String("medium") || l == QLatin1String("elevated"))
        return 0.5f;
    if (l == QLatin1String("critical"))
        return 0.95f;
    if (l == QLatin1String("high"))
        return 0.85f;
    return NAN;
}
} // namespace

QStringList PredictorDataset::seriesFor(const QString &symbol)
{
    return {FeedSeries::GasGwei,
            FeedSeries::Congestion,
            FeedSeries::MevActivity,
            FeedSeries::price(symbol),
            FeedSeries::oracleUpdatedAt(symbol),
            FeedSeries::volume24hUsd(symbol)};
}

QString PredictorDataset::featureName(int feature)
{
    static const char *names[] = {"gas_gwei",           "gas_change",   "congestion",   "peg_deviation_bps",
                                  "peg_deviation_mean", "oracle_age_s", "mev_activity", "volume_anomaly"};
    return feature >= 0 && feature < FeatureCount ? QString::fromLatin1(names[feature]) : QString();
}

PredictorDataset PredictorDataset::build(std::span<const FeedSample> samples,
                                         std::vector<std::int64_t> failures, const Options &o)
{
    const QStringList names = seriesFor(o.symbol);
    std::map<QString, Series> series;
    for (const QString &n : names)
        series[n];
    std::int64_t first = std::numeric_limits<std::int64_t>::max(),
                 last = std::numeric_limits<std::int64_t>::min();
    for (const FeedSample &s : samples) {
        auto it = series.find(s.series);
        if (it == series.end() || !std::isfinite(s.value))
            continue;
        it->second.t.push_back(s.timestampMs);
        it->second.v.push_back(s.value);
        first = std::min<std::int64_t>(first, s.timestampMs);
        last = std::max<std::int64_t>(last, s.timestampMs);
    }
    for (auto &[name, s] : series)
        s.finish();
    // Peg deviation is derived per sample, so its window mean is a mean of deviations.
    Series peg = series[FeedSeries::price(o.symbol)];
    for (double &v : peg.v)
        v = std::abs(v - 1) * 10000;
    for (std::size_t i = 0; i < peg.v.size(); ++i)
        peg.prefix[i + 1] = peg.prefix[i] + peg.v[i];
    const Series &gas = series[FeedSeries::GasGwei], &congestion = series[FeedSeries::Congestion],
                 &mev = series[FeedSeries::MevActivity],
                 &oracle = series[FeedSeries::oracleUpdatedAt(o.symbol)],
                 &volume = series[FeedSeries::volume24hUsd(o.symbol)];

    std::sort(failures.begin(), failures.end());
    PredictorDataset d;
    d.horizonMs = o.horizonMs;
    if (first > last || o.stepMs <= 0)
        return d;
    for (std::int64_t t = first + o.windowMs; t <= last; t += o.stepMs) {
        const std::int64_t from = t - o.windowMs;
        float f[FeatureCount];
        f[GasGwei] = float(gas.last(t));
        f[GasChange] = float(gas.last(t) - gas.mean(from, t));
        f[Congestion] = float(congestion.last(t));
        f[PegDeviationBps] = float(peg.last(t));
        f[PegDeviationMean] = float(peg.mean(from, t));
        const double updatedAt = oracle.last(t); // Unix seconds
        f[OracleAgeS] = std::isnan(updatedAt) ? NAN : float(double(t) / 1000.0 - updatedAt);
        f[MevActivity] = float(mev.last(t));
        const double meanVolume = volume.mean(from, t);
        f[VolumeAnomaly] = meanVolume > 0 ? float(volume.last(t) / meanVolume - 1) : NAN;
        d.features.insert(d.features.end(), f, f + FeatureCount);
        const auto next = std::upper_bound(failures.begin(), failures.end(), t);
        d.labels.push_back(next != failures.end() && *next <= t + o.horizonMs ? 1.f : 0.f);
        d.timesMs.push_back(t);
    }
    return d;
}

std::vector<float> PredictorDataset::fromContext(const ContextSnapshot &c, const QDateTime &at)
{
    std::vector<float> f(FeatureCount, NAN);
    if (auto gas = c.gasPriceGwei())
        f[GasGwei] = float(*gas);
    f[Congestion] = levelScore(c.congestionLevel());
    if (auto peg = c.pegDeviationBps())
        f[PegDeviationBps] = f[PegDeviationMean] = float(std::abs(*peg));
    const QDateTime oracle = c.oracleLastUpdate();
    if (oracle.isValid() && at.isValid())
        f[OracleAgeS] = float(oracle.msecsTo(at) / 1000.0);
    f[MevActivity] = levelScore(c.mevActivity());
    return f;
}

std::string PredictorDataset::toCsv() const
{
    std::string out;
    for (int k = 0; k < FeatureCount; ++k)
        out += featureName(k).toStdString() + ',';
    out += "label,time_ms\n";
    char buffer[64];
    for (std::size_t i = 0; i < rows(); ++i) {
        for (int k = 0; k < FeatureCount; ++k) {
            const float v = row(i)[k];
            // Missing as empty: the baseline reads it as NaN.
            if (!std::isnan(v)) {
                const int n = std::snprintf(buffer, sizeof buffer, "%.6g", double(v));
                out.append(buffer, std::size_t(n));
            }
            out += ',';
        }
        out += labels[i] > 0.5f ? "1," : "0,";
        out += std::to_string(timesMs[i]);
        out += '\n';
    }
    return out;
}

} // namespace pegboard
