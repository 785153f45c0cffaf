#pragma once

#include "domain/error.h"
#include "oraclepredictor.h"

#include <QString>
#include <QStringList>
#include <cstdint>

namespace pegboard {

// A trained oracle predictor on disk: the xgboost model in FILE and, next to it in FILE.json, what
// it was trained on. The sidecar is what makes a loaded model honest to evaluate: without the
// training period one could not tell its test rows from the rows it has already seen.
class PredictorModelFile
{
public:
    struct Info
    {
        QString symbol;
        QStringList features; // PredictorDataset::featureName order
        std::int64_t horizonMs = 0;
        std::int64_t trainFromMs = 0, trainToMs = 0, trainRows = 0;
        double threshold = 0.5; // chosen on the training period
    };

    static QString sidecarPath(const QString &modelPath);
    // Info for a model just trained on `symbol` with these metrics.
    static Info describe(const QString &symbol, std::int64_t horizonMs, const OraclePredictor::Metrics &m);
    static Result<void> save(const OraclePredictor &predictor, const Info &info, const QString &path);
    // Loads and checks the model against its sidecar and the features this build computes: a model
    // of another feature set is refused rather than fed rows it would misread.
    static Result<Info> load(OraclePredictor &predictor, const QString &path);
};

} // namespace pegboard
