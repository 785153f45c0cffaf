#include "dockpanel.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

namespace pegboard::DockPanel {

QDockWidget *add(QMainWindow *perspective, const QString &title, const QString &name, QWidget *content,
                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, perspective);
    dock->setObjectName(name);
    dock->setWidget(content);
    perspective->addDockWidget(area, dock);
    return dock;
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace pegboard::DockPanel
