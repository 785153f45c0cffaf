#pragma once

#include "clusterexplanation.h"
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
    ClusterExplanation explanation;
};

struct ClusteringResult
{
    std::vector<RootCauseCluster> clusters; // largest first
    std::vector<int> labels;                // per snapshot row: cluster id, or -1 (no shared cause found)
};

// Density-based grouping (DBSCAN over evidence, not a metric space). Two reports of one type are
// linked when what they share is unlikely by chance (PairSimilarity: every field both carry,
// combined on one scale, and at least one besides time alike beyond chance); a report is a core
// when it has significantly more links than chance brings in its window, or when its type is
// reported around it many times faster than its rate over the window (a burst). Exact repeats — the
// same rare title, contract or transaction again soon — always join. IncidentMerger then joins
// the type-pure groups on one asset into incidents.
class RootCauseClusterer
{
public:
    struct Options
    {
        std::int64_t windowMs = 6 * 3600 * 1000LL;
        double linkP = 0.01;             // combined p-value a pair needs to be linked
        int minNeighbours = 2;           // a core report needs at least this many links besides itself
        double backgroundNeighbours = 8; // chance links the window may bring before it narrows
        std::int64_t minWindowMs = 5 * 60 * 1000LL;
        std::int64_t minBackgroundSpanMs = 7 * 86400 * 1000LL;
        double coreAlpha = 1e-4; // a core's links are this unlikely by chance (also / reports of the type)
        int maxNeighbours = 256; // bounds work and memory in bursts
        int maxExamined = 2048;  // reports each one is compared with ahead of it, at most
        std::int64_t burstMs = 15 * 60 * 1000LL; // ± this around a report for its burst test
        double burstLift = 5;                    // a burst is at least this many times the rate
        int burstMinReports = 6;
        double duplicateChance = 0.01; // repeats closer than chance would bring them are one event
        float offPegBps = 20;          // beyond this a report is about its coin's own depeg
        bool mergeIncidents = true;    // join same-asset bursts of different types (IncidentMerger)
    };

    static ClusteringResult cluster(const Snapshot &snapshot, const Options &options);
    static ClusteringResult cluster(const Snapshot &snapshot) { return cluster(snapshot, Options{}); }
    // Sorted unique token hashes of a text (lower-cased words of two or more letters).
    static std::vector<std::uint32_t> tokens(std::string_view text);
    static double jaccard(const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b);
};

} // namespace pegboard
