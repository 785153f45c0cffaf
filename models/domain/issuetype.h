#pragma once

#include <QString>
#include <QStringList>

namespace pegboard {

// issue_type is VARCHAR(50) in the customer's schema: an open set. These are the types Pegboard
// knows how to name and analyse; unknown strings from the store are kept as they are.
namespace IssueType {
inline const QString PegDeviation = QStringLiteral("peg_deviation");
inline const QString OracleFailure = QStringLiteral("oracle_failure");
inline const QString ArbitrageFailure = QStringLiteral("arbitrage_failure");
inline const QString RebalanceError = QStringLiteral("rebalance_error");
inline const QString LiquidityShortfall = QStringLiteral("liquidity_shortfall");
inline const QString SmartContractBug = QStringLiteral("smart_contract_bug");
inline const QString BridgeDelay = QStringLiteral("bridge_delay");
inline const QString Other = QStringLiteral("other");

QStringList known();
bool isKnown(const QString &type);
// Human-readable, translated name ("Oracle failure").
QString displayName(const QString &type);
} // namespace IssueType

namespace Severity {
constexpr int Min = 1;
constexpr int Max = 5;
// Reports at or above this are written to the store at once instead of batched.
constexpr int Immediate = 4;
inline bool isValid(int level)
{
    return level >= Min && level <= Max;
}
QString displayName(int level);
} // namespace Severity

} // namespace pegboard
