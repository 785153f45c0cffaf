#include "impactchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

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
        *estimated << p.estimatedLossUsd / 1000.0;
        *actual << p.actualLossUsd / 1000.0;
        maximum = std::max({maximum, p.estimatedLossUsd / 1000.0, p.actualLossUsd / 1000.0});
        labels << (m_granularity == Granularity::Week
                       ? locale.toString(p.start.date(), QStringLiteral("d MMM"))
                       : locale.toString(p.start.date(), QStringLiteral("MMM yyyy")));
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
    auto *y = new QValueAxis;
    y->setTitleText(tr("thousand USD"));
    y->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace pegboard
