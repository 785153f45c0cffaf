#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pegboard {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions,
                                 const QList<std::pair<QString, QString>> &extra, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    auto *table = new QTableWidget(0, 2, this);
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    auto add = [table](const QString &key, const QString &what) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(key));
        table->setItem(row, 1, new QTableWidgetItem(what));
    };
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        add(action->shortcut().toString(QKeySequence::NativeText), action->iconText());
    }
    for (const auto &[key, what] : extra)
        add(key, what);
    m_rows = table->rowCount();
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * (m_rows + 6));
}

int ShortcutsDialog::rowCount() const
{
    return m_rows;
}

} // namespace pegboard
