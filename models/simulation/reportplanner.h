#pragma once

#include "plannedreport.h"
#include "plantedcluster.h"
#include "simrandom.h"

#include <QStringList>
#include <vector>

namespace pegboard {

class MarketModel;

// Decides when reports happen and why, from the market's conditions: oracle failures in bursts
// during the Wednesday high-gas window, rebalancing errors on Tuesday mornings, depeg episodes
// (leader, then follower hours later) with arbitrage failures and shortfalls, cascades where minor
// oracle delays in high gas precede a major incident, recurring contract bugs, and background noise.
// Sequential and deterministic per seed; the result is ordered by time.
class ReportPlanner
{
public:
    enum Type : quint8
    {
        Peg,
        Oracle,
        Arbitrage,
        Rebalance,
        Liquidity,
        ContractBug,
        Bridge,
        Other,
        TypeCount
    };
    enum Source : quint8
    {
        GitHub,
        Datadog,
        Slack,
        Discord,
        OnChain,
        Ingest,
        SourceCount
    };

    // Planted parameters, also written to the ground truth.
    static constexpr double OracleWindowGasGwei = 150;
    static constexpr int CascadeMinLagMinutes = 30;
    static constexpr int CascadeMaxLagMinutes = 120;
    static constexpr int CascadeMaxPrecursorSeverity = 2;
    static constexpr int CascadeMinMajorSeverity = 4;

    ReportPlanner(const MarketModel &model, qint64 issues, quint64 seed);

    static const QStringList &types();   // IssueType names, in Type order
    static const QStringList &sources(); // github, datadog, slack, discord, onchain, ingest

    std::vector<PlannedReport> plan();
    const std::vector<PlantedCluster> &clusters() const { return m_clusters; }

private:
    qint64 share(double fraction) const;
    PlantedCluster &newCluster(const QString &kind, const QString &label, Type type, int coin);
    void add(int minute, Type type, int coin, Source source, PlantedCluster *cluster, int minSeverity = 1,
             int maxSeverity = 5);
    std::vector<int> weekdayMidnights(int isoWeekday) const;
    QString dateLabel(int minute, bool withTime = false) const;
    int pickCoin();
    Source anySource();
    Source alertSource();
    Source humanSource();

    qint64 planOracleWindows(qint64 budget);
    qint64 planRebalanceTuesdays(qint64 budget);
    qint64 planDepegs(qint64 budget);
    qint64 planCascades(qint64 budget);
    qint64 planContractBugs(qint64 budget);
    void planNoise(qint64 budget);

    const MarketModel &m_model;
    qint64 m_issues;
    SimRandom m_rng;
    std::vector<PlannedReport> m_reports;
    std::vector<PlantedCluster> m_clusters;
};

} // namespace pegboard
