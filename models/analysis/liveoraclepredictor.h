#pragma once

#include "oraclepredictor.h"
#include "predictormodelfile.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <array>
#include <functional>
#include <memory>

namespace pegboard {

class ContextSource;

// P(oracle failure within the model's horizon) from the live feeds: the features of the current
// context scored by a trained or loaded OraclePredictor every 15 s, and soon after new data arrives
// (requests coalesce: at most one prediction runs, at most one more is queued). Scoring runs on the
// thread pool, so a slow first call into xgboost never stalls the GUI.
class LiveOraclePredictor : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 15000;
    static constexpr int ActivityPollMs = 1000;

    struct Prediction
    {
        enum class State
        {
            NoModel, // nothing trained or loaded yet
            NoFeeds, // no gas or oracle data to score
            Stale,   // the feeds stopped: a score from old values would look current
            Ready,
            Failed,
        };
        State state = State::NoModel;
        double probability = 0; // 0 … 1, when Ready
        double threshold = 0.5; // the model's decision threshold (chosen on its training period)
        int horizonMinutes = 15;
        std::array<float, PredictorDataset::FeatureCount> features{}; // NaN = missing
        double staleForS = 0;                                         // when Stale
        QString symbol;
        QString error; // when Failed
        QDateTime at;

        bool aboveThreshold() const { return state == State::Ready && probability >= threshold; }
    };

    explicit LiveOraclePredictor(const ContextSource *source, QObject *parent = nullptr);
    ~LiveOraclePredictor() override;

    // The model scores the context of its symbol, with its threshold and horizon.
    void setModel(std::shared_ptr<const OraclePredictor> model, const PredictorModelFile::Info &info);
    bool hasModel() const { return m_model != nullptr; }
    // "Has anything arrived?": a counter that grows with new data (FeedHub::samplesIngested),
    // polled every pollMs; a change triggers a prediction.
    void setActivityCounter(std::function<qint64()> counter, int pollMs = ActivityPollMs);
    void setInterval(int ms) { m_interval.setInterval(ms); }
    // Tests replace the wall clock the oracle's age is measured against.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    const Prediction &latest() const { return m_latest; }

public slots:
    void predictSoon();

signals:
    void predicted(const pegboard::LiveOraclePredictor::Prediction &prediction);

private:
    void start();
    void onFinished();
    void checkActivity();

    const ContextSource *m_source;
    std::shared_ptr<const OraclePredictor> m_model;
    PredictorModelFile::Info m_info;
    std::function<qint64()> m_counter;
    qint64 m_lastCount = -1;
    std::function<QDateTime()> m_now;
    QTimer m_interval;
    QTimer m_poll;
    QFutureWatcher<Prediction> m_watcher;
    bool m_pending = false;
    Prediction m_latest;
};

} // namespace pegboard

Q_DECLARE_METATYPE(pegboard::LiveOraclePredictor::Prediction)
