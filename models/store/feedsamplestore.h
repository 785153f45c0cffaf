#pragma once

#include "domain/error.h"
#include "domain/feedsample.h"

#include <QStringList>
#include <memory>
#include <pqxx/connection>
#include <span>
#include <vector>

namespace pegboard {

// Recorded feed history (feed_samples): written in batches by FeedHub and the history generator,
// read by charts, replay and the predictor. Idempotent on (series, ts). One per thread.
class FeedSampleStore
{
public:
    static Result<std::unique_ptr<FeedSampleStore>> open(const QString &url);

    Result<qint64> insert(std::span<const FeedSample> samples);
    // Samples of the given series (all series if empty) with fromMs <= ts < toMs, ordered by series, ts.
    Result<std::vector<FeedSample>> range(const QStringList &series, qint64 fromMs, qint64 toMs);
    Result<QStringList> seriesNames();

private:
    explicit FeedSampleStore(QString url, std::shared_ptr<pqxx::connection> connection);
    QString m_url;
    std::shared_ptr<pqxx::connection> m_connection;
};

} // namespace pegboard
