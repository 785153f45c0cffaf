#pragma once

#include <QString>

namespace pegboard {

// Names of the recorded series, shared by the feeds that write them, the generator that
// simulates them and the analysis that reads them. "kind:subject:metric", lower-case subject
// except for token symbols, which keep their usual spelling (USDC).
namespace FeedSeries {
// USD price of a stablecoin; deviation in bps is derived as (price - 1) * 10,000.
inline QString price(const QString &symbol)
{
    return QStringLiteral("price:%1").arg(symbol);
}
inline QString volume24hUsd(const QString &symbol)
{
    return QStringLiteral("volume:%1").arg(symbol);
}
// Realised volatility index of the coin's price (the article's volatility_index, ~0.0–0.3).
inline QString volatility(const QString &symbol)
{
    return QStringLiteral("volatility:%1").arg(symbol);
}
// Latest oracle answer (USD) and the Unix time (seconds) of the oracle's last update.
inline QString oracleAnswer(const QString &symbol)
{
    return QStringLiteral("oracle:%1:answer").arg(symbol);
}
inline QString oracleUpdatedAt(const QString &symbol)
{
    return QStringLiteral("oracle:%1:updated_at").arg(symbol);
}
inline QString collateralRatio(const QString &protocol)
{
    return QStringLiteral("protocol:%1:collateral_ratio").arg(protocol);
}
inline QString reserveUsd(const QString &protocol)
{
    return QStringLiteral("protocol:%1:reserve_usd").arg(protocol);
}

inline const QString GasGwei = QStringLiteral("network:gas_gwei");         // base fee, gwei
inline const QString PendingTx = QStringLiteral("network:pending_tx");     // mempool size
inline const QString Congestion = QStringLiteral("network:congestion");    // 0 (idle) … 1 (saturated)
inline const QString MevActivity = QStringLiteral("network:mev_activity"); // 0 … 1 score
} // namespace FeedSeries

} // namespace pegboard
