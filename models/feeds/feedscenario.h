#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pegboard {

// What the simulated market looks like at scenario time t (seconds from the start).
struct ScenarioState
{
    double price = 1.0;          // USD price of the coin
    double gasGwei = 0;          // base fee
    double pendingTx = 0;        // mempool size
    double congestion = 0;       // 0 … 1
    double mevActivity = 0;      // 0 … 1
    double collateralRatio = 0;  // protocol collateral / debt
    double reserveUsd = 0;       // protocol reserves
    double oracleAnswer = 1.0;   // last price the oracle published
    double oracleUpdatedAtS = 0; // scenario time of the oracle's last update
};

// A pure, deterministic market script: time in, values out. `calm` is a quiet peg; `depeg` slides
// to about 0.97 while gas spikes and the oracle stalls, then recovers. Used by `pegboard feed-sim`,
// the demo and tests alike; the same t always gives the same values.
class FeedScenario
{
public:
    static QStringList names();
    static std::optional<FeedScenario> named(const QString &name);

    QString name() const { return m_name; }
    // The script repeats after this long (seconds).
    double periodS() const;
    // Oracle heartbeat: a healthy oracle publishes at least this often (seconds).
    static constexpr double OracleHeartbeatS = 60.0;
    ScenarioState at(double tSeconds) const;
    // While true the oracle publishes nothing, whatever the price does.
    bool oracleStalled(double tSeconds) const;

private:
    explicit FeedScenario(QString name)
        : m_name(std::move(name))
    {}
    // Price path without noise, and 0 … 1 stress that drives gas, congestion and MEV.
    double pegLevel(double t) const;
    double stress(double t) const;

    QString m_name;
};

} // namespace pegboard
