#pragma once

#include <QMainWindow>

namespace pegboard {

// The Executive perspective: its own dock layout inside the main window's stack.
class ExecutivePerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit ExecutivePerspective(QWidget *parent = nullptr);
};

} // namespace pegboard
