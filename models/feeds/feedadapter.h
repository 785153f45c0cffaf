#pragma once

#include "domain/expected.h"
#include "domain/feedsample.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace pegboard {

// Why a frame produced no samples. Every refusal is counted by the client and never plotted.
struct FeedRefusal
{
    enum class Reason
    {
        Malformed,   // not JSON, or not the shape this adapter reads
        WrongType,   // a known field with the wrong JSON type
        AbsurdValue, // negative/zero price, out-of-range ratio, …
        OutOfOrder,  // older than what this series already delivered
        ServerError, // the server answered with an error object
    };
    Reason reason = Reason::Malformed;
    QString message;
};

QString feedRefusalReasonName(FeedRefusal::Reason reason);

// An empty vector means a control frame (subscription ack, heartbeat): not data, not an error.
using FeedParse = Expected<std::vector<FeedSample>, FeedRefusal>;

// One wire format in, normalised samples (FeedSeries names) out. Adapters remember the last
// timestamp per series so replays and reordered frames cannot move a series backwards.
class FeedAdapter
{
public:
    virtual ~FeedAdapter() = default;
    virtual QString name() const = 0;
    FeedParse parse(const QByteArray &frame);
    // Frames to send after each (re)connect, e.g. eth_subscribe requests.
    virtual QList<QByteArray> subscribeMessages() const { return {}; }

    static Unexpected<FeedRefusal> refuse(FeedRefusal::Reason reason, QString message);
    // ISO 8601 UTC ("2025-07-31T08:45:22Z", fractions allowed) to epoch ms; 0 if invalid.
    static qint64 isoToMs(const QString &text);

protected:
    virtual FeedParse decode(const QByteArray &frame) = 0;

private:
    // Range and ordering checks shared by all formats.
    FeedParse validate(std::vector<FeedSample> samples);
    QHash<QString, qint64> m_lastTimestamp;
};

} // namespace pegboard
