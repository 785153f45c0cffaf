#pragma once

#include <QDialog>

class QAction;

namespace pegboard {

// Help ▸ Keyboard shortcuts: every action of the window that has a shortcut, with its key in the
// platform's words, read from the actions themselves so the list cannot go stale. Non-modal.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // extra: keys that belong to a view rather than an action (Enter in a table, End on a chart).
    ShortcutsDialog(const QList<QAction *> &actions, const QList<std::pair<QString, QString>> &extra,
                    QWidget *parent = nullptr);
    int rowCount() const;

private:
    int m_rows = 0;
};

} // namespace pegboard
