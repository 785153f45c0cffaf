#pragma once

#include "domain/contextsource.h"
#include "domain/error.h"
#include "domain/feedsample.h"

#include <QHash>
#include <QMutex>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace pegboard {

class FeedSampleStore;

// The context of the moment from recorded feed history: the latest row of each feed_samples
// series, refreshed on its own thread (snapshot() never touches the database, so the collector's
// threads never wait on it). A group whose newest sample is older than maxAgeSeconds, or was
// recorded stale, is marked stale with its age.
class FeedSampleContextSource : public ContextSource
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    struct Options
    {
        QString defaultSymbol = QStringLiteral("USDC");
        QString defaultProtocol;
        double maxAgeSeconds = 60;
        int refreshMs = 1000; // 0: no refresh thread; call refresh() yourself
        qint64 lookbackMs = 15 * 60 * 1000;
    };

    FeedSampleContextSource(QString storeUrl, Options options, Clock clock = {});
    ~FeedSampleContextSource() override;

    // Reads the samples recorded since the last refresh.
    Result<void> refresh();
    ContextSnapshot snapshot(const QString &symbol = {}, const QString &protocol = {}) const override;

private:
    struct Field
    {
        QString key;
        QString series;
        std::function<QJsonValue(double)> convert;
    };
    QJsonObject group(const QList<Field> &fields, qint64 nowMs) const;
    void run();

    QString m_storeUrl;
    Options m_options;
    Clock m_clock;
    std::unique_ptr<FeedSampleStore> m_store;
    std::mutex m_refreshMutex;
    qint64 m_seenUntilMs = 0;
    mutable QMutex m_mutex;
    QHash<QString, FeedSample> m_latest;
    std::mutex m_stopMutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace pegboard
