#include "issuetype.h"

#include <QCoreApplication>

namespace pegboard {

QStringList IssueType::known()
{
    return {PegDeviation,       OracleFailure,    ArbitrageFailure, RebalanceError,
            LiquidityShortfall, SmartContractBug, BridgeDelay,      Other};
}

bool IssueType::isKnown(const QString &type)
{
    return known().contains(type);
}

QString IssueType::displayName(const QString &type)
{
    if (type == PegDeviation)
        return QCoreApplication::translate("IssueType", "Peg deviation");
    if (type == OracleFailure)
        return QCoreApplication::translate("IssueType", "Oracle failure");
    if (type == ArbitrageFailure)
        return QCoreApplication::translate("IssueType", "Arbitrage failure");
    if (type == RebalanceError)
        return QCoreApplication::translate("IssueType", "Rebalance error");
    if (type == LiquidityShortfall)
        return QCoreApplication::translate("IssueType", "Liquidity shortfall");
    if (type == SmartContractBug)
        return QCoreApplication::translate("IssueType", "Smart-contract bug");
    if (type == BridgeDelay)
        return QCoreApplication::translate("IssueType", "Bridge delay");
    if (type == Other)
        return QCoreApplication::translate("IssueType", "Other");
    return type;
}

QString Severity::displayName(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("Severity", "Info");
    case 2:
        return QCoreApplication::translate("Severity", "Low");
    case 3:
        return QCoreApplication::translate("Severity", "Medium");
    case 4:
        return QCoreApplication::translate("Severity", "High");
    case 5:
        return QCoreApplication::translate("Severity", "Critical");
    default:
        return QCoreApplication::translate("Severity", "Invalid (%1)").arg(level);
    }
}

} // namespace pegboard
