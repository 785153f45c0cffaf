#include "issuefactory.h"

#include "domain/issuetype.h"

#include <QRandomGenerator>

namespace pegboard::test {

Issue articleIssue(int n, quint32 seed)
{
    // Seeded by the pair, so no two (seed, n) share a stream (and so an id).
    const quint32 key[2] = {seed, static_cast<quint32>(n)};
    QRandomGenerator rng(key, key + 2);
    static const QStringList types = IssueType::known();
    static const QStringList protocols = {QStringLiteral("curve"), QStringLiteral("aave"),
                                          QStringLiteral("maker"), QStringLiteral("uniswap")};
    static const QStringList levels = {QStringLiteral("low"), QStringLiteral("medium"),
                                       QStringLiteral("high")};
    Issue i;
    QByteArray idBytes(16, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(idBytes.data()), 4);
    i.id = QUuid::fromRfc4122(idBytes);
    i.issueType = types[int(rng.bounded(types.size()))];
    i.severityLevel = 1 + int(rng.bounded(5));
    i.reportedAt = QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 97);
    if (rng.bounded(3) == 0)
        i.resolvedAt = i.reportedAt.addSecs(600 + rng.bounded(86400));
    i.context.setGasPriceGwei(10 + rng.bounded(300));
    i.context.setPendingTxCount(50000 + rng.bounded(100000));
    i.context.setCongestionLevel(levels[int(rng.bounded(3))]);
    i.context.setMevActivity(levels[int(rng.bounded(3))]);
    i.context.setPegDeviationBps(rng.bounded(80.0) - 40);
    i.context.setVolume24hUsd(1e6 + rng.bounded(5e6));
    i.context.setVolatilityIndex(rng.bounded(0.2));
    i.context.priceContext[QStringLiteral("arbitrage_opportunity_size")] = double(rng.bounded(100000));
    i.context.setCollateralRatio(1.0 + rng.bounded(0.5));
    i.context.protocolState[QStringLiteral("reserve_balance_usd")] = 1e7 + rng.bounded(5e6);
    i.context.setOracleLastUpdate(i.reportedAt.addSecs(-qint64(rng.bounded(900))));
    i.context.protocolState[QStringLiteral("rebalance_threshold_reached")] = rng.bounded(10) == 0;
    i.estimatedLossUsd = double(rng.bounded(500000)) / 4.0;
    i.relatedTxHashes = {QStringLiteral("0x%1").arg(rng.generate64(), 64, 16, QLatin1Char('0'))};
    i.affectedContracts = {QStringLiteral("0x%1").arg(rng.generate64(), 40, 16, QLatin1Char('0'))};
    i.reporterAddress = QStringLiteral("0x%1").arg(rng.generate64(), 40, 16, QLatin1Char('0'));
    i.source = QStringLiteral("github");
    i.externalId = QStringLiteral("delivery-%1-%2").arg(seed).arg(n);
    i.title =
        QStringLiteral("%1 on %2 during high gas").arg(IssueType::displayName(i.issueType), protocols[n % 4]);
    i.body = QStringLiteral("Observed at block %1.\nOracle answer lagged; see tx above.").arg(18000000 + n);
    i.protocol = protocols[n % 4];
    i.symbol = n % 2 ? QStringLiteral("USDC") : QStringLiteral("DAI");
    return i;
}

QList<Issue> articleIssues(int count, quint32 seed)
{
    QList<Issue> out;
    out.reserve(count);
    for (int n = 0; n < count; ++n)
        out.append(articleIssue(n, seed));
    return out;
}

} // namespace pegboard::test
