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
    if (ok && isReplaying())
        m_latest.risk = m_sampler.score().assess(m_replayContext, m_replayAt, m_replayPegHeldS);
    if (ok)
        assess();
    return ok;
}

void RiskMonitor::assessRecorded(const ContextSnapshot &context, const QDateTime &at, double pegHeldS)
{
    const bool entering = !isReplaying();
    m_replayAt = at.toUTC();
    m_replayContext = context;
    m_replayPegHeldS = pegHeldS;
    m_latest = {};
    m_latest.symbol = m_symbol;
    m_latest.atMs = m_replayAt.toMSecsSinceEpoch();
    m_latest.risk = m_sampler.score().assess(context, m_replayAt, pegHeldS);
    if (entering)
        m_timer.stop();
    emit replayChanged(m_replayAt);
    emit assessed(m_latest.risk);
}

void RiskMonitor::stopReplay()
{
    if (!isReplaying())
        return;
    m_replayAt = {};
    m_timer.start(IntervalMs);
    emit replayChanged({});
    assess();
}

void RiskMonitor::setOracleHeartbeat(double seconds)
{
    RiskScore::Config config = m_sampler.config();
    config.escalation.oracleHeartbeatS = seconds;
    setConfig(config);
}

void RiskMonitor::assess()
{
    if (isReplaying()) {
        // New weights apply to the moment being replayed; the live feeds wait for the replay's end.
        emit assessed(m_latest.risk);
        return;
    }
    m_latest = m_sampler.sample(m_symbol, QDateTime::currentMSecsSinceEpoch());
    emit assessed(m_latest.risk);
}

} // namespace pegboard
