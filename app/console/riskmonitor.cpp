#include "console/riskmonitor.h"

#include "feeds/feedhub.h"

#include <QDateTime>

namespace pegboard {

RiskMonitor::RiskMonitor(const FeedHub *hub, QObject *parent)
    : QObject(parent)
    , m_sampler(hub)
{
    connect(&m_timer, &QTimer::timeout, this, &RiskMonitor::assess);
    m_timer.start(IntervalMs);
}

Result<void> RiskMonitor::setConfig(const RiskScore::Config &config)
{
    auto ok = m_sampler.setConfig(config);
    if (ok)
        assess();
    return ok;
}

void RiskMonitor::setOracleHeartbeat(double seconds)
{
    RiskScore::Config config = m_sampler.config();
    config.escalation.oracleHeartbeatS = seconds;
    setConfig(config);
}

void RiskMonitor::assess()
{
    m_latest = m_sampler.sample(m_symbol, QDateTime::currentMSecsSinceEpoch());
    emit assessed(m_latest.risk);
}

} // namespace pegboard
