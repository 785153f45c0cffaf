#pragma once

#include "domain/error.h"
#include "predictordataset.h"

#include <QString>
#include <array>
#include <cstdint>
#include <vector>

namespace pegboard {

// Gradient-boosted trees (libxgboost) predicting an oracle failure within the horizon. Trained on
// the earlier part of the history and evaluated only on the later part: the metrics describe
// how it does on a period it has never seen, which is how it will be used.
class OraclePredictor
{
public:
    struct Options
    {
        double trainFraction = 0.7; // of the time span, chronologically
        int rounds = 100;
        int maxDepth = 3;
        double learningRate = 0.1;
        double minChildWeight = 20; // labels are noisy: no leaf for a handful of rows
        double subsample = 0.8;
        // One thread: libgomp spin-waits, which on a loaded machine costs far more than it gains.
        int threads = 1;
    };

    struct CalibrationBin
    {
        double from = 0, to = 0; // predicted probability range
        std::int64_t count = 0;
        double meanPredicted = 0, observedRate = 0;
    };

    struct Metrics
    {
        std::int64_t trainFromMs = 0, trainToMs = 0, testFromMs = 0, testToMs = 0;
        std::int64_t trainRows = 0, testRows = 0, testPositives = 0;
        double auc = 0, precision = 0, recall = 0;
        double threshold = 0.5; // chosen on the training period (best F1), applied to the test period
        std::vector<CalibrationBin> calibration;
        std::array<double, PredictorDataset::FeatureCount> importance{}; // total gain, sums to 1
    };

    OraclePredictor();
    ~OraclePredictor();
    OraclePredictor(const OraclePredictor &) = delete;
    OraclePredictor &operator=(const OraclePredictor &) = delete;

    Result<Metrics> train(const PredictorDataset &data, const Options &options);
    Result<Metrics> train(const PredictorDataset &data) { return train(data, Options{}); }
    bool isTrained() const { return m_booster != nullptr; }
    // Features the model expects per row (0 when none is loaded).
    int featureCount() const;

    // Test-period metrics of rows [testBegin, rows) at a decision threshold chosen elsewhere (on
    // the training period); the train fields are left for the caller.
    Result<Metrics> evaluate(const PredictorDataset &data, std::size_t testBegin, double threshold) const;
    // Total gain per feature, summing to 1 (all 0 when the model has no split).
    std::array<double, PredictorDataset::FeatureCount> importance() const;

    // Probabilities for row-major feature rows (FeatureCount per row).
    Result<std::vector<float>> predict(const std::vector<float> &rows) const;
    Result<float> predict(const ContextSnapshot &context, const QDateTime &at) const;

    Result<void> save(const QString &path) const;
    Result<void> load(const QString &path);

    // [0, trainEnd) trains, [testBegin, rows) tests: split at trainFraction of the time span, with
    // training rows whose label horizon reaches past the split left out (no look-ahead leakage).
    static std::pair<std::size_t, std::size_t> chronologicalSplit(const PredictorDataset &data,
                                                                  double trainFraction);
    // Area under the ROC curve (ties count half); 0.5 when one class is absent.
    static double auc(const std::vector<float> &scores, const std::vector<float> &labels);

private:
    void *m_booster = nullptr;
};

} // namespace pegboard
