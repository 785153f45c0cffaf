#pragma once

#include "analysis/riskscore.h"
#include "rule.h"

#include <QJsonObject>
#include <QList>
#include <functional>

namespace pegboard {

class FeedSampleStore;

// "What would this rule have fired over the recorded feeds?": the recorded feed_samples replayed
// in time order through a FeedHub on the replay's clock, sampled every step by the same
// MetricSampler and RuleEvaluator the watcher runs — one path, so a backtest and the live rule agree.
// P(oracle failure) is not replayed (no model ran then); rules on it report no firings.
class Backtest
{
public:
    struct Incident
    {
        qint64 firedAtMs = 0;
        qint64 resolvedAtMs = 0; // 0: still firing at the end of the window
        double firedValue = 0;
        double peak = 0; // the extreme value while firing
    };
    struct Result
    {
        QString rule;
        QList<Incident> incidents;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 evaluations = 0;
        qint64 evaluationsWithValue = 0;
        QJsonObject toJson() const;
    };

    struct Options
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 stepMs = 60000;
        qint64 chunkMs = 86400000; // read a day of samples at a time
        // Called after each chunk with 0–100; return false to cancel.
        std::function<bool(int percent)> progress;
    };

    static pegboard::Result<QList<Result>> run(FeedSampleStore &store, const QList<Rule> &rules,
                                               const RiskScore::Config &risk, const Options &options);
};

} // namespace pegboard
