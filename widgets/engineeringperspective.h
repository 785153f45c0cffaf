#pragma once

#include <QMainWindow>

namespace pegboard {

// The Engineering perspective: its own dock layout inside the main window's stack.
class EngineeringPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit EngineeringPerspective(QWidget *parent = nullptr);
};

} // namespace pegboard
