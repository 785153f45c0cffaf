#include "backtest.h"

#include "feeds/feedhub.h"
#include "metricsampler.h"
#include "ruleevaluator.h"
#include "store/feedsamplestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace pegboard {

namespace {
QString iso(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject Backtest::Result::toJson() const
{
    QJsonArray timeline;
    for (const Incident &i : incidents)
        timeline.append(QJsonObject{
            {QStringLiteral("fired_at"), iso(i.firedAtMs)},
            {QStringLiteral("resolved_at"), i.resolvedAtMs ? QJsonValue(iso(i.resolvedAtMs)) : QJsonValue()},
            {QStringLiteral("fired_value"), i.firedValue},
            {QStringLiteral("peak"), i.peak}});
    return QJsonObject{
        {QStringLiteral("rule"), rule},
        {QStringLiteral("from"), iso(fromMs)},
        {QStringLiteral("to"), iso(toMs)},
        {QStringLiteral("count"), int(incidents.size())},
        {QStringLiteral("first_firing"),
         incidents.isEmpty() ? QJsonValue() : iso(incidents.first().firedAtMs)},
        {QStringLiteral("last_firing"), incidents.isEmpty() ? QJsonValue() : iso(incidents.last().firedAtMs)},
        {QStringLiteral("evaluations"), double(evaluations)},
        {QStringLiteral("evaluations_with_value"), double(evaluationsWithValue)},
        {QStringLiteral("timeline"), timeline}};
}

pegboard::Result<QList<Backtest::Result>> Backtest::run(FeedSampleStore &store, const QList<Rule> &rules,
                                                        const RiskScore::Config &risk, const Options &o)
{
    if (o.toMs <= o.fromMs || o.stepMs <= 0)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::Backtest", "The backtest window is empty."));
    qint64 clock = o.fromMs;
    FeedHub hub;
    hub.setClock([&clock] { return clock; });
    // Recorded feeds are sparse (a minute, five for protocol state, oracle rounds as they land):
    // a group is stale only after a quarter of an hour of silence, and rings stay small.
    hub.setStaleAfter(15 * 60000);
    hub.setCapacity(4096);
    hub.setExpectedInterval(60000);
    MetricSampler sampler(&hub);
    if (auto ok = sampler.setConfig(risk); !ok)
        return Unexpected<Error>(ok.error());
    std::vector<RuleEvaluator> evaluators;
    QList<Result> results;
    for (const Rule &r : rules) {
        evaluators.emplace_back(r);
        Result result;
        result.rule = r.name;
        result.fromMs = o.fromMs;
        result.toMs = o.toMs;
        results << result;
    }

    qint64 next = o.fromMs + o.stepMs;
    for (qint64 chunk = o.fromMs; chunk < o.toMs; chunk += o.chunkMs) {
        const qint64 chunkEnd = std::min(o.toMs, chunk + o.chunkMs);
        auto samples = store.range({}, chunk, chunkEnd);
        if (!samples)
            return Unexpected<Error>(samples.error());
        std::stable_sort(samples->begin(), samples->end(), [](const FeedSample &a, const FeedSample &b) {
            return a.timestampMs < b.timestampMs;
        });
        auto it = samples->begin();
        for (; next <= chunkEnd; next += o.stepMs) {
            auto end = std::find_if(it, samples->end(),
                                    [next](const FeedSample &s) { return s.timestampMs > next; });
            if (end != it) {
                clock = std::prev(end)->timestampMs;
                hub.ingest(std::vector<FeedSample>(it, end));
                it = end;
            }
            clock = next;
            QHash<QString, MetricSampler::Sample> sampled;
            for (size_t i = 0; i < evaluators.size(); ++i) {
                RuleEvaluator &e = evaluators[i];
                auto found = sampled.find(e.rule().symbol);
                if (found == sampled.end())
                    found = sampled.insert(e.rule().symbol, sampler.sample(e.rule().symbol, next));
                const MetricSampler::Sample &s = *found;
                const std::optional<double> value =
                    s.isStale(e.rule().metric) ? std::nullopt : s.value(e.rule().metric);
                Result &r = results[qsizetype(i)];
                ++r.evaluations;
                if (value)
                    ++r.evaluationsWithValue;
                if (value && e.firing() && !r.incidents.isEmpty()) {
                    double &peak = r.incidents.last().peak;
                    peak = e.rule().above ? std::max(peak, *value) : std::min(peak, *value);
                }
                const auto event = e.step(value, next, s.symbol);
                if (!event)
                    continue;
                if (event->kind == AlertEvent::Kind::Fired)
                    r.incidents << Incident{event->atMs, 0, event->value, event->value};
                else if (!r.incidents.isEmpty())
                    r.incidents.last().resolvedAtMs = event->atMs;
            }
        }
        if (o.progress && !o.progress(int(100 * (chunkEnd - o.fromMs) / (o.toMs - o.fromMs))))
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("pegboard::Backtest", "Backtest cancelled."));
    }
    return results;
}

} // namespace pegboard
