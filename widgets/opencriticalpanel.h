#pragma once

#include <QUuid>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace pegboard {

class RepeatGroupModel;

// Operations' open critical reports, newest first, repeats folded into one row with a count
// (RepeatGroupModel; "Group repeats" turns it off, the context menu expands one group). The
// selected report stays selected across live inserts, or its group's newest row takes over when
// a newer repeat folds it away. A note says when the list is capped.
class OpenCriticalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OpenCriticalPanel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *issues);
    void setCapNote(const QString &note);
    QString capNote() const;
    QTableView *table() const { return m_table; }
    RepeatGroupModel *groups() const { return m_groups; }
    QCheckBox *groupToggle() const { return m_groupToggle; }
    QAction *expandAction() const { return m_expand; }

signals:
    void issueSelected(const QUuid &id);
    void issueActivated(const QUuid &id);

private:
    void keepSelection();

    QLabel *m_note;
    QCheckBox *m_groupToggle;
    QTableView *m_table;
    RepeatGroupModel *m_groups;
    QAction *m_expand;
    QUuid m_selected;
    bool m_refolding = false; // the selected row is being folded away
};

} // namespace pegboard
