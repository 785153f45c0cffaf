#include "executiveperspective.h"

#include <QLabel>

namespace pegboard {

ExecutivePerspective::ExecutivePerspective(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("ExecutivePerspective"));
    setWindowFlags(Qt::Widget);
    auto *placeholder =
        new QLabel(tr("Financial impact, resolution effectiveness and the risk trend appear here "
                      "once the store holds reports."),
                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
}

} // namespace pegboard
