#include "resolutiontrendview.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>

namespace pegboard {

namespace {
// Okabe–Ito palette, colour-blind safe.
const QColor Palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                          QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
} // namespace

ResolutionTrendView::ResolutionTrendView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(tr("Time to resolve, by category"));
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setLocalizeNumbers(true); // axis labels in the locale's digits
    // Charts squeezed below this stop showing their axes; in font units so 200% scale keeps it.
    setMinimumHeight(fontMetrics().height() * 14);
}

int ResolutionTrendView::lineCount() const
{
    return int(chart()->series().size());
}

void ResolutionTrendView::setSummary(const ImpactSummary &summary)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    QMap<QString, QLineSeries *> lines;
    double maximum = 0;
    QDateTime first, last;
    for (const auto &t : summary.resolution) {
        QLineSeries *&line = lines[t.category];
        if (!line) {
            line = new QLineSeries;
            line->setName(IssueType::displayName(t.category));
        }
        line->append(double(t.week.toMSecsSinceEpoch()), t.meanHours);
        maximum = std::max(maximum, t.meanHours);
        first = first.isValid() ? std::min(first, t.week) : t.week;
        last = last.isValid() ? std::max(last, t.week) : t.week;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    if (!first.isValid())
        first = last = QDateTime::currentDateTimeUtc();
    // A single week still gets a readable axis around it.
    x->setRange(first.addDays(-3), std::max(last, first.addDays(7)).addDays(3));
    auto *y = new QValueAxis;
    y->setTitleText(tr("hours"));
    // Round ticks ("0, 20, 40 h"), in the locale's digits.
    const NumberFormat::Ticks ticks = NumberFormat::niceTicks(0, maximum > 0 ? maximum : 1, 6);
    y->setRange(ticks.min, ticks.max);
    y->setTickCount(ticks.count);
    y->setLabelFormat(QStringLiteral("%.") + QString::number(ticks.decimals) + QStringLiteral("f h"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    int colour = 0;
    for (QLineSeries *line : lines) {
        line->setColor(Palette[colour++ % 8]);
        line->setPointsVisible(true);
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

} // namespace pegboard
