#pragma once

#include "actiondispatcher.h"
#include "alertstore.h"
#include "metricsampler.h"
#include "ruleevaluator.h"
#include "ruleset.h"
#include "silence.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>
#include <vector>

class QNetworkAccessManager;

namespace pegboard {

class FeedHub;

// Evaluates a rule set on the live metrics once a second and hands each transition to the
// dispatcher, unless a silence covers it (then it is only recorded, marked silenced; if the
// incident outlives the silence it pages then). The caller records every event (audited) by
// connecting to event().
class ResponseEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 1000;

    ResponseEngine(const FeedHub *hub, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Builds the actions and evaluators; nothing changes when any part is invalid.
    Result<void> configure(const RuleSet &rules);
    const RuleSet &rules() const { return m_rules; }
    ActionDispatcher *dispatcher() { return &m_dispatcher; }
    MetricSampler *sampler() { return &m_sampler; }
    // Continue the incidents a previous run left open instead of firing them again.
    void restore(const QList<AlertStore::Firing> &open);
    void setSilences(const QList<Silence> &silences) { m_silences = silences; }
    const QList<Silence> &silences() const { return m_silences; }
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    void start(int intervalMs = IntervalMs);
    const QHash<QString, MetricSampler::Sample> &latest() const { return m_latest; }
    const std::vector<RuleEvaluator> &evaluators() const { return m_evaluators; }

public slots:
    void evaluate();

signals:
    void event(const pegboard::AlertEvent &event);
    void sampled();

private:
    bool silenced(const AlertEvent &event, qint64 atMs) const;

    MetricSampler m_sampler;
    QNetworkAccessManager *m_network;
    ActionDispatcher m_dispatcher;
    RuleSet m_rules;
    std::vector<RuleEvaluator> m_evaluators;
    QList<Silence> m_silences;
    QHash<QString, AlertEvent> m_silencedOpen; // incident key → its (unsent) firing
    QHash<QString, MetricSampler::Sample> m_latest;
    std::function<qint64()> m_clock;
    QTimer m_timer;
};

} // namespace pegboard
