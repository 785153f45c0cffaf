#include "snapshot.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace pegboard {

namespace {
template<typename T> std::size_t bytesOf(const std::vector<T> &v)
{
    return v.capacity() * sizeof(T);
}

float toFloat(const std::optional<double> &v)
{
    return v ? float(*v) : NAN;
}

std::uint64_t hashOf(std::string_view value)
{
    return value.empty() ? 0 : std::max<std::uint64_t>(1, qHash(QByteArrayView(value), 0x5eed));
}

std::int64_t toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : Snapshot::NoTime;
}
} // namespace

void Snapshot::reserve(std::size_t rows)
{
    ids.reserve(rows);
    reportedMs.reserve(rows);
    resolvedMs.reserve(rows);
    receivedMs.reserve(rows);
    for (auto *column : {&gasGwei, &pendingTx, &pegDeviationBps, &volatility, &volumeUsd, &collateralRatio,
                         &oracleStalenessS, &estimatedLossUsd, &actualLossUsd})
        column->reserve(rows);
    severity.reserve(rows);
    for (auto *column : {&type, &congestion, &mev, &protocol, &symbol})
        column->reserve(rows);
    clusterId.reserve(rows);
    contract.reserve(rows);
    txHash.reserve(rows);
    reporter.reserve(rows);
    if (hasText) {
        titles.reserve(rows);
        bodies.reserve(rows);
    }
}

void Snapshot::append(const Row &row)
{
    ids.push_back(row.id);
    reportedMs.push_back(row.reportedMs);
    resolvedMs.push_back(row.resolvedMs);
    receivedMs.push_back(row.receivedMs);
    gasGwei.push_back(row.gasGwei);
    pendingTx.push_back(row.pendingTx);
    pegDeviationBps.push_back(row.pegDeviationBps);
    volatility.push_back(row.volatility);
    volumeUsd.push_back(row.volumeUsd);
    collateralRatio.push_back(row.collateralRatio);
    oracleStalenessS.push_back(row.oracleStalenessS);
    estimatedLossUsd.push_back(row.estimatedLossUsd);
    actualLossUsd.push_back(row.actualLossUsd);
    severity.push_back(std::uint8_t(row.severity));
    type.push_back(types.intern(row.type));
    congestion.push_back(congestionLevels.intern(row.congestion));
    mev.push_back(mevLevels.intern(row.mev));
    protocol.push_back(protocols.intern(row.protocol));
    symbol.push_back(symbols.intern(row.symbol));
    clusterId.push_back(row.clusterId);
    contract.push_back(hashOf(row.contract));
    txHash.push_back(hashOf(row.txHash));
    reporter.push_back(hashOf(row.reporter));
    if (hasText) {
        titles.emplace_back(row.title);
        bodies.emplace_back(row.body);
    }
    if (row.receivedMs != NoTime && row.receivedMs > maxReceivedMs)
        maxReceivedMs = row.receivedMs;
}

std::size_t Snapshot::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + bytesOf(ids) + bytesOf(reportedMs) + bytesOf(resolvedMs) +
                        bytesOf(receivedMs) + bytesOf(severity) + bytesOf(clusterId) + bytesOf(contract) +
                        bytesOf(txHash) + bytesOf(reporter);
    for (const auto *column : {&gasGwei, &pendingTx, &pegDeviationBps, &volatility, &volumeUsd,
                               &collateralRatio, &oracleStalenessS, &estimatedLossUsd, &actualLossUsd})
        bytes += bytesOf(*column);
    for (const auto *column : {&type, &congestion, &mev, &protocol, &symbol})
        bytes += bytesOf(*column);
    for (const auto *texts : {&titles, &bodies}) {
        bytes += bytesOf(*texts);
        for (const std::string &s : *texts)
            bytes += s.capacity() > 15 ? s.capacity() + 1 : 0; // beyond the small-string buffer
    }
    for (const auto *dict : {&types, &congestionLevels, &mevLevels, &protocols, &symbols})
        bytes += dict->memoryBytes();
    return bytes;
}

Snapshot Snapshot::newest(std::size_t n, std::vector<std::uint32_t> &rowMap) const
{
    rowMap.resize(size());
    std::iota(rowMap.begin(), rowMap.end(), 0u);
    if (n < size()) {
        std::nth_element(rowMap.begin(), rowMap.begin() + std::ptrdiff_t(n), rowMap.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return reportedMs[a] > reportedMs[b]; });
        rowMap.resize(n);
        std::sort(rowMap.begin(), rowMap.end());
    }
    return rows(rowMap);
}

Snapshot Snapshot::rows(std::span<const std::uint32_t> rowMap) const
{
    Snapshot out;
    out.hasText = hasText;
    out.corrections = corrections;
    out.reserve(rowMap.size());
    for (std::uint32_t i : rowMap) {
        Row row;
        row.id = ids[i];
        row.reportedMs = reportedMs[i];
        row.resolvedMs = resolvedMs[i];
        row.receivedMs = receivedMs[i];
        row.type = types.utf8(type[i]);
        row.congestion = congestionLevels.utf8(congestion[i]);
        row.mev = mevLevels.utf8(mev[i]);
        row.protocol = protocols.utf8(protocol[i]);
        row.symbol = symbols.utf8(symbol[i]);
        row.severity = severity[i];
        row.gasGwei = gasGwei[i];
        row.pendingTx = pendingTx[i];
        row.pegDeviationBps = pegDeviationBps[i];
        row.volatility = volatility[i];
        row.volumeUsd = volumeUsd[i];
        row.collateralRatio = collateralRatio[i];
        row.oracleStalenessS = oracleStalenessS[i];
        row.estimatedLossUsd = estimatedLossUsd[i];
        row.actualLossUsd = actualLossUsd[i];
        row.clusterId = clusterId[i];
        if (hasText) {
            row.title = titles[i];
            row.body = bodies[i];
        }
        out.append(row);
        // Kept as hashes only: copied as they are (the text they came from is not).
        out.contract.back() = contract[i];
        out.txHash.back() = txHash[i];
        out.reporter.back() = reporter[i];
    }
    // Incremental loads continue after the source's newest row, not the subset's.
    out.maxReceivedMs = maxReceivedMs;
    return out;
}

Snapshot Snapshot::fromIssues(std::span<const Issue> issues, bool withText)
{
    Snapshot s;
    s.hasText = withText;
    s.reserve(issues.size());
    for (const Issue &i : issues) {
        const QByteArray type = i.issueType.toUtf8(), congestion = i.context.congestionLevel().toUtf8(),
                         mev = i.context.mevActivity().toUtf8(), protocol = i.protocol.toUtf8(),
                         symbol = i.symbol.toUtf8(), title = i.title.toUtf8(), body = i.body.toUtf8(),
                         contract = i.affectedContracts.value(0).toLower().toUtf8(),
                         txHash = i.relatedTxHashes.value(0).toLower().toUtf8(),
                         reporter = i.reporterAddress.toLower().toUtf8();
        Row r;
        r.id = i.id;
        r.reportedMs = toMs(i.reportedAt);
        r.resolvedMs = toMs(i.resolvedAt);
        r.receivedMs = toMs(i.receivedAt);
        r.type = std::string_view(type.constData(), type.size());
        r.congestion = std::string_view(congestion.constData(), congestion.size());
        r.mev = std::string_view(mev.constData(), mev.size());
        r.protocol = std::string_view(protocol.constData(), protocol.size());
        r.symbol = std::string_view(symbol.constData(), symbol.size());
        r.title = std::string_view(title.constData(), title.size());
        r.body = std::string_view(body.constData(), body.size());
        r.contract = std::string_view(contract.constData(), contract.size());
        r.txHash = std::string_view(txHash.constData(), txHash.size());
        r.reporter = std::string_view(reporter.constData(), reporter.size());
        r.severity = i.severityLevel;
        r.gasGwei = toFloat(i.context.gasPriceGwei());
        r.pendingTx = toFloat(i.context.pendingTxCount());
        r.pegDeviationBps = toFloat(i.context.pegDeviationBps());
        r.volatility = toFloat(i.context.volatilityIndex());
        r.volumeUsd = toFloat(i.context.volume24hUsd());
        r.collateralRatio = toFloat(i.context.collateralRatio());
        const QDateTime oracle = i.context.oracleLastUpdate();
        if (oracle.isValid() && i.reportedAt.isValid())
            r.oracleStalenessS = float(oracle.msecsTo(i.reportedAt) / 1000.0);
        r.estimatedLossUsd = toFloat(i.estimatedLossUsd);
        r.actualLossUsd = toFloat(i.actualLossUsd);
        r.clusterId = i.clusterId.value_or(NoCluster);
        s.append(r);
    }
    return s;
}

} // namespace pegboard
