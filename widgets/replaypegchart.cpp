#include "replaypegchart.h"

#include "pegchartview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pegboard {

ReplayPegChart::ReplayPegChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new PegChartView(this))
    , m_markers(nullptr)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("replayPegChart"));
    m_chart->setLiveWindow(6 * 3600 * 1000LL);
    m_markers = new PegChartMarkers(m_chart, tr("Reports known"), this);
    connect(m_markers, &PegChartMarkers::reportClicked, this, &ReplayPegChart::reportClicked);
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
    m_markers->setMarkers(markers);
    m_note->setText(
        PegChartMarkers::note(markers.size(), total, tr("%n report(s) known by now.", nullptr, int(total))));
}

qsizetype ReplayPegChart::markerCount() const
{
    return m_markers->count();
}

QPoint ReplayPegChart::markerPosition(int index) const
{
    return m_markers->position(index);
}

} // namespace pegboard
