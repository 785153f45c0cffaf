#include "clustermodel.h"

#include "domain/issuetype.h"
#include "domain/numberformat.h"
#include "poolrelease.h"

#include <QDateTime>
#include <QLocale>
#include <cmath>

namespace pegboard {

ClusterModel::ClusterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_append.setInterval(0);
    connect(&m_append, &QTimer::timeout, this, &ClusterModel::appendBatch);
}

void ClusterModel::setClusters(std::vector<RootCauseCluster> clusters)
{
    m_append.stop();
    beginResetModel();
    releaseOnPool(std::exchange(m_clusters, std::move(clusters)));
    m_shown = std::min(m_clusters.size(), AppendBatch);
    endResetModel();
    if (m_shown < m_clusters.size())
        m_append.start();
}

void ClusterModel::appendBatch()
{
    const std::size_t n = std::min(AppendBatch, m_clusters.size() - m_shown);
    if (n > 0) {
        beginInsertRows({}, int(m_shown), int(m_shown + n - 1));
        m_shown += n;
        endInsertRows();
    }
    if (m_shown >= m_clusters.size())
        m_append.stop();
}

const RootCauseCluster *ClusterModel::clusterAt(int row) const
{
    return row >= 0 && size_t(row) < m_shown ? &m_clusters[size_t(row)] : nullptr;
}

int ClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown);
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
    if (role == CohesionRole)
        return c.explanation.cohesion;
    if (role == SortRole) {
        // Sort keys are plain values: a sort asks for them n log n times, and building the
        // display text each time stalled the GUI for most of a second over thousands of clusters.
        switch (index.column()) {
        case Type:
            return c.dominantType;
        case Title:
            return c.representativeTitle;
        case Conditions:
            return double(c.medianGasGwei);
        case Size:
            return qint64(c.rows.size());
        case From:
            return qint64(c.fromMs);
        case To:
            return qint64(c.toMs);
        case Loss:
            return c.totalLossUsd;
        case Why:
            return c.explanation.cohesion;
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
                                 NumberFormat::percent(c.dominantShare, 0, locale));
    case Size:
        return locale.toString(qint64(c.rows.size()));
    case From:
        return locale.toString(time(c.fromMs), QLocale::ShortFormat);
    case To:
        return locale.toString(time(c.toMs), QLocale::ShortFormat);
    case Title:
        return c.representativeTitle;
    case Loss:
        return NumberFormat::money(c.totalLossUsd, locale);
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
    case Why:
        return explanationText(c.explanation);
    }
    return {};
}

QString ClusterModel::explanationText(const ClusterExplanation &e)
{
    const QLocale locale;
    auto range = [&](const SharedCondition &c, int decimals) {
        return c.low == c.high
                   ? locale.toString(c.low, 'f', decimals)
                   : tr("%1 to %2")
                         .arg(locale.toString(c.low, 'f', decimals), locale.toString(c.high, 'f', decimals));
    };
    QStringList conditions;
    for (const SharedCondition &c : e.conditions) {
        if (c.key == QLatin1String("gas_price_gwei"))
            conditions << tr("gas %1 gwei").arg(range(c, 0));
        else if (c.key == QLatin1String("pending_tx_count"))
            conditions << tr("%1 pending transactions").arg(range(c, 0));
        else if (c.key == QLatin1String("peg_deviation_bps"))
            conditions << tr("peg deviation %1 bps").arg(range(c, 1));
        else if (c.key == QLatin1String("volatility_index"))
            conditions << tr("volatility %1").arg(range(c, 3));
        else if (c.key == QLatin1String("volume_24h_usd"))
            conditions << tr("24 h volume %1 USD").arg(range(c, 0));
        else if (c.key == QLatin1String("collateral_ratio"))
            conditions << tr("collateral ratio %1").arg(range(c, 2));
        else if (c.key == QLatin1String("oracle_staleness_s"))
            conditions << tr("oracle %1 s old").arg(range(c, 0));
        else if (c.key == QLatin1String("symbol"))
            conditions << tr("coin %1").arg(c.value);
        else if (c.key == QLatin1String("protocol"))
            conditions << tr("protocol %1").arg(c.value);
        else if (c.key == QLatin1String("network_congestion_level"))
            conditions << tr("%1 congestion").arg(c.value);
        else if (c.key == QLatin1String("mev_bot_activity"))
            conditions << tr("MEV activity %1").arg(c.value);
    }
    QStringList channels;
    for (const auto &[key, share] : e.channels) {
        QString name = key;
        if (key == QLatin1String("text"))
            name = tr("text");
        else if (key == QLatin1String("network"))
            name = tr("network");
        else if (key == QLatin1String("price"))
            name = tr("price");
        else if (key == QLatin1String("protocol_state"))
            name = tr("protocol state");
        else if (key == QLatin1String("time"))
            name = tr("time");
        else if (key == QLatin1String("symbol"))
            name = tr("coin");
        else if (key == QLatin1String("protocol"))
            name = tr("protocol");
        else if (key == QLatin1String("reporter"))
            name = tr("reporter");
        else if (key == QLatin1String("contract_or_tx"))
            name = tr("contract or transaction");
        channels << tr("%1 %2%").arg(name, locale.toString(share * 100, 'f', 0));
    }
    QString kind = e.kind;
    if (e.kind == QLatin1String("burst"))
        kind = tr("Burst");
    else if (e.kind == QLatin1String("repeats"))
        kind = tr("Repeated reports");
    else if (e.kind == QLatin1String("incident"))
        kind = tr("Incident across report types");
    else if (e.kind == QLatin1String("cascade"))
        kind = tr("Cascade");
    const double minutes = double(e.spanMs) / 60000.0;
    const QString span = minutes < 120    ? tr("%1 min").arg(locale.toString(minutes, 'f', 0))
                         : minutes < 2880 ? tr("%1 h").arg(locale.toString(minutes / 60, 'f', 1))
                                          : tr("%1 days").arg(locale.toString(minutes / 1440, 'f', 1));
    QStringList parts{tr("%1 over %2").arg(kind, span)};
    if (!conditions.isEmpty())
        parts << tr("shared: %1").arg(conditions.join(QStringLiteral(", ")));
    if (!channels.isEmpty())
        parts << tr("alike in %1").arg(channels.join(QStringLiteral(", ")));
    parts << tr("cohesion %1").arg(locale.toString(e.cohesion, 'f', 2));
    if (!e.corrections.isEmpty())
        parts << tr("corrected by %1").arg(e.corrections.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
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
    case Why:
        return tr("Why");
    }
    return {};
}

} // namespace pegboard
