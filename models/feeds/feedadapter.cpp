#include "feedadapter.h"

#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace pegboard {

namespace {
struct Range
{
    double min;
    double max;
    bool minExclusive;
};

// Bounds beyond which a value is a broken feed, not a market move: a stablecoin at 0 or 100 USD,
// a negative gas price or a congestion score above 1 would poison averages and risk scores.
Range rangeFor(const QString &series)
{
    if (series.startsWith(QLatin1String("price:")))
        return {0.0, 100.0, true};
    if (series.startsWith(QLatin1String("oracle:")) && series.endsWith(QLatin1String(":answer")))
        return {0.0, 1e7, true};
    if (series == FeedSeries::Congestion || series == FeedSeries::MevActivity)
        return {0.0, 1.0, false};
    if (series == FeedSeries::GasGwei)
        return {0.0, 1e6, false};
    return {0.0, 1e15, false};
}
} // namespace

QString feedRefusalReasonName(FeedRefusal::Reason reason)
{
    switch (reason) {
    case FeedRefusal::Reason::Malformed:
        return QStringLiteral("malformed");
    case FeedRefusal::Reason::WrongType:
        return QStringLiteral("wrong_type");
    case FeedRefusal::Reason::AbsurdValue:
        return QStringLiteral("absurd_value");
    case FeedRefusal::Reason::OutOfOrder:
        return QStringLiteral("out_of_order");
    case FeedRefusal::Reason::ServerError:
        return QStringLiteral("server_error");
    }
    return QStringLiteral("unknown");
}

Unexpected<FeedRefusal> FeedAdapter::refuse(FeedRefusal::Reason reason, QString message)
{
    return Unexpected<FeedRefusal>(FeedRefusal{reason, std::move(message)});
}

qint64 FeedAdapter::isoToMs(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toMSecsSinceEpoch() : 0;
}

FeedParse FeedAdapter::parse(const QByteArray &frame)
{
    FeedParse decoded = decode(frame);
    if (!decoded)
        return decoded;
    return validate(std::move(*decoded));
}

FeedParse FeedAdapter::validate(std::vector<FeedSample> samples)
{
    for (const FeedSample &s : samples) {
        const Range r = rangeFor(s.series);
        const bool belowMin = r.minExclusive ? s.value <= r.min : s.value < r.min;
        if (!std::isfinite(s.value) || belowMin || s.value > r.max)
            return refuse(FeedRefusal::Reason::AbsurdValue,
                          QCoreApplication::translate("FeedAdapter", "%1 = %2 is outside [%3, %4]")
                              .arg(s.series)
                              .arg(s.value)
                              .arg(r.min)
                              .arg(r.max));
        if (s.timestampMs <= 0)
            return refuse(
                FeedRefusal::Reason::Malformed,
                QCoreApplication::translate("FeedAdapter", "%1 has no valid timestamp").arg(s.series));
        const auto last = m_lastTimestamp.constFind(s.series);
        if (last != m_lastTimestamp.cend() && s.timestampMs < *last)
            return refuse(FeedRefusal::Reason::OutOfOrder,
                          QCoreApplication::translate("FeedAdapter", "%1 at %2 is older than %3 already seen")
                              .arg(s.series)
                              .arg(s.timestampMs)
                              .arg(*last));
    }
    // Only a frame that passed completely moves the series forward (frames are all-or-nothing).
    for (const FeedSample &s : samples)
        m_lastTimestamp.insert(s.series, s.timestampMs);
    return samples;
}

} // namespace pegboard
