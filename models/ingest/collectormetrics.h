#pragma once

#include "histogram.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace pegboard {

// The collector's numbers for GET /metrics (Prometheus text format 0.0.4). Counters run since this
// process started (pegboard_collector_start_time_seconds says when); gauges (spool depth, oldest
// unflushed age, store state) describe the moment, the spool's on disk. Refusal counts and the
// answer-latency histogram are updated on the server's thread; the batch-size histogram from the
// batcher's (lock-free).
class CollectorMetrics
{
public:
    // What the server and the batcher know at the moment of a scrape.
    struct Gauges
    {
        qint64 accepted = 0;
        qint64 ignored = 0;
        qint64 inserted = 0;
        qint64 rejected = 0;
        double storeWriteSeconds = 0;
        qint64 spoolDepth = 0;
        qint64 unflushedBytes = 0;
        double oldestUnflushedAgeSeconds = 0;
        QString storeState;
        int connections = 0;
    };

    CollectorMetrics();

    void countRefusal(const QByteArray &reason) { ++m_refused[reason]; }
    qint64 refused(const QByteArray &reason) const { return m_refused.value(reason); }
    Histogram &answerLatency() { return m_answerLatency; }
    Histogram &batchRows() { return m_batchRows; }
    QDateTime started() const { return m_started; }

    QByteArray render(const Gauges &gauges) const;

private:
    QDateTime m_started;
    QMap<QByteArray, qint64> m_refused;
    Histogram m_answerLatency;
    Histogram m_batchRows;
};

} // namespace pegboard
