#include "responseengine.h"

#include <QDateTime>
#include <QSet>

namespace pegboard {

ResponseEngine::ResponseEngine(const FeedHub *hub, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_sampler(hub)
    , m_network(network)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    connect(&m_timer, &QTimer::timeout, this, &ResponseEngine::evaluate);
}

Result<void> ResponseEngine::configure(const RuleSet &rules)
{
    std::vector<std::pair<QString, std::unique_ptr<ResponseAction>>> actions;
    for (auto it = rules.actions.begin(); it != rules.actions.end(); ++it) {
        auto action = ResponseAction::create(it.key(), it.value(), m_network);
        if (!action)
            return Unexpected<Error>(action.error());
        actions.emplace_back(it.key(), std::move(action).value());
    }
    if (auto ok = m_sampler.setConfig(rules.risk); !ok)
        return ok;
    for (auto &[name, action] : actions) {
        if (!m_dispatcher.hasAction(name))
            m_dispatcher.addAction(name, std::move(action));
    }
    m_rules = rules;
    m_evaluators.clear();
    for (const Rule &rule : rules.rules)
        m_evaluators.emplace_back(rule);
    return {};
}

void ResponseEngine::restore(const QList<AlertStore::Firing> &open)
{
    for (const AlertStore::Firing &f : open) {
        for (RuleEvaluator &e : m_evaluators) {
            if (e.rule().name != f.rule || e.firing())
                continue;
            e.restoreFiring(f.firedAtMs, f.symbol);
            if (f.silenced) {
                AlertEvent fired;
                fired.rule = f.rule;
                fired.symbol = f.symbol;
                fired.metric = f.metric;
                fired.severity = f.severity;
                fired.summary = f.summary;
                fired.value = f.firedValue;
                fired.threshold = f.threshold;
                fired.atMs = fired.firedAtMs = f.firedAtMs;
                fired.silenced = true;
                fired.incidentKey = f.incidentKey;
                fired.dedupKey = f.dedupKey;
                m_silencedOpen.insert(f.incidentKey, fired);
            }
        }
    }
}

void ResponseEngine::start(int intervalMs)
{
    m_timer.start(intervalMs);
    evaluate();
}

bool ResponseEngine::silenced(const AlertEvent &event, qint64 atMs) const
{
    for (const Silence &s : m_silences) {
        if (s.covers(event.rule, event.symbol, atMs))
            return true;
    }
    return false;
}

void ResponseEngine::evaluate()
{
    const qint64 now = m_clock();
    m_latest.clear();
    QSet<QString> symbols;
    for (const Rule &r : m_rules.rules)
        symbols.insert(r.symbol);
    for (const QString &symbol : symbols)
        m_latest.insert(symbol, m_sampler.sample(symbol, now));

    for (RuleEvaluator &evaluator : m_evaluators) {
        const MetricSampler::Sample &s = m_latest[evaluator.rule().symbol];
        const QString &metric = evaluator.rule().metric;
        // A stale value neither fires nor resolves: the feed stopped, the market did not recover.
        const std::optional<double> value = s.isStale(metric) ? std::nullopt : s.value(metric);
        std::optional<AlertEvent> e = evaluator.step(value, s.atMs, s.symbol);
        if (!e)
            continue;
        if (e->kind == AlertEvent::Kind::Fired) {
            e->silenced = silenced(*e, s.atMs) || silenced(*e, now);
            if (e->silenced)
                m_silencedOpen.insert(e->incidentKey, *e);
        } else {
            e->silenced = m_silencedOpen.remove(e->incidentKey) > 0;
        }
        emit event(*e);
        if (!e->silenced)
            m_dispatcher.dispatch(*e, evaluator.rule().actions);
    }
    // An incident that outlives its silence pages once the silence is over.
    for (auto it = m_silencedOpen.begin(); it != m_silencedOpen.end();) {
        if (silenced(*it, now)) {
            ++it;
            continue;
        }
        AlertEvent late = *it;
        late.silenced = false;
        const Rule *rule = m_rules.find(late.rule);
        if (rule)
            m_dispatcher.dispatch(late, rule->actions);
        it = m_silencedOpen.erase(it);
    }
    emit sampled();
}

} // namespace pegboard
