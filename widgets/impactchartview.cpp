#include "impactchartview.h"

#include "domain/numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLocale>

namespace pegboard {

ImpactChartView::ImpactChartView(Granularity granularity, QWidget *parent)
    : QChartView(parent)
    , m_granularity(granularity)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(granularity == Granularity::Week ? tr("Financial impact per week")
                                                       : tr("Financial impact per month"));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Charts squeezed below this stop showing their axes; in font units so 200% scale keeps it.
    setMinimumHeight(fontMetrics().height() * 14);
}

void ImpactChartView::setSummary(const ImpactSummary &summary)
{
    const QList<ImpactSummary::Period> &periods =
        m_granularity == Granularity::Week ? summary.weeks : summary.months;
    // The last 16 periods: more bars than that stop being readable.
    const qsizetype first = std::max<qsizetype>(0, periods.size() - 16);
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);

    auto *estimated = new QBarSet(tr("Estimated loss"));
    auto *actual = new QBarSet(tr("Actual loss"));
    // Okabe–Ito colours: distinguishable with the common forms of colour blindness.
    estimated->setColor(QColor(0xE6, 0x9F, 0x00));
    actual->setColor(QColor(0x00, 0x72, 0xB2));
    QStringList labels;
    const QLocale locale;
    double maximum = 0;
    for (qsizetype i = first; i < periods.size(); ++i) {
        const auto &p = periods[i];
        maximum = std::max({maximum, p.estimatedLossUsd, p.actualLossUsd});
        labels << (m_granularity == Granularity::Week
                       ? locale.toString(p.start.date(), QStringLiteral("d MMM"))
                       : locale.toString(p.start.date(), QStringLiteral("MMM yyyy")));
    }
    // Round ticks with their unit ("$90M" / "90 Mio. $").
    const NumberFormat::Ticks ticks = NumberFormat::niceTicks(0, maximum > 0 ? maximum : 1, 6);
    for (qsizetype i = first; i < periods.size(); ++i) {
        *estimated << periods[i].estimatedLossUsd;
        *actual << periods[i].actualLossUsd;
    }
    m_bars = int(labels.size());
    auto *series = new QBarSeries;
    series->append(estimated);
    series->append(actual);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Labels at the ticks themselves, each written as people say it ("$1.5M", not "$1.50M").
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(ticks.min, ticks.max);
    // A category ends at its tick; the first one needs a start just below it.
    y->setStartValue(ticks.min - ticks.step * 1e-3);
    m_axisLabels.clear();
    for (int t = 0; t < ticks.count; ++t) {
        const double usd = ticks.min + t * ticks.step;
        m_axisLabels << NumberFormat::compactMoney(usd, locale);
        y->append(m_axisLabels.back(), usd);
    }
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace pegboard
