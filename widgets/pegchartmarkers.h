#pragma once

#include <QColor>
#include <QObject>
#include <QPoint>
#include <QUuid>
#include <vector>

class QScatterSeries;

namespace pegboard {

class PegChartView;

// Reports drawn as clickable markers on a peg chart, on the chart's own time and price axes, so a
// marker sits on the line at its moment. The replay chart and the live chart both use it.
class PegChartMarkers : public QObject
{
    Q_OBJECT
public:
    struct Marker
    {
        qint64 timestampMs = 0;
        double price = 0;
        QUuid id;
    };

    PegChartMarkers(PegChartView *chart, const QString &name, QObject *parent = nullptr);

    void setMarkers(const std::vector<Marker> &markers);
    const std::vector<Marker> &markers() const { return m_shown; }
    qsizetype count() const;
    // Where marker `index` is drawn, in the chart view's viewport (for clicks and tests).
    QPoint position(int index) const;
    // `uncapped` ("5,310 reports known by now."), and when fewer are drawn, which ones: what a
    // capped list must say.
    static QString note(std::size_t shown, std::size_t total, const QString &uncapped);

signals:
    void reportClicked(const QUuid &id);

private:
    PegChartView *m_chart;
    QScatterSeries *m_series;
    std::vector<Marker> m_shown;
};

} // namespace pegboard
