#include "riskpanel.h"

#include "domain/numberformat.h"
#include "riskcolors.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace pegboard {

RiskPanel::RiskPanel(QWidget *parent)
    : QWidget(parent)
    , m_replay(new QLabel(this))
    , m_score(new QLabel(this))
    , m_actions(new QLabel(this))
    , m_prediction(new QLabel(this))
    , m_escalation(new QLabel(this))
    , m_agreement(new QLabel(this))
{
    setObjectName(QStringLiteral("RiskPanel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setAutoFillBackground(true);
    m_score->setMargin(6);
    auto *form = new QFormLayout;
    for (int f = 0; f < RiskScore::FactorCount; ++f) {
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        form->addRow(RiskScore::factorName(RiskScore::Factor(f)), bar);
        m_factors << bar;
    }
    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    m_replay->setObjectName(QStringLiteral("riskReplay"));
    m_replay->setWordWrap(true);
    m_replay->setVisible(false);
    layout->addWidget(m_replay);
    layout->addWidget(m_score);
    m_prediction->setObjectName(QStringLiteral("oraclePrediction"));
    m_prediction->setWordWrap(true);
    m_prediction->setMargin(4);
    layout->addWidget(m_prediction);
    m_agreement->setObjectName(QStringLiteral("riskAgreement"));
    m_agreement->setWordWrap(true);
    layout->addWidget(m_agreement);
    m_escalation->setObjectName(QStringLiteral("riskEscalation"));
    m_escalation->setWordWrap(true);
    layout->addWidget(m_escalation);
    layout->addLayout(form);
    layout->addWidget(m_actions);
    layout->addStretch();
    m_score->setText(tr("Risk: waiting for feeds…"));
    setPrediction({});
}

void RiskPanel::setAssessment(const RiskScore::Assessment &a)
{
    const QLocale locale;
    m_assessment = a;
    // A score from stopped feeds must not look as sure as one from live feeds.
    m_score->setText(a.confidence < 0.999
                         ? tr("Risk %1 / 10 (confidence %2)")
                               .arg(locale.toString(a.score, 'f', 1), NumberFormat::percent(a.confidence))
                         : tr("Risk %1 / 10").arg(locale.toString(a.score, 'f', 1)));
    m_escalation->setText(a.escalations.join(QLatin1Char('\n')));
    m_escalation->setVisible(!a.escalations.isEmpty());
    updateAgreement();
    QPalette p = m_score->palette();
    p.setColor(QPalette::Window, RiskColors::forRisk(a.score));
    p.setColor(QPalette::WindowText, RiskColors::textOn(RiskColors::forRisk(a.score)));
    m_score->setPalette(p);
    for (int f = 0; f < RiskScore::FactorCount && f < m_factors.size(); ++f) {
        const auto &factor = a.factors[size_t(f)];
        m_factors[f]->setValue(int(factor.score * 10));
        // The bar says the factor's score; its weight and reason are a hover away, so the text fits
        // the bar at any scale and in any language.
        m_factors[f]->setFormat(!factor.known  ? QStringLiteral("?")
                                : factor.stale ? tr("%1 (stale)").arg(locale.toString(factor.score, 'f', 1))
                                               : locale.toString(factor.score, 'f', 1));
        m_factors[f]->setToolTip(factor.known ? tr("%1 (weight %2)")
                                                        .arg(locale.toString(factor.score, 'f', 1),
                                                             locale.toString(factor.weight, 'f', 2)) +
                                                    QLatin1Char('\n') + factor.reason
                                              : tr("unknown (scored 5)"));
    }
    m_actions->setText(
        a.actions.isEmpty()
            ? tr("<b>Recommended:</b> no action needed.")
            : tr("<b>Recommended:</b><ul><li>%1</li></ul>").arg(a.actions.join(QStringLiteral("</li><li>"))));
}

void RiskPanel::setReplaying(const QDateTime &at)
{
    // Said in words, so a past score is never taken for the present one.
    m_replay->setText(at.isValid() ? tr("<b>Replaying:</b> the risk as it read at %1 UTC, from the recorded "
                                        "feeds (the prediction at that moment is on the timeline bar).")
                                         .arg(QLocale().toString(at.toUTC(), QLocale::ShortFormat))
                                   : QString());
    m_replay->setVisible(at.isValid());
    m_prediction->setVisible(!at.isValid());
    m_agreement->setVisible(!at.isValid() && !m_agreement->text().isEmpty());
}

bool RiskPanel::isReplaying() const
{
    return !m_replay->text().isEmpty();
}

QString RiskPanel::replayText() const
{
    return m_replay->text();
}

void RiskPanel::setPrediction(const LiveOraclePredictor::Prediction &p)
{
    using State = LiveOraclePredictor::Prediction::State;
    const QLocale locale;
    m_lastPrediction = p;
    updateAgreement();
    QString text;
    switch (p.state) {
    case State::NoModel:
        text = tr("Oracle failure prediction: no model yet (one is trained when the analysis has "
                  "recorded feeds).");
        break;
    case State::NoFeeds:
        text = tr("Oracle failure prediction: waiting for the gas and oracle feeds.");
        break;
    case State::Stale:
        text = tr("Oracle failure prediction paused: feeds stale for %1 s.")
                   .arg(locale.toString(p.staleForS, 'f', 0));
        break;
    case State::Failed:
        text = tr("Oracle failure prediction failed: %1").arg(p.error);
        break;
    case State::Ready: {
        const float age = p.features[PredictorDataset::OracleAgeS];
        const float gas = p.features[PredictorDataset::GasGwei];
        const QString oracle =
            std::isnan(age) ? tr("oracle age unknown")
            : age >= 120    ? tr("oracle %1 min stale").arg(locale.toString(std::floor(age / 60), 'f', 0))
                            : tr("oracle updated %1 s ago").arg(locale.toString(std::max(0.f, age), 'f', 0));
        const QString gasText =
            std::isnan(gas) ? tr("gas unknown") : tr("gas %1 gwei").arg(locale.toString(gas, 'f', 0));
        text = tr("Oracle failure within %1 min: %2 — %3, %4")
                   .arg(p.horizonMinutes)
                   .arg(NumberFormat::percent(p.probability), oracle, gasText);
        break;
    }
    }
    m_prediction->setText(text);
    m_prediction->setToolTip(
        p.state == State::Ready
            ? tr("Scored by the trained predictor for %1; highlighted at or above its decision threshold of "
                 "%2, chosen on its training period.")
                  .arg(p.symbol, NumberFormat::percent(p.threshold))
            : QString());
    m_predictionHighlighted = p.aboveThreshold();
    m_prediction->setAutoFillBackground(m_predictionHighlighted);
    QFont font = m_prediction->font();
    font.setBold(m_predictionHighlighted);
    m_prediction->setFont(font);
    QPalette palette = m_prediction->palette();
    const QColor alert = RiskColors::forRisk(9.5);
    palette.setColor(QPalette::Window, alert);
    palette.setColor(QPalette::WindowText, m_predictionHighlighted
                                               ? RiskColors::textOn(alert)
                                               : this->palette().color(QPalette::WindowText));
    m_prediction->setPalette(palette);
}

void RiskPanel::updateAgreement()
{
    const bool ready = m_lastPrediction.state == LiveOraclePredictor::Prediction::State::Ready;
    const RiskScore::Agreement agreement =
        m_assessment && ready
            ? RiskScore::agreement(*m_assessment, m_lastPrediction.probability, m_lastPrediction.threshold)
            : RiskScore::Agreement{};
    m_agreement->setText(agreement.text);
    m_agreement->setVisible(!agreement.text.isEmpty() && !isReplaying());
}

QString RiskPanel::escalationText() const
{
    return m_escalation->text();
}

QString RiskPanel::agreementText() const
{
    return m_agreement->text();
}

QString RiskPanel::predictionText() const
{
    return m_prediction->text();
}

bool RiskPanel::predictionHighlighted() const
{
    return m_predictionHighlighted;
}

QString RiskPanel::scoreText() const
{
    return m_score->text();
}

QString RiskPanel::actionsText() const
{
    return m_actions->text();
}

} // namespace pegboard
