#pragma once

#include "analysis/riskscore.h"

#include <QObject>
#include <QTimer>

namespace pegboard {

class ContextSource;

// Recomputes the live risk score from the feeds' latest context every 30 s (the customer's
// cadence) and whenever asked; the score is a few multiplications, so the GUI thread can afford it.
class RiskMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 30000;
    RiskMonitor(const ContextSource *context, QObject *parent = nullptr);

    Result<void> setConfig(const RiskScore::Config &config);
    void setSymbol(const QString &symbol) { m_symbol = symbol; }
    const RiskScore::Assessment &latest() const { return m_latest; }

public slots:
    void assess();

signals:
    void assessed(const pegboard::RiskScore::Assessment &assessment);

private:
    const ContextSource *m_context;
    RiskScore m_score;
    RiskScore::Assessment m_latest;
    QString m_symbol = QStringLiteral("USDC");
    QTimer m_timer;
};

} // namespace pegboard
