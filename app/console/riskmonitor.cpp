#include "console/riskmonitor.h"

#include "domain/contextsource.h"

namespace pegboard {

RiskMonitor::RiskMonitor(const ContextSource *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_timer, &QTimer::timeout, this, &RiskMonitor::assess);
    m_timer.start(IntervalMs);
}

Result<void> RiskMonitor::setConfig(const RiskScore::Config &config)
{
    auto ok = m_score.setConfig(config);
    if (ok)
        assess();
    return ok;
}

void RiskMonitor::assess()
{
    m_latest = m_score.assess(m_context->snapshot(m_symbol), QDateTime::currentDateTimeUtc());
    emit assessed(m_latest);
}

} // namespace pegboard
