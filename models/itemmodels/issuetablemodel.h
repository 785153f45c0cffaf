#pragma once

#include "domain/issue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pegboard {

// Reports as rows, for every table of reports in the console (drill-down, open critical issues).
// Display text is locale-formatted; SortRole gives raw values so proxies sort numbers as numbers.
class IssueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Reported,
        Severity,
        Type,
        Title,
        Protocol,
        Symbol,
        Source,
        EstimatedLoss,
        Status,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IssueIdRole,
        SeverityRole
    };

    explicit IssueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIssues(QList<Issue> issues);
    // Replaces the row with the same id in place (after an acknowledge, say), or does nothing.
    void update(const Issue &issue);
    const Issue &issueAt(int row) const { return m_issues.at(row); }
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    const QList<Issue> &issues() const { return m_issues; }

    static QString statusText(const Issue &issue);

private:
    QList<Issue> m_issues;
    QHash<QUuid, int> m_rowById;
};

} // namespace pegboard
