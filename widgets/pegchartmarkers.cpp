#include "pegchartmarkers.h"

#include "pegchartview.h"

#include <QChart>
#include <QLocale>
#include <QScatterSeries>
#include <cmath>

namespace pegboard {

PegChartMarkers::PegChartMarkers(PegChartView *chart, const QString &name, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_series(new QScatterSeries(this))
{
    m_series->setName(name);
    m_series->setMarkerSize(9);
    m_series->setColor(QColor(0xc0, 0x39, 0x2b));
    chart->chart()->addSeries(m_series);
    for (QAbstractAxis *axis : chart->chart()->axes(Qt::Horizontal))
        m_series->attachAxis(axis);
    const auto vertical = chart->chart()->axes(Qt::Vertical);
    if (!vertical.isEmpty())
        m_series->attachAxis(vertical.first());
    connect(m_series, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        const Marker *nearest = nullptr;
        for (const Marker &m : m_shown)
            if (!nearest || std::abs(double(m.timestampMs) - point.x()) <
                                std::abs(double(nearest->timestampMs) - point.x()))
                nearest = &m;
        if (nearest)
            emit reportClicked(nearest->id);
    });
}

void PegChartMarkers::setMarkers(const std::vector<Marker> &markers)
{
    m_shown = markers;
    QList<QPointF> points;
    points.reserve(qsizetype(markers.size()));
    for (const Marker &m : markers)
        points.append(QPointF(double(m.timestampMs), m.price));
    m_series->replace(points);
}

qsizetype PegChartMarkers::count() const
{
    return m_series->count();
}

QPoint PegChartMarkers::position(int index) const
{
    if (index < 0 || index >= m_series->count())
        return {};
    const QPointF scene = m_chart->chart()->mapToPosition(m_series->at(index), m_series);
    return m_chart->mapFromScene(m_chart->chart()->mapToScene(scene));
}

QString PegChartMarkers::note(std::size_t shown, std::size_t total, const QString &uncapped)
{
    if (shown >= total)
        return uncapped;
    return tr("%1 The newest %2 are drawn.").arg(uncapped, QLocale().toString(qulonglong(shown)));
}

} // namespace pegboard
