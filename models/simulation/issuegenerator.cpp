#include "issuegenerator.h"

#include "marketmodel.h"
#include "reportplanner.h"
#include "reporttext.h"
#include "simrandom.h"

#include <cmath>
#include <thread>

namespace pegboard {

namespace {
// Streams of SimRandom::derive, so each use of randomness is independent of the others.
constexpr quint64 RenderStream = 0x1000000000ull;
constexpr quint64 SeverityStream = 0x2000000000ull;
constexpr quint64 IdStream = 0x3000000000ull;
constexpr quint64 ContractStream = 0x4000000000ull;

constexpr double SeverityBase[ReportPlanner::TypeCount] = {2.0, 1.6, 1.8, 1.5, 2.2, 2.0, 1.3, 0.9};

const std::vector<QStringList> &resolutionCategories()
{
    static const std::vector<QStringList> c = {
        {QStringLiteral("liquidity_injection"), QStringLiteral("market_recovered"),
         QStringLiteral("parameter_change")},
        {QStringLiteral("oracle_heartbeat_tuned"), QStringLiteral("gas_strategy_adjusted"),
         QStringLiteral("fallback_oracle_enabled"), QStringLiteral("upstream_fix")},
        {QStringLiteral("gas_strategy_adjusted"), QStringLiteral("bot_config_fix"),
         QStringLiteral("market_recovered")},
        {QStringLiteral("rebalance_rescheduled"), QStringLiteral("gas_strategy_adjusted"),
         QStringLiteral("code_fix")},
        {QStringLiteral("liquidity_injection"), QStringLiteral("parameter_change")},
        {QStringLiteral("code_fix"), QStringLiteral("contract_upgrade"), QStringLiteral("wont_fix")},
        {QStringLiteral("upstream_fix"), QStringLiteral("relayer_restart")},
        {QStringLiteral("duplicate"), QStringLiteral("false_positive"), QStringLiteral("no_action")},
    };
    return c;
}

// "0x" and the hex digits of words (16 digits each, the last word `lastDigits`), in one allocation.
QString hexString(std::initializer_list<quint64> words, int lastDigits)
{
    static const char hex[] = "0123456789abcdef";
    char16_t buffer[2 + 16 * 4];
    int n = 0;
    buffer[n++] = u'0';
    buffer[n++] = u'x';
    size_t w = 0;
    for (const quint64 v : words) {
        const int digits = ++w == words.size() ? lastDigits : 16;
        for (int i = digits - 1; i >= 0; --i)
            buffer[n++] = char16_t(hex[(v >> (4 * i)) & 0xF]);
    }
    return QString(reinterpret_cast<const QChar *>(buffer), n);
}

void appendHex(QString &out, quint64 v, int digits)
{
    out += hexString({v}, digits).mid(2);
}

QString money(double usd)
{
    // Thousands separators by hand: QLocale is costly per call, and this runs per report.
    QString digits = QString::number(qint64(std::llround(usd)));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return QLatin1Char('$') + digits;
}
} // namespace

IssueGenerator::IssueGenerator(const MarketModel &model, Options options)
    : m_model(model)
    , m_options(options)
{}

void IssueGenerator::plan()
{
    ReportPlanner planner(m_model, m_options.issues, m_options.seed);
    m_planned = planner.plan();
    m_clusters = planner.clusters();
}

QString IssueGenerator::txHash(qint64 index, int which) const
{
    SimRandom rng = SimRandom::stream(m_options.seed, IdStream + quint64(index) * 4 + quint64(which));
    const quint64 a = rng.bits(), b = rng.bits(), c = rng.bits();
    // The index makes every report's primary hash (and the on-chain external id) unique.
    return hexString({a, b, c, quint64(index) ^ (quint64(which) << 56)}, 16);
}

QString IssueGenerator::address(quint64 stream) const
{
    SimRandom rng = SimRandom::stream(m_options.seed, ContractStream + stream);
    const quint64 a = rng.bits(), b = rng.bits(), c = rng.bits();
    return hexString({a, b, c}, 8);
}

QString IssueGenerator::source(qint64 index) const
{
    return ReportPlanner::sources()[m_planned[size_t(index)].source];
}

QString IssueGenerator::externalId(qint64 index) const
{
    const PlannedReport &p = m_planned[size_t(index)];
    // A per-seed tag keeps histories of different seeds in one store from colliding.
    const quint64 tag = SimRandom::derive(m_options.seed, 0xC0FFEE);
    switch (p.source) {
    case ReportPlanner::GitHub: {
        // A webhook delivery GUID.
        SimRandom rng = SimRandom::stream(m_options.seed, IdStream + quint64(index) * 4 + 3);
        const quint64 a = rng.bits();
        QString s;
        s.reserve(36);
        appendHex(s, a >> 32, 8);
        s += QLatin1Char('-');
        appendHex(s, (a >> 16) & 0xFFFF, 4);
        s += QLatin1Char('-');
        appendHex(s, 0x1000 | (a & 0x0FFF), 4);
        s += QLatin1Char('-');
        appendHex(s, quint64(index) >> 48 | 0x8000, 4);
        s += QLatin1Char('-');
        appendHex(s, quint64(index) & 0xFFFFFFFFFFFFull, 12);
        return s;
    }
    case ReportPlanner::Datadog:
        return QStringLiteral("%1-%2")
            .arg(40100000 + p.type * 100 + p.coin)
            .arg(qint64(10000 + tag % 90000) * 10000000 + index);
    case ReportPlanner::Slack:
        // Channel id, then the message's permalink timestamp.
        return QStringLiteral("C0%1/p%2%3")
            .arg(QString::number(((tag >> 8) + p.type) & 0xFFFFFFFFFull, 36).toUpper())
            .arg(p.timestampMs / 1000)
            .arg(index % 10000000, 7, 10, QLatin1Char('0'));
    case ReportPlanner::Discord:
        // A snowflake: milliseconds since Discord's epoch, then 22 bits that keep it unique.
        return QString::number(((p.timestampMs - 1420070400000ll) << 22) | (index & 0x3FFFFF));
    case ReportPlanner::OnChain:
        return txHash(index, 0) + QLatin1Char(':') + QString::number(index % 257);
    default:
        return QStringLiteral("TRK-%1-%2").arg(QString::number(tag & 0xFFFF, 16).toUpper()).arg(index + 1);
    }
}

int IssueGenerator::severity(qint64 index) const
{
    const PlannedReport &p = m_planned[size_t(index)];
    SimRandom rng = SimRandom::stream(m_options.seed, SeverityStream + quint64(index));
    const double vol = m_model.volatility(p.coin, p.minute);
    const int s = int(std::lround(SeverityBase[p.type] + 14 * vol + 0.6 * rng.normal()));
    return std::clamp(s, int(p.minSeverity), int(p.maxSeverity));
}

Issue IssueGenerator::render(qint64 index) const
{
    ContextCache cache;
    return render(index, cache);
}

Issue IssueGenerator::render(qint64 index, ContextCache &cache) const
{
    const PlannedReport &p = m_planned[size_t(index)];
    SimRandom rng = SimRandom::stream(m_options.seed, RenderStream + quint64(index));
    Issue issue;
    const quint64 a = rng.bits(), b = rng.bits();
    // UUIDv7 (RFC 9562): the report's time in front, so a history loads in key order and the
    // primary key grows at its right edge instead of touching random pages.
    const quint64 ms = quint64(p.timestampMs) & 0xFFFFFFFFFFFFull;
    issue.id = QUuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort((a & 0x0FFF) | 0x7000),
                     uchar(((b >> 56) & 0x3F) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
                     uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    const int coin = p.coin;
    const int protocol = MarketModel::protocolOfCoin(coin);
    issue.issueType = ReportPlanner::types()[p.type];
    issue.severityLevel = severity(index);
    issue.reportedAt = QDateTime::fromMSecsSinceEpoch(p.timestampMs, Qt::UTC);
    if (cache.networkMinute != p.minute) {
        cache.networkMinute = p.minute;
        cache.network = m_model.networkConditions(p.minute);
    }
    if (cache.coinMinute[size_t(coin)] != p.minute) {
        cache.coinMinute[size_t(coin)] = p.minute;
        cache.price[size_t(coin)] = m_model.priceContext(p.minute, coin);
        cache.protocol[size_t(coin)] = m_model.protocolState(p.minute, coin);
    }
    issue.context.networkConditions = cache.network;
    issue.context.priceContext = cache.price[size_t(coin)];
    issue.context.protocolState = cache.protocol[size_t(coin)];
    issue.source = ReportPlanner::sources()[p.source];
    issue.externalId = externalId(index);
    issue.symbol = MarketModel::coins()[coin];
    issue.protocol = MarketModel::protocols()[protocol];

    const double dev = m_model.price(coin, p.minute) - 1;
    double loss = 0;
    if (p.type != ReportPlanner::Other && rng.chance(0.85)) {
        loss =
            rng.logNormal(std::pow(10.0, 1.4 + 0.85 * issue.severityLevel), 0.8) * (1 + 30 * std::abs(dev));
        issue.estimatedLossUsd = std::round(loss * 100) / 100;
    }

    // Contracts: a bug cluster keeps pointing at its one contract; others at a protocol's few.
    const QString contract = p.contract > 0 ? address(1000 + quint64(p.contract))
                                            : address(quint64(protocol) * 4 + quint64(rng.range(0, 3)));
    issue.affectedContracts << contract;
    if (rng.chance(0.2))
        issue.affectedContracts << address(quint64(protocol) * 4 + quint64(rng.range(0, 3)));
    if (issue.affectedContracts.size() == 2 && issue.affectedContracts[0] == issue.affectedContracts[1])
        issue.affectedContracts.removeLast();
    const QString tx = txHash(index, 0);
    if (p.source == ReportPlanner::OnChain || p.type != ReportPlanner::Other)
        issue.relatedTxHashes << tx;
    for (int extra = rng.poisson(0.4); extra > 0 && extra < 4; --extra)
        issue.relatedTxHashes << txHash(index, extra);
    if (p.source == ReportPlanner::GitHub || p.source == ReportPlanner::Discord ||
        p.source == ReportPlanner::OnChain)
        issue.reporterAddress = address(0x100000 + quint64(rng.range(0, 400)));

    const double age = m_model.oracleAgeSeconds(coin, p.minute);
    ReportText::Fields f;
    f[ReportText::Coin] = issue.symbol;
    f[ReportText::Protocol] = issue.protocol;
    f[ReportText::Gas] = QString::number(std::lround(m_model.gasGwei(p.minute)));
    f[ReportText::DevBps] = QString::number(dev * 1e4, 'f', 1);
    f[ReportText::Price] = QString::number(1 + dev, 'f', 4);
    f[ReportText::AgeMin] = QString::number(int(age / 60));
    f[ReportText::AgeSec] = QString::number(qint64(age));
    f[ReportText::Answer] = QString::number(m_model.oracleAnswer(coin, p.minute), 'f', 4);
    f[ReportText::Tx] = tx;
    f[ReportText::Addr] = contract;
    f[ReportText::Block] = QString::number((p.timestampMs / 1000 - 1438269973) / 12);
    f[ReportText::Loss] = money(loss > 0 ? loss : 0);
    f[ReportText::Pending] = QString::number(std::lround(m_model.pendingTx(p.minute)));
    f[ReportText::Vol] = QString::number(m_model.volatility(coin, p.minute), 'f', 3);
    f[ReportText::Severity] = QString::number(issue.severityLevel);
    f[ReportText::Row] = QString::number(index + 1000);
    const ReportText::Text text = ReportText::compose(p.type, p.source, f, rng);
    issue.title = text.title;
    issue.body = text.body;

    // Older reports are mostly resolved; some fixes include prevention.
    const qint64 endMs = m_model.timeMs(m_model.minutes());
    if (endMs - p.timestampMs > 12 * 3600000ll && rng.chance(issue.severityLevel >= 4 ? 0.9 : 0.72)) {
        const double hours = rng.logNormal(1.5 + 0.8 * (5 - issue.severityLevel), 1.0);
        const qint64 resolved = p.timestampMs + std::max<qint64>(300000, qint64(hours * 3600000));
        if (resolved < endMs) {
            issue.resolvedAt = QDateTime::fromMSecsSinceEpoch(resolved, Qt::UTC);
            const QStringList &categories = resolutionCategories()[p.type];
            issue.resolutionCategory = categories[rng.range(0, int(categories.size()) - 1)];
            issue.preventionImplemented = rng.chance(p.cluster > 0 ? 0.45 : 0.25);
            if (issue.estimatedLossUsd)
                issue.actualLossUsd = std::round(*issue.estimatedLossUsd * rng.uniform(0.1, 1.1) * 100) / 100;
        }
    }
    return issue;
}

void IssueGenerator::render(qint64 from, std::span<Issue> out, int threads) const
{
    const qint64 n = qint64(out.size());
    threads = std::max(1, std::min<int>(threads, int(n / 256) + 1));
    // Contiguous slices keep each thread's reports in time order, so its context cache hits.
    auto work = [&](int t) {
        ContextCache cache;
        for (qint64 i = n * t / threads; i < n * (t + 1) / threads; ++i)
            out[size_t(i)] = render(from + i, cache);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto &t : pool)
        t.join();
}

} // namespace pegboard
