#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pegboard {

class AuditTableModel;

// Who did what and when: the audit log with old and new values, filterable by any text, exportable
// (CSV from the table's context menu), and a Verify button for the evidence log.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(AuditTableModel *model, QWidget *parent = nullptr);
    void setVerification(bool ok, const QString &summary);
    void setBusy(bool busy);

signals:
    void verifyRequested();
    void checkpointRequested();
    void refreshRequested();

private:
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_verify;
    QLabel *m_status;
};

} // namespace pegboard
