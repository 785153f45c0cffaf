#pragma once

#include "analysis/liveoraclepredictor.h"
#include "analysis/riskscore.h"

#include <QWidget>
#include <optional>

class QLabel;
class QProgressBar;

namespace pegboard {

// The live risk score with its per-factor breakdown, the predicted chance of an oracle failure
// within the model's horizon, and the recommended actions.
class RiskPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RiskPanel(QWidget *parent = nullptr);
    void setAssessment(const RiskScore::Assessment &assessment);
    // Replay: the score shown is the one of moment `at` from the recorded feeds (invalid: live).
    void setReplaying(const QDateTime &at);
    bool isReplaying() const;
    QString replayText() const;
    QString scoreText() const;
    QString actionsText() const;
    QString escalationText() const;
    QString agreementText() const;
    void setPrediction(const LiveOraclePredictor::Prediction &prediction);
    QString predictionText() const;
    // Above the model's decision threshold: shown highlighted.
    bool predictionHighlighted() const;

private:
    void updateAgreement();

    QLabel *m_replay;
    QLabel *m_score;
    QList<QProgressBar *> m_factors;
    QLabel *m_actions;
    QLabel *m_prediction;
    QLabel *m_escalation;
    QLabel *m_agreement;
    std::optional<RiskScore::Assessment> m_assessment;
    LiveOraclePredictor::Prediction m_lastPrediction;
    bool m_predictionHighlighted = false;
};

} // namespace pegboard
