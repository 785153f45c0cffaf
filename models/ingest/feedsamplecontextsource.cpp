#include "feedsamplecontextsource.h"

#include "domain/feedseries.h"
#include "store/feedsamplestore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFeedContext, "pegboard.feedcontext")

namespace pegboard {

namespace {
QJsonValue number(double v)
{
    return v;
}

// The article records congestion and MEV activity as words; the feeds record a 0–1 score.
QJsonValue congestion(double score)
{
    return ContextSnapshot::congestionLevelFor(score);
}

QJsonValue level(double score)
{
    return ContextSnapshot::mevActivityFor(score);
}
} // namespace

FeedSampleContextSource::FeedSampleContextSource(QString storeUrl, Options options, Clock clock)
    : m_storeUrl(std::move(storeUrl))
    , m_options(std::move(options))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    if (m_options.refreshMs > 0)
        m_thread = std::thread([this] { run(); });
}

FeedSampleContextSource::~FeedSampleContextSource()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stop.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FeedSampleContextSource::run()
{
    QString lastError;
    for (;;) {
        // Logged when the state changes, not once a second while the store is down.
        const auto ok = refresh();
        if (ok.error().message != lastError && !ok.error().message.isEmpty())
            qCWarning(lcFeedContext).noquote() << ok.error().message;
        lastError = ok.error().message;
        std::unique_lock lock(m_stopMutex);
        if (m_stop.wait_for(lock, std::chrono::milliseconds(m_options.refreshMs),
                            [this] { return m_stopping; }))
            return;
    }
}

Result<void> FeedSampleContextSource::refresh()
{
    std::lock_guard refreshLock(m_refreshMutex);
    if (!m_store) {
        auto store = FeedSampleStore::open(m_storeUrl);
        if (!store)
            return Unexpected<Error>(store.error());
        m_store = std::move(store).value();
    }
    const qint64 now = m_clock();
    const qint64 from = m_seenUntilMs ? m_seenUntilMs : now - m_options.lookbackMs;
    auto samples = m_store->range({}, from, now + 1);
    if (!samples)
        return Unexpected<Error>(samples.error());
    QMutexLocker lock(&m_mutex);
    for (const FeedSample &sample : *samples) {
        auto it = m_latest.find(sample.series);
        if (it == m_latest.end() || it->timestampMs <= sample.timestampMs)
            m_latest.insert(sample.series, sample);
        m_seenUntilMs = std::max(m_seenUntilMs, sample.timestampMs);
    }
    return {};
}

QJsonObject FeedSampleContextSource::group(const QList<Field> &fields, qint64 nowMs) const
{
    QJsonObject out;
    qint64 newest = 0;
    bool recordedStale = false;
    for (const Field &field : fields) {
        const auto it = m_latest.constFind(field.series);
        if (it == m_latest.constEnd())
            continue;
        out.insert(field.key, field.convert(it->value));
        newest = std::max(newest, it->timestampMs);
        recordedStale = recordedStale || it->stale;
    }
    if (out.isEmpty())
        return out;
    const double age = (nowMs - newest) / 1000.0;
    if (recordedStale || age > m_options.maxAgeSeconds)
        ContextSnapshot::markStale(out, std::max(0.0, age));
    return out;
}

ContextSnapshot FeedSampleContextSource::snapshot(const QString &symbol, const QString &protocol) const
{
    const QString coin = symbol.isEmpty() ? m_options.defaultSymbol : symbol;
    const QString venue = protocol.isEmpty() ? m_options.defaultProtocol : protocol;
    const qint64 now = m_clock();
    QMutexLocker lock(&m_mutex);
    ContextSnapshot s;
    s.networkConditions = group({{ContextKey::GasPriceGwei, FeedSeries::GasGwei, number},
                                 {ContextKey::PendingTxCount, FeedSeries::PendingTx, number},
                                 {ContextKey::CongestionLevel, FeedSeries::Congestion, congestion},
                                 {ContextKey::MevActivity, FeedSeries::MevActivity, level}},
                                now);
    s.priceContext = group({{ContextKey::PegDeviationBps, FeedSeries::price(coin),
                             [](double price) { return QJsonValue((price - 1.0) * 10000.0); }},
                            {ContextKey::Volume24hUsd, FeedSeries::volume24hUsd(coin), number},
                            {ContextKey::VolatilityIndex, FeedSeries::volatility(coin), number}},
                           now);
    QList<Field> protocolFields{
        {ContextKey::OracleLastUpdate, FeedSeries::oracleUpdatedAt(coin), [](double seconds) {
             return QJsonValue(QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).toString(Qt::ISODate));
         }}};
    if (!venue.isEmpty()) {
        protocolFields.append({ContextKey::CollateralRatio, FeedSeries::collateralRatio(venue), number});
        protocolFields.append({ContextKey::ReserveBalanceUsd, FeedSeries::reserveUsd(venue), number});
    }
    s.protocolState = group(protocolFields, now);
    return s;
}

} // namespace pegboard
