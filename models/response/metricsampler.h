#pragma once

#include "analysis/riskscore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace pegboard {

class FeedHub;

// The live metrics rules are written against, from a FeedHub: the risk score and each risk, the peg
// deviation and its 5-minute average, the oracle's age and divergence, gas, and P(oracle failure).
// The console's risk panel, `pegboard watch` and the backtest all read them here, so one number
// means the same everywhere. Time is feed time: a simulator or a replay running ahead of the wall
// clock is measured on its own clock.
class MetricSampler
{
public:
    struct Sample
    {
        QString symbol;
        qint64 atMs = 0;
        RiskScore::Assessment risk;
        QHash<QString, double> values;
        QSet<QString> stale; // metrics whose feed stopped: held, never acted on

        std::optional<double> value(const QString &metric) const;
        bool isStale(const QString &metric) const { return stale.contains(metric); }
    };

    explicit MetricSampler(const FeedHub *hub);

    static QStringList metricNames();
    static bool isMetric(const QString &name) { return metricNames().contains(name); }

    Result<void> setConfig(const RiskScore::Config &config);
    const RiskScore::Config &config() const { return m_score.config(); }
    // The score with the configured weights and thresholds, for a context not read off the hub (a
    // replay's recorded context).
    const RiskScore &score() const { return m_score; }
    // The live oracle predictor's latest probability (none: the metric is unknown).
    void setOracleFailureProbability(std::optional<double> probability) { m_probability = probability; }

    // Reads the hub at `nowMs` (wall clock, or replay time); `symbol` empty: the hub's default coin.
    Sample sample(const QString &symbol, qint64 nowMs);

private:
    // How long the peg has stayed past the critical deviation, from every price point seen.
    struct PegTrack
    {
        qint64 nextSequence = 0;
        qint64 offSinceMs = -1;
    };
    double pegHeldS(const QString &symbol, qint64 atMs);

    const FeedHub *m_hub;
    RiskScore m_score;
    std::optional<double> m_probability;
    QHash<QString, PegTrack> m_tracks;
};

} // namespace pegboard
