#include "engineeringperspective.h"

#include <QLabel>

namespace pegboard {

EngineeringPerspective::EngineeringPerspective(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("EngineeringPerspective"));
    setWindowFlags(Qt::Widget);
    auto *placeholder = new QLabel(tr("Correlation heatmap, issue clusters and patterns appear here once the "
                                      "store holds reports."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
}

} // namespace pegboard
