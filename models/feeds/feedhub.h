#pragma once

#include "domain/contextsource.h"
#include "domain/feedsample.h"
#include "rollingmean.h"
#include "seriesring.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace pegboard {

class FeedRecorder;

// The live state of all feeds: a bounded ring per series, the 5-minute rolling peg deviation per
// coin, and the latest context for the enricher and the risk score. ingest() and every reader are
// thread-safe, so clients on worker threads feed it directly and the GUI polls it at its own pace.
class FeedHub : public QObject, public ContextSource
{
    Q_OBJECT
public:
    explicit FeedHub(QObject *parent = nullptr);
    ~FeedHub() override;

    // Points kept per series (default 200,000); applies to series created afterwards.
    void setCapacity(int pointsPerSeries);
    // A pause longer than gapFactor × the expected interval is drawn as a gap (defaults 2 s, 3×).
    void setExpectedInterval(qint64 ms, const QString &series = {});
    void setGapFactor(double factor);
    // A context group whose newest sample arrived longer ago than this is marked stale.
    void setStaleAfter(qint64 ms);
    void setDefaults(const QString &symbol, const QString &protocol);
    // Tests replace the wall clock used for staleness.
    void setClock(std::function<qint64()> nowMs);
    // Optional: every accepted sample is also handed to the recorder (batched, off this thread).
    void setRecorder(FeedRecorder *recorder);

    QStringList seriesNames() const;
    std::vector<SeriesPoint> points(const QString &series, qint64 sinceSequence, qint64 *nextSequence) const;
    std::optional<SeriesPoint> latest(const QString &series) const;
    std::optional<double> rollingDeviationBps(const QString &symbol) const;
    qint64 samplesIngested() const;

    ContextSnapshot snapshot(const QString &symbol = {}, const QString &protocol = {}) const override;

public slots:
    void ingest(const std::vector<pegboard::FeedSample> &samples);

private:
    struct Series
    {
        explicit Series(int capacity)
            : ring(capacity)
        {}
        SeriesRing ring;
        qint64 receivedMs = 0;
        std::unique_ptr<RollingMean> deviation; // price series only
    };
    Series &seriesFor(const QString &name);
    const Series *find(const QString &name) const;
    qint64 intervalFor(const QString &series) const;
    qint64 now() const;
    // Age (ms) of the freshest of the given series, or -1 if none has data.
    qint64 groupAgeMs(const QStringList &series) const;

    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<Series>> m_series;
    QHash<QString, qint64> m_intervalMs;
    int m_capacity = 200000;
    qint64 m_defaultIntervalMs = 2000;
    double m_gapFactor = 3.0;
    qint64 m_staleAfterMs = 30000;
    qint64 m_ingested = 0;
    QString m_symbol;
    QString m_protocol;
    std::function<qint64()> m_clock;
    FeedRecorder *m_recorder = nullptr;
};

} // namespace pegboard
