#pragma once

#include "analysis/riskscore.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pegboard {

// The live risk score with its per-factor breakdown and the recommended actions.
class RiskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RiskPanel(QWidget *parent = nullptr);
    void setAssessment(const RiskScore::Assessment &assessment);
    QString scoreText() const;
    QString actionsText() const;

private:
    QLabel *m_score;
    QList<QProgressBar *> m_factors;
    QLabel *m_actions;
};

} // namespace pegboard
