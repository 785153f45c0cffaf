#include "clustermodel.h"

#include "domain/issuetype.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace pegboard {

ClusterModel::ClusterModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClusterModel::setClusters(std::vector<RootCauseCluster> clusters)
{
    beginResetModel();
    m_clusters = std::move(clusters);
    endResetModel();
}

const RootCauseCluster *ClusterModel::clusterAt(int row) const
{
    return row >= 0 && size_t(row) < m_clusters.size() ? &m_clusters[size_t(row)] : nullptr;
}

int ClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

int ClusterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RootCauseCluster &c = m_clusters[size_t(index.row())];
    const QLocale locale;
    auto time = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(); };
    if (role == ClusterIdRole)
        return c.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Size:
            return qint64(c.rows.size());
        case From:
            return qint64(c.fromMs);
        case To:
            return qint64(c.toMs);
        case Loss:
            return c.totalLossUsd;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Loss))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Type:
        return tr("%1 (%2)").arg(IssueType::displayName(c.dominantType),
                                 locale.toString(c.dominantShare * 100, 'f', 0) + locale.percent());
    case Size:
        return locale.toString(qint64(c.rows.size()));
    case From:
        return locale.toString(time(c.fromMs), QLocale::ShortFormat);
    case To:
        return locale.toString(time(c.toMs), QLocale::ShortFormat);
    case Title:
        return c.representativeTitle;
    case Loss:
        return locale.toCurrencyString(c.totalLossUsd, QStringLiteral("$"), 0);
    case Conditions: {
        QStringList parts;
        if (!std::isnan(c.medianGasGwei))
            parts << tr("gas %1 gwei").arg(locale.toString(c.medianGasGwei, 'f', 0));
        if (!std::isnan(c.medianPegDeviationBps))
            parts << tr("peg %1 bps").arg(locale.toString(c.medianPegDeviationBps, 'f', 0));
        if (!std::isnan(c.medianOracleStalenessS))
            parts << tr("oracle %1 s old").arg(locale.toString(c.medianOracleStalenessS, 'f', 0));
        if (!c.congestion.isEmpty())
            parts << tr("%1 congestion").arg(c.congestion);
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        return tr("Cause");
    case Size:
        return tr("Reports");
    case From:
        return tr("First");
    case To:
        return tr("Last");
    case Title:
        return tr("Representative report");
    case Loss:
        return tr("Losses");
    case Conditions:
        return tr("Typical conditions");
    }
    return {};
}

} // namespace pegboard
