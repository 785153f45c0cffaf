#include "reportplanner.h"

#include "domain/issuetype.h"
#include "marketmodel.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace pegboard {

namespace {
// Background noise by type: what a team sees every day regardless of the planted causes.
constexpr double NoiseWeight[ReportPlanner::TypeCount] = {0.06, 0.03, 0.04, 0.03, 0.03, 0.05, 0.10, 0.08};
// Human activity over the day (UTC), peaking in the European afternoon / US morning.
double humanActivity(int hour)
{
    return 0.35 + 0.65 * std::exp(-std::pow((hour - 15) / 5.0, 2));
}
} // namespace

const QStringList &ReportPlanner::types()
{
    static const QStringList list{IssueType::PegDeviation,       IssueType::OracleFailure,
                                  IssueType::ArbitrageFailure,   IssueType::RebalanceError,
                                  IssueType::LiquidityShortfall, IssueType::SmartContractBug,
                                  IssueType::BridgeDelay,        IssueType::Other};
    return list;
}

const QStringList &ReportPlanner::sources()
{
    static const QStringList list{QStringLiteral("github"),  QStringLiteral("datadog"),
                                  QStringLiteral("slack"),   QStringLiteral("discord"),
                                  QStringLiteral("onchain"), QStringLiteral("ingest")};
    return list;
}

ReportPlanner::ReportPlanner(const MarketModel &model, qint64 issues, quint64 seed)
    : m_model(model)
    , m_issues(std::max<qint64>(0, issues))
    , m_rng(SimRandom::derive(seed, 200))
{}

qint64 ReportPlanner::share(double fraction) const
{
    return qint64(std::llround(double(m_issues) * fraction));
}

std::vector<PlannedReport> ReportPlanner::plan()
{
    m_reports.clear();
    m_clusters.clear();
    if (m_issues == 0 || m_model.minutes() < 60)
        return {};
    m_reports.reserve(size_t(m_issues));
    qint64 planned = 0;
    planned += planOracleWindows(share(0.20));
    planned += planRebalanceTuesdays(share(0.07));
    planned += planDepegs(share(0.15));
    planned += planCascades(share(0.08));
    planned += planContractBugs(share(0.08));
    planNoise(m_issues - planned);
    std::stable_sort(m_reports.begin(), m_reports.end(), [](const PlannedReport &a, const PlannedReport &b) {
        return a.timestampMs < b.timestampMs;
    });
    for (PlantedCluster &c : m_clusters)
        c.size = 0;
    for (const PlannedReport &r : m_reports) {
        if (r.cluster > 0)
            ++m_clusters[size_t(r.cluster - 1)].size;
    }
    return std::move(m_reports);
}

PlantedCluster &ReportPlanner::newCluster(const QString &kind, const QString &label, Type type, int coin)
{
    PlantedCluster c;
    c.id = qint32(m_clusters.size() + 1);
    c.kind = kind;
    c.label = label;
    c.issueType = types()[type];
    c.coin = coin;
    c.fromMinute = m_model.minutes();
    c.toMinute = 0;
    m_clusters.push_back(c);
    return m_clusters.back();
}

void ReportPlanner::add(int minute, Type type, int coin, Source source, PlantedCluster *cluster,
                        int minSeverity, int maxSeverity)
{
    PlannedReport r;
    r.minute = std::clamp(minute, 0, m_model.minutes() - 1);
    r.timestampMs = m_model.timeMs(r.minute) + m_rng.range(0, 59999);
    r.type = type;
    r.coin = quint8(coin);
    r.source = source;
    r.minSeverity = quint8(minSeverity);
    r.maxSeverity = quint8(maxSeverity);
    if (cluster) {
        r.cluster = cluster->id;
        cluster->fromMinute = std::min(cluster->fromMinute, r.minute);
        cluster->toMinute = std::max(cluster->toMinute, r.minute);
    }
    m_reports.push_back(r);
}

std::vector<int> ReportPlanner::weekdayMidnights(int isoWeekday) const
{
    std::vector<int> out;
    const qint64 dayMs = 86400000;
    const int first = int(((dayMs - m_model.startMs() % dayMs) % dayMs) / 60000);
    for (int m = first; m + 1440 <= m_model.minutes(); m += 1440) {
        if (m_model.isoWeekday(m) == isoWeekday)
            out.push_back(m);
    }
    return out;
}

QString ReportPlanner::dateLabel(int minute, bool withTime) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_model.timeMs(minute), Qt::UTC);
    return t.toString(withTime ? QStringLiteral("yyyy-MM-dd'T'HHmm") : QStringLiteral("yyyy-MM-dd"));
}

int ReportPlanner::pickCoin()
{
    const double u = m_rng.uniform();
    return u < 0.35 ? 0 : u < 0.65 ? 1 : u < 0.85 ? 2 : 3;
}

ReportPlanner::Source ReportPlanner::anySource()
{
    const double u = m_rng.uniform();
    return u < 0.24   ? GitHub
           : u < 0.50 ? Datadog
           : u < 0.70 ? Slack
           : u < 0.80 ? Discord
           : u < 0.92 ? OnChain
                      : Ingest;
}

ReportPlanner::Source ReportPlanner::alertSource()
{
    const double u = m_rng.uniform();
    return u < 0.5 ? Datadog : u < 0.85 ? OnChain : Ingest;
}

ReportPlanner::Source ReportPlanner::humanSource()
{
    const double u = m_rng.uniform();
    return u < 0.45 ? GitHub : u < 0.8 ? Slack : Discord;
}

qint64 ReportPlanner::planOracleWindows(qint64 budget)
{
    const std::vector<int> days = weekdayMidnights(MarketModel::WednesdaySurgeDay);
    if (days.empty() || budget <= 0)
        return 0;
    qint64 planned = 0;
    for (size_t d = 0; d < days.size(); ++d) {
        const qint64 count =
            budget / qint64(days.size()) + (qint64(d) < budget % qint64(days.size()) ? 1 : 0);
        if (count == 0)
            continue;
        const int from = days[d] + MarketModel::WednesdaySurgeFromHour * 60;
        const int to = days[d] + MarketModel::WednesdaySurgeToHour * 60;
        // Every report of the pattern carries gas above the threshold, as the truth file claims: the
        // context stores gas rounded to a whole gwei, so that is what is compared.
        auto hot = [&](int m) { return std::round(m_model.gasGwei(m)) > OracleWindowGasGwei; };
        // Bursts start while gas is above the threshold and early enough for the humans' follow-ups
        // to land inside the window too.
        std::vector<int> candidates;
        for (int m = from; m < to - 25; ++m) {
            if (hot(m))
                candidates.push_back(m);
        }
        if (candidates.empty())
            continue;
        PlantedCluster &cluster =
            newCluster(QStringLiteral("oracle_gas_window"),
                       QStringLiteral("oracle-gas-window-") + dateLabel(days[d]), Oracle, 0);
        const int clusterIndex = cluster.id - 1;
        const qint64 bursts = std::max<qint64>(1, std::llround(double(count) / 14));
        for (qint64 b = 0; b < bursts; ++b) {
            const qint64 size = count / bursts + (b < count % bursts ? 1 : 0);
            const int at = candidates[size_t(m_rng.range(0, int(candidates.size()) - 1))];
            // Monitors fire in the same evaluation minute; people follow up minutes later.
            const qint64 alerts = std::llround(double(size) * 0.65);
            for (qint64 i = 0; i < size; ++i) {
                const bool alert = i < alerts;
                int minute = alert ? at : at + m_rng.range(1, 20);
                while (!hot(minute)) // a follow-up written after gas eased is moved back into the heat
                    --minute;
                add(minute, Oracle, pickCoin(), alert ? alertSource() : humanSource(),
                    &m_clusters[size_t(clusterIndex)]);
            }
            planned += size;
        }
    }
    return planned;
}

qint64 ReportPlanner::planRebalanceTuesdays(qint64 budget)
{
    const std::vector<int> days = weekdayMidnights(MarketModel::RebalanceDay);
    if (days.empty() || budget <= 0)
        return 0;
    qint64 planned = 0;
    const int span = (MarketModel::RebalanceToHour - MarketModel::RebalanceFromHour) * 60;
    for (size_t d = 0; d < days.size(); ++d) {
        const qint64 count =
            budget / qint64(days.size()) + (qint64(d) < budget % qint64(days.size()) ? 1 : 0);
        if (count == 0)
            continue;
        const int coin = pickCoin();
        const int clusterIndex =
            newCluster(QStringLiteral("rebalance_tuesday"),
                       QStringLiteral("rebalance-tuesday-") + dateLabel(days[d]), Rebalance, coin)
                .id -
            1;
        const int from = days[d] + MarketModel::RebalanceFromHour * 60;
        for (qint64 i = 0; i < count; ++i) {
            // Most failures come right after the scheduled start, retries trail off.
            const double u = m_rng.uniform();
            add(from + int(span * u * u), Rebalance, m_rng.chance(0.7) ? coin : pickCoin(), anySource(),
                &m_clusters[size_t(clusterIndex)]);
        }
        planned += count;
    }
    return planned;
}

qint64 ReportPlanner::planDepegs(qint64 budget)
{
    const auto &episodes = m_model.depegs();
    if (episodes.empty() || budget <= 0)
        return 0;
    qint64 planned = 0;
    for (size_t e = 0; e < episodes.size(); ++e) {
        const DepegEpisode &ep = episodes[e];
        const qint64 count =
            budget / qint64(episodes.size()) + (qint64(e) < budget % qint64(episodes.size()) ? 1 : 0);
        int leaderId = 0;
        for (const bool follower : {false, true}) {
            const int coin = follower ? ep.follower : ep.leader;
            const int start = ep.startOf(follower);
            const qint64 n =
                follower ? count - std::llround(double(count) * 0.6) : std::llround(double(count) * 0.6);
            PlantedCluster &c = newCluster(
                QStringLiteral("depeg"),
                QStringLiteral("depeg-%1-%2").arg(MarketModel::coins()[coin], dateLabel(start)), Peg, coin);
            c.causedBy = follower ? leaderId : 0;
            const int clusterIndex = c.id - 1;
            if (!follower)
                leaderId = c.id;
            const int span = ep.slideMinutes * 2 / 3 + ep.holdMinutes + ep.recoverMinutes;
            for (qint64 i = 0; i < n; ++i) {
                const double u = m_rng.uniform();
                const Type type = u < 0.4 ? Peg : u < 0.75 ? Arbitrage : u < 0.9 ? Liquidity : Oracle;
                add(start + ep.slideMinutes / 3 + int(span * m_rng.uniform()), type, coin, anySource(),
                    &m_clusters[size_t(clusterIndex)]);
            }
            planned += n;
        }
    }
    return planned;
}

qint64 ReportPlanner::planCascades(qint64 budget)
{
    if (budget < 4)
        return 0;
    const int days = std::max(1, m_model.minutes() / 1440);
    const qint64 count = std::clamp<qint64>(std::llround(double(budget) / 8), 1, qint64(days) * 2);
    // "High gas" for a cascade: the top 15% of minutes.
    std::vector<double> gas;
    for (int m = 0; m < m_model.minutes(); m += 7)
        gas.push_back(m_model.gasGwei(m));
    std::sort(gas.begin(), gas.end());
    const double threshold = gas[gas.size() * 85 / 100];
    auto quiet = [&](int m) {
        const int d = m_model.isoWeekday(m), h = m_model.hourOfDay(m);
        const bool window =
            (d == MarketModel::WednesdaySurgeDay && h >= MarketModel::WednesdaySurgeFromHour &&
             h < MarketModel::WednesdaySurgeToHour) ||
            (d == MarketModel::RebalanceDay && h >= MarketModel::RebalanceFromHour &&
             h < MarketModel::RebalanceToHour);
        bool depeg = false;
        for (int c = 0; c < MarketModel::coins().size(); ++c)
            depeg = depeg || m_model.plantedDeviation(c, m) < -0.001;
        return !window && !depeg;
    };
    qint64 planned = 0;
    std::vector<int> majors;
    for (qint64 k = 0; k < count; ++k) {
        const qint64 size = budget / count + (k < budget % count ? 1 : 0);
        int major = 0, lag = 0;
        for (int attempt = 0; attempt < 400; ++attempt) {
            major = m_rng.range(std::min(m_model.minutes() - 1, 180), std::max(180, m_model.minutes() - 60));
            lag = m_rng.range(CascadeMinLagMinutes, CascadeMaxLagMinutes);
            // Separate cascades are separate causes: keep them apart so their reports do not mix.
            const bool apart = std::none_of(majors.begin(), majors.end(),
                                            [&](int other) { return std::abs(other - major) < 240; });
            if (major - lag >= 0 && major < m_model.minutes() && m_model.gasGwei(major - lag) > threshold &&
                quiet(major - lag) && quiet(major) && (apart || attempt >= 300))
                break;
        }
        major = std::clamp(major, lag, m_model.minutes() - 1);
        majors.push_back(major);
        const int coin = pickCoin();
        const int clusterIndex =
            newCluster(
                QStringLiteral("cascade"),
                QStringLiteral("cascade-%1-%2").arg(MarketModel::coins()[coin], dateLabel(major, true)), Peg,
                coin)
                .id -
            1;
        const qint64 precursors = std::max<qint64>(1, std::llround(double(size) * 0.62));
        for (qint64 i = 0; i < precursors; ++i)
            add(major - lag + m_rng.range(0, lag - 5), Oracle, coin,
                m_rng.chance(0.7) ? alertSource() : humanSource(), &m_clusters[size_t(clusterIndex)], 1,
                CascadeMaxPrecursorSeverity);
        for (qint64 i = precursors; i < size; ++i) {
            const double u = m_rng.uniform();
            add(major + m_rng.range(0, 30),
                u < 0.45   ? Peg
                : u < 0.75 ? Liquidity
                           : Arbitrage,
                coin, anySource(), &m_clusters[size_t(clusterIndex)], CascadeMinMajorSeverity, 5);
        }
        planned += std::max(size, precursors);
    }
    return planned;
}

qint64 ReportPlanner::planContractBugs(qint64 budget)
{
    if (budget <= 0)
        return 0;
    const qint64 count = std::clamp<qint64>(std::llround(double(budget) / 12), 1, 40);
    qint64 planned = 0;
    for (qint64 k = 0; k < count; ++k) {
        const qint64 size = budget / count + (k < budget % count ? 1 : 0);
        const int coin = pickCoin();
        const int start = m_rng.range(0, std::max(0, m_model.minutes() - 1440));
        PlantedCluster &c = newCluster(QStringLiteral("contract_bug"),
                                       QStringLiteral("contract-bug-%1-%2")
                                           .arg(MarketModel::protocols()[MarketModel::protocolOfCoin(coin)])
                                           .arg(k + 1),
                                       ContractBug, coin);
        const int clusterIndex = c.id - 1;
        for (qint64 i = 0; i < size; ++i) {
            // The same bug keeps being reported until it is fixed, less and less often.
            int delay = int(-std::log(1 - m_rng.uniform()) * 2 * 1440);
            if (start + delay >= m_model.minutes())
                delay = m_rng.range(0, m_model.minutes() - 1 - start);
            add(start + delay, ContractBug, coin, anySource(), &m_clusters[size_t(clusterIndex)]);
            m_reports.back().contract = c.id;
        }
        planned += size;
    }
    return planned;
}

void ReportPlanner::planNoise(qint64 budget)
{
    double total = 0;
    for (double w : NoiseWeight)
        total += w;
    for (qint64 i = 0; i < budget; ++i) {
        double u = m_rng.uniform() * total;
        int type = 0;
        while (type < TypeCount - 1 && u >= NoiseWeight[type])
            u -= NoiseWeight[type++];
        const int coin = pickCoin();
        int minute = 0;
        for (int attempt = 0; attempt < 50; ++attempt) {
            minute = m_rng.range(0, m_model.minutes() - 1);
            double accept = humanActivity(m_model.hourOfDay(minute));
            // Even unplanned reports follow conditions: bridges and oracles lag when blocks are
            // full, people notice the peg when it actually wobbles.
            if (type == Bridge || type == Oracle)
                accept *= 0.3 + 0.7 * m_model.congestion(minute);
            if (type == Peg)
                accept *= std::clamp(std::abs(m_model.price(coin, minute) - 1) * 1e4 / 6, 0.05, 1.0);
            if (m_rng.chance(accept))
                break;
        }
        add(minute, Type(type), coin, anySource(), nullptr);
    }
}

} // namespace pegboard
