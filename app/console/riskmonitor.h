#pragma once

#include "analysis/riskscore.h"
#include "response/metricsampler.h"

#include <QObject>
#include <QTimer>

namespace pegboard {

class FeedHub;

// Recomputes the live risk score from the feeds every 30 s (the customer's cadence) and whenever
// asked, through the same MetricSampler `pegboard watch` uses; the score is a few multiplications,
// so the GUI thread can afford it.
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
    const MetricSampler::Sample &latestSample() const { return m_latest; }

public slots:
    void assess();

signals:
    void assessed(const pegboard::RiskScore::Assessment &assessment);

private:
    MetricSampler m_sampler;
    MetricSampler::Sample m_latest;
    QString m_symbol = QStringLiteral("USDC");
    QTimer m_timer;
};

} // namespace pegboard
