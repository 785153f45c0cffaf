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

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int digits(const QString &t, int at, int count)
{
    int v = 0;
    for (int i = at; i < at + count; ++i) {
        const char16_t c = t.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The shape every feed we read sends ("2025-07-31T08:45:22Z", "…:22.512334Z"), parsed without
// QDateTime, which dominated the cost of a frame at 10,000 frames/s. -1 if not that shape.
qint64 fastUtcIso(const QString &t)
{
    if (t.size() < 20 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u'T' || t.at(13) != u':' ||
        t.at(16) != u':' || t.back() != u'Z')
        return -1;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    const int h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 ||
        s > 59)
        return -1;
    int ms = 0;
    if (t.size() > 20) {
        if (t.at(19) != u'.' || t.size() < 22)
            return -1;
        const int fraction = int(t.size()) - 21;
        const int taken = std::min(fraction, 3);
        ms = digits(t, 20, taken);
        if (ms < 0 || digits(t, 20, fraction > 9 ? 9 : fraction) < 0)
            return -1;
        for (int i = taken; i < 3; ++i)
            ms *= 10;
    }
    if (!QDate::isValid(y, mo, d))
        return -1;
    return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
}
} // namespace

qint64 FeedAdapter::isoToMs(const QString &text)
{
    const qint64 fast = fastUtcIso(text);
    if (fast >= 0)
        return fast;
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
