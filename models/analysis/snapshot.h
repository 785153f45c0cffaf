#pragma once

#include "clustercorrection.h"
#include "domain/issue.h"
#include "stringdictionary.h"

#include <QUuid>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace pegboard {

// A columnar, in-memory copy of the issues of a time window: what every analysis reads. Numbers
// live in contiguous arrays (a pass over one condition touches only its column), text categories
// are dictionary codes, and the JSON context is flattened to typed columns once, at load time.
// Missing numbers are NaN, missing times NoTime, missing categories StringDictionary::None.
// Plain data on purpose: analyses are pure functions over it.
struct Snapshot
{
    static constexpr std::int64_t NoTime = std::numeric_limits<std::int64_t>::min();
    static constexpr std::int64_t NoCluster = -1;

    // One row as parsed, before it is split into the columns.
    struct Row
    {
        QUuid id;
        std::int64_t reportedMs = NoTime;
        std::int64_t resolvedMs = NoTime;
        std::int64_t receivedMs = NoTime;
        std::string_view type, congestion, mev, protocol, symbol;
        int severity = 0;
        float gasGwei = NAN, pendingTx = NAN, pegDeviationBps = NAN, volatility = NAN, volumeUsd = NAN,
              collateralRatio = NAN, oracleStalenessS = NAN, estimatedLossUsd = NAN, actualLossUsd = NAN;
        std::int64_t clusterId = NoCluster;
        std::string_view title, body, contract, txHash, reporter;
    };

    std::vector<QUuid> ids;
    std::vector<std::int64_t> reportedMs, resolvedMs, receivedMs;
    std::vector<float> gasGwei, pendingTx, pegDeviationBps, volatility, volumeUsd, collateralRatio,
        oracleStalenessS, estimatedLossUsd, actualLossUsd;
    std::vector<std::uint8_t> severity;
    std::vector<std::uint16_t> type, congestion, mev, protocol, symbol;
    std::vector<std::int64_t> clusterId;
    // Filled only when loaded with text (the clusterer needs it; the heatmap does not).
    std::vector<std::string> titles, bodies;
    // Hashes (0 = none) of the first affected contract, the first related transaction and the
    // reporter: what marks two reports as the same event or the same source, with or without text.
    std::vector<std::uint64_t> contract, txHash, reporter;
    bool hasText = false;

    // The stored corrections to the clusters, oldest first (undone ones included, marked).
    std::vector<ClusterCorrection> corrections;

    StringDictionary types, congestionLevels, mevLevels, protocols, symbols;
    // The latest received_at seen: incremental loads continue after it.
    std::int64_t maxReceivedMs = NoTime;

    std::size_t size() const { return reportedMs.size(); }
    bool empty() const { return reportedMs.empty(); }
    void reserve(std::size_t rows);
    void append(const Row &row);
    // Heap bytes held by the columns and dictionaries (capacity, not just size).
    std::size_t memoryBytes() const;

    // The newest `n` rows as a snapshot of their own (all rows when n >= size()), in their original
    // order; rowMap[i] is row i's index here.
    Snapshot newest(std::size_t n, std::vector<std::uint32_t> &rowMap) const;
    // These rows (ascending indices) as a snapshot of their own; row i there is rowMap[i] here.
    Snapshot rows(std::span<const std::uint32_t> rowMap) const;

    // The same flattening as the store loader, from Issue values (tests, offline bundles).
    static Snapshot fromIssues(std::span<const Issue> issues, bool withText = false);
};

} // namespace pegboard
