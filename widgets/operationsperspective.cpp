#include "operationsperspective.h"

#include <QLabel>

namespace pegboard {

OperationsPerspective::OperationsPerspective(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("OperationsPerspective"));
    setWindowFlags(Qt::Widget);
    auto *placeholder =
        new QLabel(tr("Live peg deviation, open critical issues and recommended actions appear "
                      "here once feeds are connected."),
                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
}

} // namespace pegboard
