#pragma once

#include "oraclepredictor.h"
#include "predictormodelfile.h"
#include "snapshot.h"

#include <QMetaType>
#include <memory>
#include <optional>
#include <span>

namespace pegboard {

// The predictor's part of an analysis: either train a new model on the earlier part of the window
// and test it on the later part, or take a model trained before and test it only on rows after its
// training period (and label horizon). Either way the metrics never include training rows.
class PredictorStage
{
public:
    struct Model
    {
        std::shared_ptr<const OraclePredictor> predictor;
        PredictorModelFile::Info info;
    };

    struct Outcome
    {
        QString symbol;
        std::optional<OraclePredictor::Metrics> metrics;
        QString error;              // why there are no metrics
        std::optional<Model> model; // the model evaluated: the given one or the one trained
        bool loaded = false;        // the model was given, not trained here
    };

    // `given` null: train. Failures are the snapshot's oracle-failure reports for the symbol.
    static Outcome run(const Snapshot &snapshot, std::span<const FeedSample> feeds, const Model *given);
    // The symbol whose oracle is recorded; ties go to the one most oracle failures name.
    static QString symbolWithOracle(std::span<const FeedSample> feeds, const Snapshot &snapshot);
};

} // namespace pegboard

Q_DECLARE_METATYPE(pegboard::PredictorStage::Model)
