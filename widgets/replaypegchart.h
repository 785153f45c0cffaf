#pragma once

#include "feeds/seriespoint.h"
#include "pegchartmarkers.h"

#include <QUuid>
#include <QWidget>
#include <vector>

class QLabel;

namespace pegboard {

class PegChartView;

// The recorded peg as it was up to the replay's moment, with the reports known by then drawn as
// markers on the line; clicking a marker opens that report. Presents only what it is handed.
class ReplayPegChart : public QWidget
{
    Q_OBJECT
public:
    using Marker = PegChartMarkers::Marker;

    explicit ReplayPegChart(QWidget *parent = nullptr);

    PegChartView *chart() const { return m_chart; }
    void setSymbol(const QString &symbol);
    // Everything up to T anew (a seek backwards), or only what came since the last call.
    void resetPoints(const std::vector<SeriesPoint> &points);
    void appendPoints(const std::vector<SeriesPoint> &points);
    // `total` reports are known; at most markers.size() are drawn (the newest), and the note says so.
    void setMarkers(const std::vector<Marker> &markers, std::size_t total);
    qsizetype markerCount() const;
    // Where marker `index` is drawn, in the chart view's viewport (for clicks and tests).
    QPoint markerPosition(int index) const;
    const std::vector<Marker> &markers() const { return m_markers->markers(); }

signals:
    void reportClicked(const QUuid &id);

private:
    PegChartView *m_chart;
    PegChartMarkers *m_markers;
    QLabel *m_note;
};

} // namespace pegboard
