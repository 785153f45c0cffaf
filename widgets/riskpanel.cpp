#include "riskpanel.h"

#include "riskcolors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace pegboard {

RiskPanel::RiskPanel(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_actions(new QLabel(this))
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
    layout->addWidget(m_score);
    layout->addLayout(form);
    layout->addWidget(m_actions);
    layout->addStretch();
    m_score->setText(tr("Risk: waiting for feeds…"));
}

void RiskPanel::setAssessment(const RiskScore::Assessment &a)
{
    const QLocale locale;
    m_score->setText(tr("Risk %1 / 10").arg(locale.toString(a.score, 'f', 1)));
    QPalette p = m_score->palette();
    p.setColor(QPalette::Window, RiskColors::forRisk(a.score));
    p.setColor(QPalette::WindowText, RiskColors::textOn(RiskColors::forRisk(a.score)));
    m_score->setPalette(p);
    for (int f = 0; f < RiskScore::FactorCount && f < m_factors.size(); ++f) {
        const auto &factor = a.factors[size_t(f)];
        m_factors[f]->setValue(int(factor.score * 10));
        // The bar says the factor's score; its weight and reason are a hover away, so the text fits
        // the bar at any scale and in any language.
        m_factors[f]->setFormat(factor.known ? locale.toString(factor.score, 'f', 1) : QStringLiteral("?"));
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

QString RiskPanel::scoreText() const
{
    return m_score->text();
}

QString RiskPanel::actionsText() const
{
    return m_actions->text();
}

} // namespace pegboard
