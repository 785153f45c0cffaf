#pragma once

#include "domain/contextsnapshot.h"
#include "domain/feedsample.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace pegboard {

// Rows for the oracle-failure predictor: at each step t, features of the feeds over the window
// before t, and the label "an oracle failure is reported in (t, t + horizon]". Built only from
// what was known at t, so a model trained on it can run live on the same features.
struct PredictorDataset
{
    enum Feature
    {
        GasGwei,
        GasChange,       // last minus the window's mean
        Congestion,      // 0 … 1
        PegDeviationBps, // |price − 1| × 10,000, last
        PegDeviationMean,
        OracleAgeS,    // seconds since the oracle's last update
        MevActivity,   // 0 … 1
        VolumeAnomaly, // last volume / the window's mean − 1
        FeatureCount
    };

    struct Options
    {
        QString symbol = QStringLiteral("USDC");
        std::int64_t stepMs = 60 * 1000;
        std::int64_t windowMs = 30 * 60 * 1000;
        std::int64_t horizonMs = 15 * 60 * 1000;
    };

    std::vector<float> features; // row-major, FeatureCount per row; NaN = missing
    std::vector<float> labels;   // 0 / 1
    std::vector<std::int64_t> timesMs;
    std::int64_t horizonMs = 15 * 60 * 1000;

    std::size_t rows() const { return labels.size(); }
    const float *row(std::size_t i) const { return features.data() + i * FeatureCount; }

    static QStringList seriesFor(const QString &symbol);
    static QString featureName(int feature);
    // Samples of the symbol's series (any order) and the report times of oracle failures.
    static PredictorDataset build(std::span<const FeedSample> samples,
                                  std::vector<std::int64_t> failureTimesMs, const Options &options);
    // The same features from a live context (fields a context lacks are missing).
    static std::vector<float> fromContext(const ContextSnapshot &context, const QDateTime &at);
    // CSV with a header (features…, label, time_ms): what the baseline benchmark trains on.
    std::string toCsv() const;
};

} // namespace pegboard
