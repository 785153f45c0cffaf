#include "pegchartreadout.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace pegboard {

PegChartReadout::PegChartReadout(QChart *chart)
    : m_cursor(new QGraphicsLineItem(chart))
    , m_box(new QGraphicsRectItem(chart))
    , m_text(new QGraphicsSimpleTextItem(m_box))
{
    m_cursor->setPen(QPen(QColor(90, 90, 90, 160), 1, Qt::DotLine));
    m_box->setBrush(QColor(255, 255, 255, 225));
    m_box->setPen(QPen(QColor(160, 160, 160)));
    for (QGraphicsItem *item : std::initializer_list<QGraphicsItem *>{m_cursor, m_box}) {
        item->setZValue(20); // above every series
        item->hide();
    }
}

void PegChartReadout::show(const QRectF &plotArea, double cursorX, const QString &text)
{
    m_text->setText(text);
    m_text->setPos(6, 4);
    m_box->setRect(m_text->boundingRect().adjusted(0, 0, 12, 8));
    m_box->setPos(plotArea.left() + 10, plotArea.top() + 10);
    m_cursor->setLine(cursorX, plotArea.top(), cursorX, plotArea.bottom());
    m_cursor->show();
    m_box->show();
}

void PegChartReadout::hide()
{
    m_cursor->hide();
    m_box->hide();
}

bool PegChartReadout::isVisible() const
{
    return m_box->isVisible();
}

QString PegChartReadout::text() const
{
    return m_text->text();
}

} // namespace pegboard
