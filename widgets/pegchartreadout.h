#pragma once

#include <QRectF>
#include <QString>

class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace pegboard {

// The hover read-out of PegChartView: a dotted cursor line at the point read and a boxed text in
// the plot's top-left corner. The items belong to the chart, which deletes them.
class PegChartReadout
{
public:
    explicit PegChartReadout(QChart *chart);

    void show(const QRectF &plotArea, double cursorX, const QString &text);
    void hide();
    bool isVisible() const;
    QString text() const;

private:
    QGraphicsLineItem *m_cursor = nullptr;
    QGraphicsRectItem *m_box = nullptr;
    QGraphicsSimpleTextItem *m_text = nullptr;
};

} // namespace pegboard
