#pragma once

#include <QtGlobal>

namespace pegboard {

// One report before it is written: when, what, about which coin, from where, and which planted
// cluster (root cause) it belongs to. Planning is sequential and cheap; rendering text and context
// from a PlannedReport is pure, so it runs in parallel.
struct PlannedReport
{
    qint64 timestampMs = 0;
    int minute = 0;
    quint8 type = 0;   // index into ReportPlanner::types()
    quint8 coin = 0;   // index into MarketModel::coins()
    quint8 source = 0; // index into ReportPlanner::sources()
    quint8 minSeverity = 1;
    quint8 maxSeverity = 5;
    qint32 cluster = 0;   // PlantedCluster::id, 0 = background noise
    qint32 contract = -1; // shared contract of a bug cluster, -1 = pick per report
};

} // namespace pegboard
