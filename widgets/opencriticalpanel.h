#pragma once

#include <QUuid>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace pegboard {

class ListCapBanner;
class RepeatGroupModel;

// Operations' open critical reports, newest first, repeats folded into one row with a count
// (RepeatGroupModel; "Group repeats" turns it off, the context menu expands one group). The
// selected report stays selected across live inserts, or its group's newest row takes over when
// a newer repeat folds it away. A banner says when the list is capped and offers the rest; the
// CSV export is every open critical report of the filter (exportAllRequested), not the folded rows.
class OpenCriticalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OpenCriticalPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *issues);
    // Load more, Show all and Export all to CSV for a capped list (hidden while it holds all).
    ListCapBanner *capBanner() const { return m_cap; }
    QTableView *table() const { return m_table; }
    RepeatGroupModel *groups() const { return m_groups; }
    QCheckBox *groupToggle() const { return m_groupToggle; }
    QAction *expandAction() const { return m_expand; }
    // The table's "Export as CSV…" (its context menu).
    QAction *exportAction() const { return m_export; }

signals:
    void issueSelected(const QUuid &id);
    void issueActivated(const QUuid &id);
    // "Export as CSV…" or the banner's Export all: every report the list stands for.
    void exportAllRequested();

private:
    void keepSelection();

    ListCapBanner *m_cap;
    QCheckBox *m_groupToggle;
    QTableView *m_table;
    RepeatGroupModel *m_groups;
    QAction *m_expand;
    QAction *m_export;
    QUuid m_selected;
    bool m_refolding = false; // the selected row is being folded away
};

} // namespace pegboard
