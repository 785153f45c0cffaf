#pragma once

#include <QString>

namespace pegboard {

// A planted root cause: every report generated for it carries its id in the ground truth.
struct PlantedCluster
{
    qint32 id = 0;     // 1-based; 0 is reserved for background noise
    QString kind;      // oracle_gas_window, rebalance_tuesday, depeg, cascade, contract_bug
    QString label;     // human-readable, unique: "depeg-USDC-2026-03-11"
    QString issueType; // dominant type
    int coin = 0;
    int fromMinute = 0;
    int toMinute = 0;
    int causedBy = 0; // for a depeg follower: the leader's cluster id
    int size = 0;     // reports planned for it
};

} // namespace pegboard
