#pragma once

#include "domain/issue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace pegboard {

// Reports as rows, for every table of reports in the console (drill-down, open critical issues).
// Display text is locale-formatted and made lazily in data(); SortRole gives raw values so proxies
// sort numbers as numbers. A new answer never blocks the GUI thread on one big reset: rows already
// shown are kept (so are the views' selections), missing ones removed, and new ones appended in
// batches of AppendBatch, one batch per turn of the event loop.
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

    static constexpr int AppendBatch = 1000;

    explicit IssueTableModel(QObject *parent = nullptr);
    ~IssueTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIssues(QList<Issue> issues);
    // The next batch of the same list (older reports): appended in batches like an answer, rows
    // already listed skipped (a live insert shifts an offset).
    void appendIssues(const QList<Issue> &issues);
    // Whether rows of the last answer are still being appended.
    bool isFilling() const { return m_shown < m_issues.size(); }
    // Replaces the row with the same id in place (after an acknowledge, say), or does nothing.
    void update(const Issue &issue);
    const Issue &issueAt(int row) const { return m_issues.at(row); }
    int rowOf(const QUuid &id) const { return m_rowById.value(id, -1); }
    // The whole last answer, including rows not appended yet.
    const QList<Issue> &issues() const { return m_issues; }

    static QString statusText(const Issue &issue);
    // Whether a row of an answer asked again shows and records the same as before: the fields the
    // console changes (acknowledge, resolve, prevention, clusters) and those a row is known by.
    static bool sameRow(const Issue &a, const Issue &b);

signals:
    // Every row of the last answer is in the model.
    void filled();

private:
    void appendBatch();
    void reindex();
    QList<Issue> m_issues;
    qsizetype m_shown = 0; // rows the model exposes; the rest are appended batch by batch
    QHash<QUuid, int> m_rowById;
    QTimer m_append;
};

} // namespace pegboard
