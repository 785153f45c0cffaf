#include "liveoraclepredictor.h"

#include "domain/backgroundpool.h"
#include "domain/contextsource.h"

#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace pegboard {

namespace {
using Prediction = LiveOraclePredictor::Prediction;

Prediction score(const ContextSnapshot &context, const QDateTime &at, const OraclePredictor &model,
                 Prediction p)
{
    const std::vector<float> row = PredictorDataset::fromContext(context, at);
    std::copy_n(row.begin(), p.features.size(), p.features.begin());
    if (std::isnan(p.features[PredictorDataset::GasGwei]) &&
        std::isnan(p.features[PredictorDataset::OracleAgeS])) {
        p.state = Prediction::State::NoFeeds;
        return p;
    }
    // Staleness is about the feeds, not the oracle: an oracle that stopped publishing while its feed
    // still reports is exactly what the model scores.
    double staleFor = 0;
    for (const QJsonObject *group : {&context.networkConditions, &context.protocolState})
        if (ContextSnapshot::isStale(*group))
            staleFor = std::max(staleFor, group->value(ContextKey::AgeSeconds).toDouble());
    if (staleFor > 0) {
        p.state = Prediction::State::Stale;
        p.staleForS = staleFor;
        return p;
    }
    auto probability = model.predict(row);
    if (!probability || probability->empty()) {
        p.state = Prediction::State::Failed;
        p.error = probability ? QString() : probability.error().message;
        return p;
    }
    p.state = Prediction::State::Ready;
    p.probability = double(probability->front());
    return p;
}
} // namespace

LiveOraclePredictor::LiveOraclePredictor(const ContextSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<Prediction>();
    connect(&m_interval, &QTimer::timeout, this, &LiveOraclePredictor::predictSoon);
    connect(&m_poll, &QTimer::timeout, this, &LiveOraclePredictor::checkActivity);
    connect(&m_watcher, &QFutureWatcher<Prediction>::finished, this, &LiveOraclePredictor::onFinished);
    m_interval.start(IntervalMs);
}

LiveOraclePredictor::~LiveOraclePredictor()
{
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void LiveOraclePredictor::setModel(std::shared_ptr<const OraclePredictor> model,
                                   const PredictorModelFile::Info &info)
{
    m_model = std::move(model);
    m_info = info;
    predictSoon();
}

void LiveOraclePredictor::setActivityCounter(std::function<qint64()> counter, int pollMs)
{
    m_counter = std::move(counter);
    m_lastCount = -1;
    m_poll.start(pollMs);
}

void LiveOraclePredictor::checkActivity()
{
    const qint64 count = m_counter ? m_counter() : -1;
    if (count == m_lastCount)
        return;
    m_lastCount = count;
    predictSoon();
}

void LiveOraclePredictor::predictSoon()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    start();
}

void LiveOraclePredictor::start()
{
    Prediction p;
    p.symbol = m_info.symbol;
    p.threshold = m_info.threshold;
    p.horizonMinutes = int(m_info.horizonMs / 60000);
    p.at = m_now();
    p.features.fill(NAN);
    if (!m_model || !m_source) {
        m_latest = p;
        emit predicted(m_latest);
        return;
    }
    // The context is read here (thread-safe and cheap); only the scoring goes to the pool.
    const ContextSnapshot context = m_source->snapshot(m_info.symbol);
    m_watcher.setFuture(
        runInBackground([context, model = m_model, p]() { return score(context, p.at, *model, p); }));
}

void LiveOraclePredictor::onFinished()
{
    if (m_watcher.future().resultCount() > 0) {
        m_latest = m_watcher.future().result();
        emit predicted(m_latest);
    }
    if (m_pending) {
        m_pending = false;
        start();
    }
}

} // namespace pegboard
