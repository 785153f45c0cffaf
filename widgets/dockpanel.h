#pragma once

#include <Qt>

class QDockWidget;
class QMainWindow;
class QString;
class QWidget;

namespace pegboard {

// What every perspective's panel is: a dock named for the View menu and the saved layouts, and,
// for content with a large minimum (forms, button rows, a calendar), a frame-less scroll area, so
// the panel scrolls instead of holding the window wider than a small screen (200 % on a laptop).
namespace DockPanel {
QDockWidget *add(QMainWindow *perspective, const QString &title, const QString &name, QWidget *content,
                 Qt::DockWidgetArea area);
QWidget *scrollable(QWidget *content);
} // namespace DockPanel

} // namespace pegboard
