#include "feedhub.h"

#include "domain/contextsnapshot.h"
#include "domain/feedseries.h"
#include "feedrecorder.h"

#include <QDateTime>
#include <QMutexLocker>
#include <algorithm>

namespace pegboard {

namespace {
const QString PricePrefix = QStringLiteral("price:");

} // namespace

FeedHub::FeedHub(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

FeedHub::~FeedHub() = default;

void FeedHub::setCapacity(int pointsPerSeries)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = std::max(16, pointsPerSeries);
}

void FeedHub::setExpectedInterval(qint64 ms, const QString &series)
{
    QMutexLocker lock(&m_mutex);
    if (series.isEmpty())
        m_defaultIntervalMs = std::max<qint64>(1, ms);
    else
        m_intervalMs.insert(series, std::max<qint64>(1, ms));
}

void FeedHub::setGapFactor(double factor)
{
    QMutexLocker lock(&m_mutex);
    m_gapFactor = std::max(1.0, factor);
}

void FeedHub::setStaleAfter(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_staleAfterMs = ms;
}

void FeedHub::setDefaults(const QString &symbol, const QString &protocol)
{
    QMutexLocker lock(&m_mutex);
    m_symbol = symbol;
    m_protocol = protocol;
}

void FeedHub::setClock(std::function<qint64()> nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_clock = std::move(nowMs);
}

void FeedHub::setRecorder(FeedRecorder *recorder)
{
    QMutexLocker lock(&m_mutex);
    m_recorder = recorder;
}

qint64 FeedHub::now() const
{
    return m_clock();
}

qint64 FeedHub::intervalFor(const QString &series) const
{
    return m_intervalMs.value(series, m_defaultIntervalMs);
}

FeedHub::Series &FeedHub::seriesFor(const QString &name)
{
    auto it = m_series.find(name);
    if (it == m_series.end()) {
        auto created = std::make_shared<Series>(m_capacity);
        if (name.startsWith(PricePrefix)) {
            created->deviation = std::make_unique<RollingMean>();
            if (m_symbol.isEmpty())
                m_symbol = name.mid(PricePrefix.size());
        } else if (m_protocol.isEmpty() && name.startsWith(QLatin1String("protocol:"))) {
            m_protocol = name.section(QLatin1Char(':'), 1, 1);
        }
        it = m_series.insert(name, created);
    }
    return **it;
}

const FeedHub::Series *FeedHub::find(const QString &name) const
{
    const auto it = m_series.constFind(name);
    return it == m_series.cend() ? nullptr : it->get();
}

void FeedHub::ingest(const std::vector<FeedSample> &incoming)
{
    FeedRecorder *recorder = nullptr;
    // A source whose clock runs ahead would put points in the future (the chart's "now" ahead
    // of the wall clock, stored samples after the reports they explain): such a sample is taken
    // as happening when it arrived.
    const qint64 arrived = now();
    std::vector<FeedSample> clamped;
    const bool ahead = std::any_of(incoming.begin(), incoming.end(),
                                   [arrived](const FeedSample &s) { return s.timestampMs > arrived; });
    if (ahead) {
        clamped = incoming;
        for (FeedSample &s : clamped)
            s.timestampMs = std::min(s.timestampMs, arrived);
    }
    const std::vector<FeedSample> &samples = ahead ? clamped : incoming;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 received = arrived;
        for (const FeedSample &s : samples) {
            Series &series = seriesFor(s.series);
            SeriesPoint p{s.timestampMs, s.value};
            if (!series.ring.isEmpty()) {
                const qint64 pause = s.timestampMs - series.ring.latest().timestampMs;
                p.gapBefore = double(pause) > m_gapFactor * double(intervalFor(s.series));
            }
            if (series.deviation) {
                series.deviation->add(s.timestampMs, (s.value - 1.0) * 10000.0);
                p.rollingBps = *series.deviation->mean();
            }
            series.ring.push(p);
            series.receivedMs = received;
            ++m_ingested;
        }
        recorder = m_recorder;
    }
    if (recorder)
        recorder->enqueue(samples);
}

QStringList FeedHub::seriesNames() const
{
    QMutexLocker lock(&m_mutex);
    QStringList names = m_series.keys();
    names.sort();
    return names;
}

std::vector<SeriesPoint> FeedHub::points(const QString &series, qint64 sinceSequence,
                                         qint64 *nextSequence) const
{
    QMutexLocker lock(&m_mutex);
    const Series *s = find(series);
    if (nextSequence)
        *nextSequence = s ? s->ring.nextSequence() : 0;
    return s ? s->ring.since(sinceSequence) : std::vector<SeriesPoint>{};
}

std::optional<SeriesPoint> FeedHub::latest(const QString &series) const
{
    QMutexLocker lock(&m_mutex);
    const Series *s = find(series);
    if (!s || s->ring.isEmpty())
        return std::nullopt;
    return s->ring.latest();
}

std::optional<double> FeedHub::rollingDeviationBps(const QString &symbol) const
{
    QMutexLocker lock(&m_mutex);
    const Series *s = find(FeedSeries::price(symbol));
    return s && s->deviation ? s->deviation->mean() : std::nullopt;
}

qint64 FeedHub::samplesIngested() const
{
    QMutexLocker lock(&m_mutex);
    return m_ingested;
}

qint64 FeedHub::groupAgeMs(const QStringList &series) const
{
    qint64 newest = -1;
    for (const QString &name : series) {
        if (const Series *s = find(name))
            newest = std::max(newest, s->receivedMs);
    }
    return newest < 0 ? -1 : now() - newest;
}

ContextSnapshot FeedHub::snapshot(const QString &symbolArg, const QString &protocolArg) const
{
    QMutexLocker lock(&m_mutex);
    const QString symbol = symbolArg.isEmpty() ? m_symbol : symbolArg;
    const QString protocol = protocolArg.isEmpty() ? m_protocol : protocolArg;
    auto value = [this](const QString &name) -> std::optional<double> {
        const Series *s = find(name);
        return s && !s->ring.isEmpty() ? std::optional<double>(s->ring.latest().value) : std::nullopt;
    };
    ContextSnapshot c;

    if (auto gas = value(FeedSeries::GasGwei))
        c.setGasPriceGwei(*gas);
    if (auto pending = value(FeedSeries::PendingTx))
        c.setPendingTxCount(*pending);
    if (auto congestion = value(FeedSeries::Congestion))
        c.setCongestionLevel(ContextSnapshot::congestionLevelFor(*congestion));
    if (auto mev = value(FeedSeries::MevActivity))
        c.setMevActivity(ContextSnapshot::mevActivityFor(*mev));

    const Series *price = find(FeedSeries::price(symbol));
    if (price && !price->ring.isEmpty()) {
        c.setPegDeviationBps((price->ring.latest().value - 1.0) * 10000.0);
        c.priceContext[QStringLiteral("peg_deviation_bps_5m_avg")] = *price->deviation->mean();
        c.priceContext[QStringLiteral("symbol")] = symbol;
    }
    if (auto volatility = value(FeedSeries::volatility(symbol)))
        c.setVolatilityIndex(*volatility);
    if (auto volume = value(FeedSeries::volume24hUsd(symbol)))
        c.setVolume24hUsd(*volume);

    if (auto ratio = value(FeedSeries::collateralRatio(protocol)))
        c.setCollateralRatio(*ratio);
    if (auto reserve = value(FeedSeries::reserveUsd(protocol)))
        c.protocolState[ContextKey::ReserveBalanceUsd] = *reserve;
    if (auto updated = value(FeedSeries::oracleUpdatedAt(symbol)))
        c.setOracleLastUpdate(QDateTime::fromSecsSinceEpoch(qint64(*updated), Qt::UTC));
    if (auto answer = value(FeedSeries::oracleAnswer(symbol)))
        c.protocolState[QStringLiteral("oracle_answer")] = *answer;

    const std::pair<QJsonObject *, QStringList> groups[] = {
        {&c.networkConditions,
         {FeedSeries::GasGwei, FeedSeries::PendingTx, FeedSeries::Congestion, FeedSeries::MevActivity}},
        {&c.priceContext,
         {FeedSeries::price(symbol), FeedSeries::volatility(symbol), FeedSeries::volume24hUsd(symbol)}},
        {&c.protocolState,
         {FeedSeries::collateralRatio(protocol), FeedSeries::reserveUsd(protocol),
          FeedSeries::oracleAnswer(symbol), FeedSeries::oracleUpdatedAt(symbol)}},
    };
    for (const auto &[group, series] : groups) {
        const qint64 age = groupAgeMs(series);
        if (age > m_staleAfterMs && !group->isEmpty())
            ContextSnapshot::markStale(*group, double(age) / 1000.0);
    }
    return c;
}

} // namespace pegboard
