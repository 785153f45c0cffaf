#pragma once

#include "analysis/riskscore.h"
#include "response/metricsampler.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace pegboard {

class FeedHub;

// Recomputes the live risk score from the feeds every 30 s (the customer's cadence) and whenever
// asked, through the same MetricSampler `pegboard watch` uses; the score is a few multiplications,
// so the GUI thread can afford it. In a replay it is the same producer fed differently: the
// recorded context at T goes through the same RiskScore (same weights and thresholds), and live
// scoring pauses until the replay ends.
class RiskMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 30000;
    RiskMonitor(const FeedHub *hub, QObject *parent = nullptr);

    Result<void> setConfig(const RiskScore::Config &config);
    const RiskScore::Config &config() const { return m_sampler.config(); }
    // The demo's simulated oracle publishes every minute, not every hour.
    void setOracleHeartbeat(double seconds);
    void setSymbol(const QString &symbol) { m_symbol = symbol; }
    void setOracleFailureProbability(std::optional<double> p) { m_sampler.setOracleFailureProbability(p); }
    const RiskScore::Assessment &latest() const { return m_latest.risk; }
    // Replay: scores the context recorded at `at` (pegHeldS: how long the recorded peg had stayed past
    // the critical deviation by then) and holds that score until the next call or stopReplay().
    void assessRecorded(const ContextSnapshot &context, const QDateTime &at, double pegHeldS);
    void stopReplay();
    bool isReplaying() const { return m_replayAt.isValid(); }
    QDateTime replayPosition() const { return m_replayAt; }
    const MetricSampler::Sample &latestSample() const { return m_latest; }

public slots:
    void assess();

signals:
    void assessed(const pegboard::RiskScore::Assessment &assessment);
    // The moment a replayed score describes; invalid when scoring the live feeds again.
    void replayChanged(const QDateTime &at);

private:
    MetricSampler m_sampler;
    MetricSampler::Sample m_latest;
    QString m_symbol = QStringLiteral("USDC");
    QDateTime m_replayAt;
    ContextSnapshot m_replayContext;
    double m_replayPegHeldS = 0;
    QTimer m_timer;
};

} // namespace pegboard
