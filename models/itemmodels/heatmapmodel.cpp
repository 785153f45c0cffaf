#include "heatmapmodel.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"

namespace pegboard {

HeatmapModel::HeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HeatmapModel::setResult(HeatmapResult result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    for (std::size_t c = 0; c < m_result.conditions.size(); ++c)
        for (int b = 0; b < m_result.bucketLabels[c].size(); ++b)
            m_rows.emplace_back(int(c), b);
    endResetModel();
}

const HeatmapCell *HeatmapModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const auto [condition, bucket] = m_rows[std::size_t(index.row())];
    return m_result.cell(condition, bucket, index.column());
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.types.size());
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    const HeatmapCell *c = cellAt(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->supported ? NumberFormat::ratio(c->lift) : QString();
    case Qt::ToolTipRole:
        return tr("%1 of %2 issues (%3 %, 95 % CI %4–%5 %), %6× the baseline, q = %7")
            .arg(NumberFormat::count(c->count), NumberFormat::count(c->bucketTotal),
                 NumberFormat::decimal(100 * c->rate, 1), NumberFormat::decimal(100 * c->ciLow, 1),
                 NumberFormat::decimal(100 * c->ciHigh, 1), NumberFormat::decimal(c->lift, 2),
                 QLocale().toString(c->qValue, 'g', 2));
    case CountRole:
        return qint64(c->count);
    case RateRole:
        return c->rate;
    case LiftRole:
        return c->lift;
    case CiLowRole:
        return c->ciLow;
    case CiHighRole:
        return c->ciHigh;
    case PValueRole:
        return c->pValue;
    case QValueRole:
        return c->qValue;
    case SignificantRole:
        return c->significant;
    case SupportedRole:
        return c->supported;
    case ConditionKeyRole:
        return Condition::key(m_result.conditions[std::size_t(c->condition)]);
    case BucketRole:
        return c->bucket;
    case TypeRole:
        return m_result.types.value(c->type);
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_result.types.size() ? IssueType::displayName(m_result.types[section]) : QVariant();
    if (section >= int(m_rows.size()))
        return {};
    const auto [condition, bucket] = m_rows[std::size_t(section)];
    return tr("%1: %2").arg(Condition::displayName(m_result.conditions[std::size_t(condition)]),
                            m_result.bucketLabels[std::size_t(condition)].value(bucket));
}

QHash<int, QByteArray> HeatmapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{CountRole, "count"},
                  {RateRole, "rate"},
                  {LiftRole, "lift"},
                  {CiLowRole, "ciLow"},
                  {CiHighRole, "ciHigh"},
                  {PValueRole, "pValue"},
                  {QValueRole, "qValue"},
                  {SignificantRole, "significant"},
                  {SupportedRole, "supported"},
                  {ConditionKeyRole, "condition"},
                  {BucketRole, "bucket"},
                  {TypeRole, "type"}});
    return names;
}

} // namespace pegboard
