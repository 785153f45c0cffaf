#pragma once

#include <QMainWindow>

namespace pegboard {

// The Operations perspective: its own dock layout inside the main window's stack.
class OperationsPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit OperationsPerspective(QWidget *parent = nullptr);
};

} // namespace pegboard
