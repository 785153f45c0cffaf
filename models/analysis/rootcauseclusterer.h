#pragma once

#include "snapshot.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace pegboard {

// A group of reports that share a cause, summarised for the drill-down.
struct RootCauseCluster
{
    int id = 0;
    std::vector<std::uint32_t> rows;
    QString dominantType;
    double dominantShare = 0;
    std::int64_t fromMs = 0, toMs = 0;
    QString representativeTitle;
    double totalLossUsd = 0;
    float medianGasGwei = NAN, medianPegDeviationBps = NAN, medianOracleStalenessS = NAN;
    QString congestion; // most common level
};

struct ClusteringResult
{
    std::vector<RootCauseCluster> clusters; // largest first
    std::vector<int> labels;                // per snapshot row: cluster id, or -1 (no shared cause found)
};

// Density-based grouping (DBSCAN over a similarity, not a metric space): two reports are
// neighbours when they have the same type, happened within the time window, and are similar
// enough in title/body tokens, context and time. Reports with enough neighbours seed clusters.
class RootCauseClusterer
{
public:
    struct Options
    {
        std::int64_t windowMs = 6 * 3600 * 1000LL;
        double minSimilarity = 0.6;
        int minNeighbours = 2;           // a core report needs at least this many neighbours besides itself
        double backgroundNeighbours = 8; // look-alikes chance may bring within a type's window
        std::int64_t minWindowMs = 5 * 60 * 1000LL;
        std::int64_t minBackgroundSpanMs = 7 * 86400 * 1000LL;
        double coreAlpha = 1e-4; // a core's neighbours are this unlikely by chance
        int maxNeighbours = 256; // bounds work and memory in bursts
        double textWeight = 0.5, contextWeight = 0.3, timeWeight = 0.2;
        float offPegBps = 20;       // beyond this a report is about its coin's own depeg
        bool mergeIncidents = true; // join same-asset bursts of different types (IncidentMerger)
    };

    static ClusteringResult cluster(const Snapshot &snapshot, const Options &options);
    static ClusteringResult cluster(const Snapshot &snapshot) { return cluster(snapshot, Options{}); }
    // Sorted unique token hashes of a text (lower-cased words of two or more letters).
    static std::vector<std::uint32_t> tokens(std::string_view text);
    static double jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b);
};

} // namespace pegboard
