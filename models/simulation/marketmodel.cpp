#include "marketmodel.h"

#include "domain/contextsnapshot.h"
#include "domain/feedseries.h"
#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pegboard {

namespace {
constexpr qint64 MinuteMs = 60000;
constexpr qint64 DayMs = 86400000;

// Per coin (USDC, USDT, DAI, FRAX): how noisy its peg is and how much it trades.
constexpr double PegNoise[] = {1.0, 1.1, 1.3, 1.8};
constexpr double BaseVolumeUsd[] = {5.5e9, 2.1e10, 4.2e8, 6.0e7};
// Per protocol (aave, curve, maker, frax), each tied to the coin of the same index.
constexpr double BaseRatio[] = {1.62, 1.08, 1.71, 0.91};
constexpr double BaseReserveUsd[] = {1.15e10, 3.4e9, 5.2e9, 1.1e9};

double clamp01(double x)
{
    return std::clamp(x, 0.0, 1.0);
}

double shapeAt(int x, const DepegEpisode &e, double depth)
{
    if (x < 0)
        return 0;
    if (x < e.slideMinutes) {
        const double f = double(x) / e.slideMinutes;
        return -depth * f * f * (3 - 2 * f);
    }
    if (x < e.slideMinutes + e.holdMinutes)
        return -depth;
    const int after = x - e.slideMinutes - e.holdMinutes;
    if (after > 5 * e.recoverMinutes)
        return 0;
    return -depth * std::exp(-double(after) / e.recoverMinutes);
}

double round(double x, double unit)
{
    return std::round(x / unit) * unit;
}

// "2026-03-01T12:00:00Z", the same text as QDateTime's Qt::ISODate for UTC, without its cost:
// it runs for every report.
QString isoUtc(qint64 seconds)
{
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secs = seconds - days * 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[96]; // room for any qint64 fields, so the format cannot truncate
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(year), static_cast<long long>(month), static_cast<long long>(day),
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return QString::fromLatin1(buffer);
}

} // namespace

const QStringList &MarketModel::coins()
{
    static const QStringList list{QStringLiteral("USDC"), QStringLiteral("USDT"), QStringLiteral("DAI"),
                                  QStringLiteral("FRAX")};
    return list;
}

const QStringList &MarketModel::protocols()
{
    static const QStringList list{QStringLiteral("aave"), QStringLiteral("curve"), QStringLiteral("maker"),
                                  QStringLiteral("frax")};
    return list;
}

MarketModel::MarketModel(const Config &config)
    : m_config(config)
{
    m_config.startMs = config.startMs - ((config.startMs % MinuteMs) + MinuteMs) % MinuteMs;
    m_config.minutes = std::max(0, config.minutes);
    for (const QString &c : coins()) {
        m_priceNames << FeedSeries::price(c);
        m_volatilityNames << FeedSeries::volatility(c);
        m_volumeNames << FeedSeries::volume24hUsd(c);
        m_answerNames << FeedSeries::oracleAnswer(c);
        m_updatedNames << FeedSeries::oracleUpdatedAt(c);
    }
    for (const QString &p : protocols()) {
        m_ratioNames << FeedSeries::collateralRatio(p);
        m_reserveNames << FeedSeries::reserveUsd(p);
    }
    planDepegs(SimRandom::derive(config.seed, 100));
    simulateNetwork(SimRandom::derive(config.seed, 101));
    simulateCoins(SimRandom::derive(config.seed, 102));
    simulateProtocols(SimRandom::derive(config.seed, 103));
}

int MarketModel::minuteAt(qint64 ms) const
{
    const qint64 m = (ms - m_config.startMs) / MinuteMs;
    return int(std::clamp<qint64>(m, 0, std::max(0, m_config.minutes - 1)));
}

int MarketModel::isoWeekday(int minute) const
{
    const qint64 day = timeMs(minute) / DayMs;
    return int((day + 3) % 7) + 1; // 1970-01-01 was a Thursday
}

int MarketModel::hourOfDay(int minute) const
{
    return int((timeMs(minute) % DayMs) / 3600000);
}

double MarketModel::oracleAgeSeconds(int coin, int m) const
{
    return std::max<double>(0, double(timeMs(m) / 1000 + 59 - oracleUpdatedAtSec(coin, m)));
}

double MarketModel::plantedDeviation(int coin, int m) const
{
    double d = 0;
    for (const DepegEpisode &e : m_depegs) {
        if (e.leader == coin)
            d += shapeAt(m - e.startMinute, e, e.depth);
        if (e.follower == coin)
            d += shapeAt(m - e.startMinute - e.leadMinutes, e, e.followerDepth);
    }
    return d;
}

void MarketModel::planDepegs(quint64 seed)
{
    SimRandom rng(seed);
    m_leadMinutes = rng.range(240, 360);
    const int days = m_config.minutes / 1440;
    if (days < 3)
        return;
    const int count = std::max(1, days / 30);
    const int segment = m_config.minutes / count;
    // Leaders whose trouble spreads: USDC to DAI (PSM collateral), USDT and FRAX via shared pools.
    const int leaders[] = {0, 1, 3};
    const int followers[] = {2, 3, 2};
    for (int i = 0; i < count; ++i) {
        DepegEpisode e;
        const int which = (i + rng.range(0, 2)) % 3;
        e.leader = leaders[which];
        e.follower = followers[which];
        e.slideMinutes = rng.range(90, 240);
        e.holdMinutes = rng.range(60, 300);
        e.recoverMinutes = rng.range(120, 360);
        e.depth = rng.uniform(0.02, 0.05);
        e.followerDepth = e.depth * rng.uniform(0.35, 0.6);
        e.leadMinutes = m_leadMinutes;
        const int span = e.leadMinutes + e.durationMinutes();
        const int lo = i * segment + 1440;
        const int hi = (i + 1) * segment - span - 720;
        e.startMinute = hi > lo ? rng.range(lo, hi) : std::max(0, i * segment + (segment - span) / 2);
        m_depegs.push_back(e);
    }
}

double MarketModel::weeklyGasFactor(int minute) const
{
    const int dow = isoWeekday(minute);
    const double hour = double(timeMs(minute) % DayMs) / 3600000.0;
    // Weekday demand peaks when European afternoons overlap US mornings; nights and weekends are quiet.
    const double overlap = std::exp(-std::pow((hour - 14.5) / 4.5, 2));
    double f = 0.62 + 0.38 * overlap;
    if (dow >= 6)
        f *= 0.72;
    if (dow == RebalanceDay && hour >= RebalanceFromHour && hour < RebalanceToHour)
        f *= 3.2; // protocols' scheduled rebalancing transactions compete for blocks
    if (dow == WednesdaySurgeDay && hour >= WednesdaySurgeFromHour && hour < WednesdaySurgeToHour)
        f *= 7.8; // a weekly claim window floods the mempool
    return f;
}

void MarketModel::simulateNetwork(quint64 seed)
{
    SimRandom rng(seed);
    const size_t n = size_t(m_config.minutes);
    m_gas.resize(n);
    m_pending.resize(n);
    m_congestion.resize(n);
    m_turbulent.resize(n);
    double x = 0;
    bool turbulent = false;
    for (size_t m = 0; m < n; ++m) {
        if (!turbulent && rng.chance(1.0 / (4 * 1440)))
            turbulent = true;
        else if (turbulent && rng.chance(1.0 / 600))
            turbulent = false;
        double depeg = 0;
        for (int c = 0; c < coins().size(); ++c)
            depeg = std::max(depeg, -plantedDeviation(c, int(m)));
        const bool stressed = turbulent || depeg > 0.002;
        m_turbulent[m] = stressed ? 1 : 0;
        x = 0.97 * x + 0.05 * rng.normal();
        double gas = 24.0 * weeklyGasFactor(int(m)) * std::exp(x + 0.03 * rng.normal());
        gas *= (stressed ? 1.8 : 1.0) * (1 + 40 * depeg);
        m_gas[m] = std::clamp(gas, 3.0, 900.0);
        m_pending[m] = std::max(5000.0, 45000 + 650 * m_gas[m] * (1 + 0.08 * rng.normal()));
        m_congestion[m] = clamp01(1 - std::exp(-m_gas[m] / 110) + 0.03 * rng.normal());
    }
}

void MarketModel::simulateCoins(quint64 seed)
{
    const size_t n = size_t(m_config.minutes);
    m_coin.resize(size_t(coins().size()));
    m_mev.assign(n, 0);
    std::vector<double> arbitrage(n, 0);
    for (int c = 0; c < coins().size(); ++c) {
        SimRandom rng(SimRandom::derive(seed, quint64(c)));
        CoinSeries &s = m_coin[size_t(c)];
        s.price.resize(n);
        s.volatility.resize(n);
        s.volume.resize(n);
        s.oracleAnswer.resize(n);
        s.oracleUpdated.resize(n);
        double d = 0, prev = 1, ewma = 0, vol = 0.02;
        double answer = 1;
        qint64 updated = m_config.startMs / 1000 - rng.range(0, 1800);
        for (size_t m = 0; m < n; ++m) {
            const double planted = plantedDeviation(c, int(m));
            const double scale = 6e-5 * PegNoise[c] * (m_turbulent[m] ? 4 : 1);
            d = 0.92 * d + scale * rng.normal();
            const double price = 1 + d + planted;
            ewma = 0.98 * ewma + 0.02 * (price - prev) * (price - prev);
            prev = price;
            vol = 0.97 * vol + 0.03 * (0.012 + 120 * std::sqrt(ewma) + 2.5 * -planted);
            s.price[m] = price;
            s.volatility[m] = std::min(vol, 0.35);
            const double overlap = std::exp(-std::pow(double(hourOfDay(int(m))) - 14.5, 2) / 20.25);
            s.volume[m] =
                BaseVolumeUsd[c] * (1 + 6 * vol) * (0.9 + 0.1 * overlap) * (1 + 0.02 * rng.normal());

            // Chainlink-like: a round is due on deviation or heartbeat; its transaction lands late
            // when blocks are full, which is how oracles go stale under high gas.
            const qint64 minuteSec = timeMs(int(m)) / 1000;
            const bool due = std::abs(price - answer) / answer > OracleDeviationThreshold ||
                             minuteSec - updated >= OracleHeartbeatSeconds;
            if (due) {
                const double gas = m_gas[m];
                const double land = gas < 100 ? 0.95 : gas < 150 ? 0.5 : gas < 250 ? 0.1 : 0.03;
                if (rng.chance(land)) {
                    answer = price;
                    updated = minuteSec + rng.range(0, 59);
                }
            }
            s.oracleAnswer[m] = answer;
            s.oracleUpdated[m] = updated;
            arbitrage[m] = std::max(arbitrage[m], std::abs(price - 1));
        }
    }
    SimRandom rng(SimRandom::derive(seed, 99));
    for (size_t m = 0; m < n; ++m)
        m_mev[m] = clamp01(0.12 + 0.5 * m_congestion[m] + 12 * arbitrage[m] + 0.04 * rng.normal());
}

void MarketModel::simulateProtocols(quint64 seed)
{
    const size_t n = size_t(m_config.minutes);
    m_protocol.resize(size_t(protocols().size()));
    for (int p = 0; p < protocols().size(); ++p) {
        SimRandom rng(SimRandom::derive(seed, quint64(p)));
        ProtocolSeries &s = m_protocol[size_t(p)];
        s.ratio.resize(n);
        s.reserve.resize(n);
        double r = 0, w = 0;
        const int coin = p; // protocolOfCoin is the identity
        for (size_t m = 0; m < n; ++m) {
            r = 0.999 * r + 0.0004 * rng.normal();
            w = 0.9995 * w + 0.0005 * rng.normal();
            const double dev = m_coin[size_t(coin)].price[m] - 1;
            s.ratio[m] = BaseRatio[p] * (1 + r + 3 * dev);
            s.reserve[m] = BaseReserveUsd[p] * (1 + w) * (1 + 5 * plantedDeviation(coin, int(m)));
        }
    }
}

ContextSnapshot MarketModel::context(int minute, int coin) const
{
    ContextSnapshot c;
    c.networkConditions = networkConditions(minute);
    c.priceContext = priceContext(minute, coin);
    c.protocolState = protocolState(minute, coin);
    return c;
}

QJsonObject MarketModel::networkConditions(int minute) const
{
    const int m = std::clamp(minute, 0, std::max(0, m_config.minutes - 1));
    QJsonObject o;
    // Whole gwei, as monitoring tools report it.
    o.insert(ContextKey::GasPriceGwei, std::round(gasGwei(m)));
    o.insert(ContextKey::PendingTxCount, std::round(pendingTx(m)));
    o.insert(ContextKey::CongestionLevel, ContextSnapshot::congestionLevelFor(congestion(m)));
    o.insert(ContextKey::MevActivity, ContextSnapshot::mevActivityFor(mevActivity(m)));
    o.insert(QStringLiteral("congestion_score"), round(congestion(m), 0.01));
    o.insert(QStringLiteral("mev_activity_score"), round(mevActivity(m), 0.01));
    return o;
}

QJsonObject MarketModel::priceContext(int minute, int coin) const
{
    const int m = std::clamp(minute, 0, std::max(0, m_config.minutes - 1));
    const double dev = price(coin, m) - 1;
    const double volume = volume24hUsd(coin, m);
    QJsonObject o;
    o.insert(QStringLiteral("symbol"), coins()[coin]);
    o.insert(QStringLiteral("price_usd"), round(price(coin, m), 1e-6));
    o.insert(ContextKey::PegDeviationBps, round(dev * 1e4, 0.1));
    o.insert(ContextKey::Volume24hUsd, std::round(volume));
    o.insert(ContextKey::VolatilityIndex, round(volatility(coin, m), 1e-4));
    o.insert(ContextKey::ArbitrageOpportunitySize, std::round(std::abs(dev) * volume * 0.05));
    return o;
}

QJsonObject MarketModel::protocolState(int minute, int coin) const
{
    const int m = std::clamp(minute, 0, std::max(0, m_config.minutes - 1));
    const int p = protocolOfCoin(coin);
    const double ratio = collateralRatio(p, m);
    QJsonObject o;
    o.insert(QStringLiteral("protocol"), protocols()[p]);
    o.insert(ContextKey::CollateralRatio, round(ratio, 0.001));
    o.insert(ContextKey::ReserveBalanceUsd, std::round(reserveUsd(p, m)));
    o.insert(ContextKey::OracleLastUpdate, isoUtc(oracleUpdatedAtSec(coin, m)));
    o.insert(QStringLiteral("oracle_answer"), round(oracleAnswer(coin, m), 1e-6));
    o.insert(QStringLiteral("oracle_age_s"), std::round(oracleAgeSeconds(coin, m)));
    o.insert(ContextKey::RebalanceThresholdReached, std::abs(ratio / BaseRatio[p] - 1) > 0.03);
    return o;
}

void MarketModel::appendSamples(int from, int to, std::vector<FeedSample> &out) const
{
    from = std::max(0, from);
    to = std::min(to, m_config.minutes);
    for (int m = from; m < to; ++m) {
        const qint64 ts = timeMs(m);
        const size_t i = size_t(m);
        out.push_back({FeedSeries::GasGwei, ts, round(m_gas[i], 0.01), false});
        out.push_back({FeedSeries::PendingTx, ts, std::round(m_pending[i]), false});
        out.push_back({FeedSeries::Congestion, ts, round(m_congestion[i], 0.001), false});
        out.push_back({FeedSeries::MevActivity, ts, round(m_mev[i], 0.001), false});
        for (int c = 0; c < coins().size(); ++c) {
            const CoinSeries &s = m_coin[size_t(c)];
            out.push_back({m_priceNames[c], ts, round(s.price[i], 1e-6), false});
            out.push_back({m_volatilityNames[c], ts, round(s.volatility[i], 1e-5), false});
            if (m % 5 == 0)
                out.push_back({m_volumeNames[c], ts, std::round(s.volume[i]), false});
            if (m == 0 || s.oracleUpdated[i] != s.oracleUpdated[i - 1]) {
                const qint64 at = s.oracleUpdated[i] * 1000;
                out.push_back({m_answerNames[c], at, s.oracleAnswer[i], false});
                out.push_back({m_updatedNames[c], at, double(s.oracleUpdated[i]), false});
            }
        }
        if (m % 5 == 0) {
            for (int p = 0; p < protocols().size(); ++p) {
                out.push_back({m_ratioNames[p], ts, round(m_protocol[size_t(p)].ratio[i], 1e-4), false});
                out.push_back({m_reserveNames[p], ts, std::round(m_protocol[size_t(p)].reserve[i]), false});
            }
        }
    }
}

} // namespace pegboard
