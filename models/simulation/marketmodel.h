#pragma once

#include "depegepisode.h"
#include "domain/contextsnapshot.h"
#include "domain/feedsample.h"

#include <QStringList>
#include <vector>

namespace pegboard {

// A minute-resolution market and network history for several stablecoins and protocols: gas with
// daily and weekly cycles (weekday European/US peaks, Tuesday rebalancing, a Wednesday afternoon
// surge), calm/turbulent volatility regimes, planted depeg episodes where one coin leads another,
// and Chainlink-like oracles (deviation or heartbeat updates) that stall when gas is high.
// Pure and deterministic: the same Config gives the same history, bit for bit.
class MarketModel
{
public:
    struct Config
    {
        qint64 startMs = 0; // rounded down to the minute
        int minutes = 0;
        quint64 seed = 1;
    };

    // Parameters of the planted structure, also written to the ground truth.
    static constexpr int WednesdaySurgeDay = 3; // ISO weekday (Qt::Wednesday)
    static constexpr int WednesdaySurgeFromHour = 14;
    static constexpr int WednesdaySurgeToHour = 16; // exclusive
    static constexpr int RebalanceDay = 2;          // Tuesday
    static constexpr int RebalanceFromHour = 9;
    static constexpr int RebalanceToHour = 11; // exclusive
    static constexpr double OracleDeviationThreshold = 0.001;
    static constexpr int OracleHeartbeatSeconds = 3600;

    explicit MarketModel(const Config &config);

    static const QStringList &coins();     // USDC, USDT, DAI, FRAX
    static const QStringList &protocols(); // aave, curve, maker, frax
    // The protocol whose state matters most for a coin (same index order).
    static int protocolOfCoin(int coin) { return coin; }

    int minutes() const { return m_config.minutes; }
    qint64 startMs() const { return m_config.startMs; }
    qint64 timeMs(int minute) const { return m_config.startMs + qint64(minute) * 60000; }
    // The minute containing ms, clamped to the history.
    int minuteAt(qint64 ms) const;
    int isoWeekday(int minute) const;
    int hourOfDay(int minute) const;

    double gasGwei(int m) const { return m_gas[size_t(m)]; }
    double pendingTx(int m) const { return m_pending[size_t(m)]; }
    double congestion(int m) const { return m_congestion[size_t(m)]; }
    double mevActivity(int m) const { return m_mev[size_t(m)]; }
    bool turbulent(int m) const { return m_turbulent[size_t(m)] != 0; }
    double price(int coin, int m) const { return m_coin[size_t(coin)].price[size_t(m)]; }
    double volatility(int coin, int m) const { return m_coin[size_t(coin)].volatility[size_t(m)]; }
    double volume24hUsd(int coin, int m) const { return m_coin[size_t(coin)].volume[size_t(m)]; }
    double oracleAnswer(int coin, int m) const { return m_coin[size_t(coin)].oracleAnswer[size_t(m)]; }
    qint64 oracleUpdatedAtSec(int coin, int m) const { return m_coin[size_t(coin)].oracleUpdated[size_t(m)]; }
    // Seconds since the oracle's last update, at the end of minute m.
    double oracleAgeSeconds(int coin, int m) const;
    double collateralRatio(int protocol, int m) const
    {
        return m_protocol[size_t(protocol)].ratio[size_t(m)];
    }
    double reserveUsd(int protocol, int m) const { return m_protocol[size_t(protocol)].reserve[size_t(m)]; }

    const std::vector<DepegEpisode> &depegs() const { return m_depegs; }
    int leadMinutes() const { return m_leadMinutes; }
    // The planted depeg component of a coin's deviation (≤ 0), without noise.
    double plantedDeviation(int coin, int m) const;

    // The report context of minute m in the article's shape, for one coin and its protocol.
    ContextSnapshot context(int minute, int coin) const;
    // Its three groups, for callers that reuse a group across reports of the same minute.
    QJsonObject networkConditions(int minute) const;
    QJsonObject priceContext(int minute, int coin) const;
    QJsonObject protocolState(int minute, int coin) const;

    // Recorded samples of minutes [from, to): network and prices every minute, volumes and
    // protocol state every 5 minutes, oracle answer/updated_at at each update (as on chain).
    void appendSamples(int from, int to, std::vector<FeedSample> &out) const;

private:
    struct CoinSeries
    {
        std::vector<double> price, volatility, volume, oracleAnswer;
        std::vector<qint64> oracleUpdated;
    };
    struct ProtocolSeries
    {
        std::vector<double> ratio, reserve;
    };
    void planDepegs(quint64 seed);
    void simulateNetwork(quint64 seed);
    void simulateCoins(quint64 seed);
    void simulateProtocols(quint64 seed);
    double weeklyGasFactor(int minute) const;

    Config m_config;
    int m_leadMinutes = 0;
    std::vector<DepegEpisode> m_depegs;
    std::vector<double> m_gas, m_pending, m_congestion, m_mev;
    std::vector<quint8> m_turbulent;
    std::vector<CoinSeries> m_coin;
    std::vector<ProtocolSeries> m_protocol;
    QStringList m_priceNames, m_volatilityNames, m_volumeNames, m_answerNames, m_updatedNames;
    QStringList m_ratioNames, m_reserveNames;
};

} // namespace pegboard
