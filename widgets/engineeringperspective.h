#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QSortFilterProxyModel;
class QTableView;

namespace pegboard {

class IssueDetailView;

// The Engineering perspective: the reports in view and the drill-down into one of them, as docks
// the user can rearrange (the correlation heatmap and clusters join as their models arrive).
class EngineeringPerspective : public QMainWindow
{
    Q_OBJECT
public:
    explicit EngineeringPerspective(QWidget *parent = nullptr);

    void setIssueModel(QAbstractItemModel *model);
    IssueDetailView *detailView() const { return m_detail; }
    QTableView *issueTable() const { return m_table; }

signals:
    void issueSelected(const QUuid &id);

private:
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    IssueDetailView *m_detail;
};

} // namespace pegboard
