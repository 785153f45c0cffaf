#pragma once

#include <QString>

namespace pegboard {

// One observation of one series (see FeedSeries for the names), as recorded in feed_samples.
struct FeedSample
{
    QString series;
    qint64 timestampMs = 0; // milliseconds since the Unix epoch, UTC
    double value = 0;
    bool stale = false;

    friend bool operator==(const FeedSample &, const FeedSample &) = default;
};

} // namespace pegboard
