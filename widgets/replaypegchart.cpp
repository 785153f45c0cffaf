#include "replaypegchart.h"

#include "pegchartview.h"

#include <QChart>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pegboard {

ReplayPegChart::ReplayPegChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new PegChartView(this))
    , m_markers(new QScatterSeries(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("replayPegChart"));
    m_chart->setLiveWindow(6 * 3600 * 1000LL);
    m_markers->setName(tr("Reports known"));
    m_markers->setMarkerSize(9);
    m_markers->setColor(QColor(0xc0, 0x39, 0x2b));
    m_chart->chart()->addSeries(m_markers);
    // The chart's own time and price axes, so a marker sits on the line at its moment.
    for (QAbstractAxis *axis : m_chart->chart()->axes(Qt::Horizontal))
        m_markers->attachAxis(axis);
    const auto vertical = m_chart->chart()->axes(Qt::Vertical);
    if (!vertical.isEmpty())
        m_markers->attachAxis(vertical.first());
    connect(m_markers, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        const Marker *nearest = nullptr;
        for (const Marker &m : m_shown)
            if (!nearest || std::abs(double(m.timestampMs) - point.x()) <
                                std::abs(double(nearest->timestampMs) - point.x()))
                nearest = &m;
        if (nearest)
            emit reportClicked(nearest->id);
    });
    m_note->setObjectName(QStringLiteral("replayMarkerNote"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);
}

void ReplayPegChart::setSymbol(const QString &symbol)
{
    m_chart->setSymbol(symbol);
}

void ReplayPegChart::resetPoints(const std::vector<SeriesPoint> &points)
{
    m_chart->clear();
    m_chart->appendPoints(points);
    m_chart->followLive();
}

void ReplayPegChart::appendPoints(const std::vector<SeriesPoint> &points)
{
    m_chart->appendPoints(points);
}

void ReplayPegChart::setMarkers(const std::vector<Marker> &markers, std::size_t total)
{
    m_shown = markers;
    QList<QPointF> points;
    points.reserve(qsizetype(markers.size()));
    for (const Marker &m : markers)
        points.append(QPointF(double(m.timestampMs), m.price));
    m_markers->replace(points);
    const QLocale locale;
    m_note->setText(markers.size() < total ? tr("%1 of %2 reports known by now drawn (the newest).")
                                                 .arg(locale.toString(qulonglong(markers.size())),
                                                      locale.toString(qulonglong(total)))
                                           : tr("%n report(s) known by now.", nullptr, int(total)));
}

qsizetype ReplayPegChart::markerCount() const
{
    return m_markers->count();
}

} // namespace pegboard

namespace pegboard {

QPoint ReplayPegChart::markerPosition(int index) const
{
    if (index < 0 || index >= m_markers->count())
        return {};
    const QPointF scene = m_chart->chart()->mapToPosition(m_markers->at(index), m_markers);
    return m_chart->mapFromScene(m_chart->chart()->mapToScene(scene));
}

} // namespace pegboard
