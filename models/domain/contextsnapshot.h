#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace pegboard {

// The market and network context of the moment a report arrived, in the customer's three JSONB
// groups (network_conditions, price_context, protocol_state). Kept as JSON objects so fields we
// do not know yet survive a round trip; the typed accessors cover the keys the analysis reads.
class ContextSnapshot
{
public:
    QJsonObject networkConditions;
    QJsonObject priceContext;
    QJsonObject protocolState;

    bool isEmpty() const;

    std::optional<double> gasPriceGwei() const;
    std::optional<double> pendingTxCount() const;
    QString congestionLevel() const;
    QString mevActivity() const;
    std::optional<double> pegDeviationBps() const;
    std::optional<double> volatilityIndex() const;
    std::optional<double> volume24hUsd() const;
    std::optional<double> collateralRatio() const;
    QDateTime oracleLastUpdate() const;

    void setGasPriceGwei(double gwei);
    void setPendingTxCount(double count);
    void setCongestionLevel(const QString &level);
    void setMevActivity(const QString &level);
    void setPegDeviationBps(double bps);
    void setVolatilityIndex(double index);
    void setVolume24hUsd(double usd);
    void setCollateralRatio(double ratio);
    void setOracleLastUpdate(const QDateTime &at);

    // A feed that was stale when the report arrived is recorded as stale with its age, never as fresh.
    // The one congestion vocabulary (low, medium, high, critical) for a 0–1 congestion score:
    // the collector, the live feeds, the generator and the analyses all speak it.
    static QString congestionLevelFor(double score);
    // The one MEV-activity vocabulary (normal, elevated, high: the article's words) for a 0–1 score.
    static QString mevActivityFor(double score);
    // A congestion or MEV level ("low" … "critical") in the reader's language; the stored
    // vocabulary stays the English one. An unknown level is shown as stored.
    static QString levelName(const QString &level);
    static void markStale(QJsonObject &group, double ageSeconds);
    static bool isStale(const QJsonObject &group);

    friend bool operator==(const ContextSnapshot &, const ContextSnapshot &) = default;
};

namespace ContextKey {
inline const QString GasPriceGwei = QStringLiteral("gas_price_gwei");
inline const QString PendingTxCount = QStringLiteral("pending_tx_count");
inline const QString CongestionLevel = QStringLiteral("network_congestion_level");
inline const QString MevActivity = QStringLiteral("mev_bot_activity");
inline const QString PegDeviationBps = QStringLiteral("peg_deviation_bps");
inline const QString Volume24hUsd = QStringLiteral("volume_24h_usd");
inline const QString VolatilityIndex = QStringLiteral("volatility_index");
inline const QString ArbitrageOpportunitySize = QStringLiteral("arbitrage_opportunity_size");
inline const QString CollateralRatio = QStringLiteral("collateral_ratio");
inline const QString ReserveBalanceUsd = QStringLiteral("reserve_balance_usd");
inline const QString OracleLastUpdate = QStringLiteral("oracle_last_update");
inline const QString RebalanceThresholdReached = QStringLiteral("rebalance_threshold_reached");
inline const QString Stale = QStringLiteral("stale");
inline const QString AgeSeconds = QStringLiteral("age_s");
} // namespace ContextKey

} // namespace pegboard
