#include "issuetablemodel.h"

#include "domain/issuetype.h"

#include <QLocale>

namespace pegboard {

IssueTableModel::IssueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IssueTableModel::statusText(const Issue &issue)
{
    if (issue.isResolved())
        return tr("Resolved");
    if (!issue.acknowledgedBy.isEmpty())
        return tr("Acknowledged by %1").arg(issue.acknowledgedBy);
    return tr("Open");
}

QVariant IssueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Issue &issue = m_issues.at(index.row());
    if (role == IssueIdRole)
        return issue.id;
    if (role == SeverityRole)
        return issue.severityLevel;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reported:
            return locale.toString(issue.reportedAt.toLocalTime(), QLocale::ShortFormat);
        case Severity:
            return Severity::displayName(issue.severityLevel);
        case Type:
            return IssueType::displayName(issue.issueType);
        case Title:
            return issue.title;
        case Protocol:
            return issue.protocol;
        case Symbol:
            return issue.symbol;
        case Source:
            return issue.source;
        case EstimatedLoss:
            return issue.estimatedLossUsd
                       ? locale.toCurrencyString(*issue.estimatedLossUsd, QStringLiteral("$"), 0)
                       : QString();
        case Status:
            return statusText(issue);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Reported:
            return issue.reportedAt.toMSecsSinceEpoch();
        case Severity:
            return issue.severityLevel;
        case EstimatedLoss:
            return issue.estimatedLossUsd.value_or(0.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == EstimatedLoss)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return issue.body.left(500);
    return {};
}

QVariant IssueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reported:
        return tr("Reported");
    case Severity:
        return tr("Severity");
    case Type:
        return tr("Type");
    case Title:
        return tr("Title");
    case Protocol:
        return tr("Protocol");
    case Symbol:
        return tr("Coin");
    case Source:
        return tr("Source");
    case EstimatedLoss:
        return tr("Est. loss");
    case Status:
        return tr("Status");
    }
    return {};
}

void IssueTableModel::setIssues(QList<Issue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    m_rowById.clear();
    m_rowById.reserve(m_issues.size());
    for (int row = 0; row < m_issues.size(); ++row)
        m_rowById.insert(m_issues[row].id, row);
    endResetModel();
}

void IssueTableModel::update(const Issue &issue)
{
    const int row = rowOf(issue.id);
    if (row < 0)
        return;
    m_issues[row] = issue;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace pegboard
