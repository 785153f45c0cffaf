#include "findingsmodel.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"

#include <QLocale>

namespace pegboard {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void FindingsModel::setFindings(std::vector<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && size_t(row) < m_findings.size() ? &m_findings[size_t(row)] : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_findings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return f.sentence;
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 reports (%4× the base rate)")
            .arg(IssueType::displayName(f.type))
            .arg(NumberFormat::count(f.count), NumberFormat::count(f.typeTotal),
                 NumberFormat::decimal(f.lift, 1));
    case LiftRole:
        return f.lift;
    case CountRole:
        return qint64(f.count);
    case TypeRole:
        return f.type;
    case ShareRole:
        return f.share;
    default:
        return {};
    }
}

} // namespace pegboard
