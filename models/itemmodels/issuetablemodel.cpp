#include "issuetablemodel.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"
#include "poolrelease.h"
#include "report/csvwriter.h"

#include <QLocale>

namespace pegboard {

IssueTableModel::IssueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_append.setInterval(0);
    connect(&m_append, &QTimer::timeout, this, &IssueTableModel::appendBatch);
}

IssueTableModel::~IssueTableModel() = default;

int IssueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown);
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
            return issue.estimatedLossUsd ? NumberFormat::money(*issue.estimatedLossUsd, locale) : QString();
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
    if (role == CsvWriter::ExportRole) {
        // CSV gets times and money for machines: ISO 8601 UTC, plain numbers.
        if (index.column() == Reported)
            return issue.reportedAt;
        if (index.column() == EstimatedLoss)
            return issue.estimatedLossUsd ? QVariant(*issue.estimatedLossUsd) : QVariant(QString());
        return {};
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

void IssueTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_issues.size());
    for (int row = 0; row < m_issues.size(); ++row)
        m_rowById.insert(m_issues.at(row).id, row);
}

bool IssueTableModel::sameRow(const Issue &a, const Issue &b)
{
    // A stored report's content (title, type, body, context) is fixed at insert (the evidence log
    // holds it); what changes is what the console records on it. Comparing the content too for ten
    // thousand rows of an answer asked again took milliseconds of the GUI thread in cache misses.
    return a.id == b.id && a.resolvedAt == b.resolvedAt && a.acknowledgedAt == b.acknowledgedAt &&
           a.actualLossUsd == b.actualLossUsd && a.preventionImplemented == b.preventionImplemented &&
           a.clusterId == b.clusterId && a.estimatedLossUsd == b.estimatedLossUsd &&
           a.severityLevel == b.severityLevel && a.acknowledgedBy == b.acknowledgedBy &&
           a.resolutionCategory == b.resolutionCategory;
}

void IssueTableModel::setIssues(QList<Issue> issues)
{
    m_append.stop();
    QHash<QUuid, int> incoming;
    incoming.reserve(issues.size());
    for (int i = 0; i < issues.size(); ++i)
        incoming.insert(issues.at(i).id, i);
    // Rows of the previous answer that are still in this one stay where they are.
    int kept = 0;
    for (qsizetype row = 0; row < m_shown; ++row)
        kept += incoming.contains(m_issues.at(row).id);
    if (m_shown == 0 || kept * 2 < m_shown) {
        // A different question: a fresh model, shown from its first batch on.
        beginResetModel();
        releaseOnPool(std::exchange(m_issues, std::move(issues)));
        m_shown = std::min<qsizetype>(m_issues.size(), AppendBatch);
        reindex();
        endResetModel();
    } else {
        // The same question answered again (a report arrived, one was resolved): remove what is
        // gone, refresh what stayed, append what is new.
        for (qsizetype row = m_shown - 1; row >= 0;) {
            if (incoming.contains(m_issues.at(row).id)) {
                --row;
                continue;
            }
            qsizetype first = row;
            while (first > 0 && !incoming.contains(m_issues.at(first - 1).id))
                --first;
            beginRemoveRows({}, int(first), int(row));
            m_issues.remove(first, row - first + 1);
            m_shown -= row - first + 1;
            endRemoveRows();
            row = first - 1;
        }
        // Rows of the previous answer not shown yet give way to this answer's.
        m_issues.resize(m_shown);
        // A row that is the same as before is left alone: a change over every row would make the
        // sorting views above re-sort every row (an unchanged filter asked again, a live insert).
        std::vector<bool> listed(size_t(issues.size()), false);
        qsizetype firstChanged = -1, lastChanged = -1;
        for (qsizetype row = 0; row < m_shown; ++row) {
            const int at = incoming.value(m_issues.at(row).id);
            listed[size_t(at)] = true;
            if (sameRow(m_issues.at(row), issues.at(at)))
                continue;
            m_issues[row] = issues.at(at);
            firstChanged = firstChanged < 0 ? row : firstChanged;
            lastChanged = row;
        }
        for (qsizetype i = 0; i < issues.size(); ++i)
            if (!listed[size_t(i)])
                m_issues.append(issues.at(i));
        // The answer's own list is shared with the queued signal that brought it.
        releaseAfterThisTurn(this, std::move(issues));
        reindex();
        if (firstChanged >= 0)
            emit dataChanged(index(int(firstChanged), 0), index(int(lastChanged), ColumnCount - 1));
    }
    if (m_shown < m_issues.size())
        m_append.start();
    else
        emit filled();
}

void IssueTableModel::appendIssues(const QList<Issue> &issues)
{
    const bool wasFilling = m_append.isActive();
    for (const Issue &issue : issues) {
        if (m_rowById.contains(issue.id))
            continue;
        m_rowById.insert(issue.id, int(m_issues.size()));
        m_issues.append(issue);
    }
    if (m_shown < m_issues.size() && !wasFilling)
        m_append.start();
}

void IssueTableModel::appendBatch()
{
    const qsizetype n = std::min<qsizetype>(AppendBatch, m_issues.size() - m_shown);
    if (n <= 0) {
        m_append.stop();
        return;
    }
    beginInsertRows({}, int(m_shown), int(m_shown + n - 1));
    m_shown += n;
    endInsertRows();
    if (m_shown >= m_issues.size()) {
        m_append.stop();
        emit filled();
    }
}

void IssueTableModel::update(const Issue &issue)
{
    const int row = rowOf(issue.id);
    if (row < 0)
        return;
    m_issues[row] = issue;
    if (row < m_shown)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace pegboard
