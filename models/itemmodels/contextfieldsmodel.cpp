#include "contextfieldsmodel.h"

#include "domain/numberformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace pegboard {

namespace {
QString money(double usd)
{
    return NumberFormat::money(usd);
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}
} // namespace

ContextFieldsModel::ContextFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ContextFieldsModel::label(const QString &key)
{
    if (key == ContextKey::GasPriceGwei)
        return tr("Gas price");
    if (key == ContextKey::PendingTxCount)
        return tr("Pending transactions");
    if (key == ContextKey::CongestionLevel)
        return tr("Network congestion");
    if (key == ContextKey::MevActivity)
        return tr("MEV bot activity");
    if (key == ContextKey::PegDeviationBps)
        return tr("Peg deviation");
    if (key == ContextKey::Volume24hUsd)
        return tr("24 h volume");
    if (key == ContextKey::VolatilityIndex)
        return tr("Volatility index");
    if (key == ContextKey::ArbitrageOpportunitySize)
        return tr("Arbitrage opportunity");
    if (key == ContextKey::CollateralRatio)
        return tr("Collateral ratio");
    if (key == ContextKey::ReserveBalanceUsd)
        return tr("Reserve balance");
    if (key == ContextKey::OracleLastUpdate)
        return tr("Oracle last update");
    if (key == ContextKey::RebalanceThresholdReached)
        return tr("Rebalance threshold reached");
    if (key == ContextKey::AgeSeconds)
        return tr("Data age");
    if (key == ContextKey::Stale)
        return tr("Stale");
    // Unknown keys still read as words: "liquidity_depth_usd" → "Liquidity depth usd".
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString ContextFieldsModel::formatValue(const QString &key, const QJsonValue &value,
                                        const QDateTime &reportedAt)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isString()) {
        const QString text = value.toString();
        if (key == ContextKey::CongestionLevel || key == ContextKey::MevActivity)
            return ContextSnapshot::levelName(text);
        if (key == ContextKey::OracleLastUpdate) {
            const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!at.isValid())
                return text;
            QString out = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
            if (reportedAt.isValid() && at <= reportedAt) {
                const qint64 s = at.secsTo(reportedAt);
                out += QLatin1Char(' ') + (s < 120 ? tr("(%n s before the report)", nullptr, int(s))
                                                   : tr("(%n min before the report)", nullptr, int(s / 60)));
            }
            return out;
        }
        return text;
    }
    if (!value.isDouble())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    const double v = value.toDouble();
    if (key == ContextKey::GasPriceGwei)
        return tr("%1 gwei").arg(number(v, v < 10 ? 1 : 0));
    if (key == ContextKey::PendingTxCount)
        return QLocale().toString(qlonglong(std::llround(v)));
    if (key == ContextKey::PegDeviationBps)
        return tr("%1 bps").arg(number(v, std::abs(v) < 10 ? 1 : 0));
    if (key == ContextKey::Volume24hUsd || key == ContextKey::ArbitrageOpportunitySize ||
        key == ContextKey::ReserveBalanceUsd || key.endsWith(QLatin1String("_usd")))
        return money(v);
    if (key == ContextKey::CollateralRatio)
        return number(v, 2);
    if (key == ContextKey::AgeSeconds)
        return tr("%n s", nullptr, int(std::llround(v)));
    if (key == ContextKey::VolatilityIndex)
        return number(v, 2);
    return number(v, std::abs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

void ContextFieldsModel::setContext(const ContextSnapshot &context, const QDateTime &reportedAt)
{
    beginResetModel();
    m_rows.clear();
    const std::pair<QString, const QJsonObject *> groups[] = {
        {tr("Network"), &context.networkConditions},
        {tr("Price"), &context.priceContext},
        {tr("Protocol"), &context.protocolState},
    };
    for (const auto &[title, group] : groups) {
        if (group->isEmpty())
            continue;
        m_rows.append({{}, title, {}, true});
        for (auto it = group->begin(); it != group->end(); ++it)
            m_rows.append({it.key(), label(it.key()), formatValue(it.key(), it.value(), reportedAt), false});
    }
    endResetModel();
}

int ContextFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContextFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Field ? row.label : row.value;
    case Qt::ToolTipRole:
        return row.key;
    case GroupRole:
        return row.group;
    case KeyRole:
        return row.key;
    }
    return {};
}

QVariant ContextFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Field ? tr("Field") : tr("Value");
}

} // namespace pegboard
