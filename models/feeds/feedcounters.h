#pragma once

#include <QtGlobal>

namespace pegboard {

// A consistent copy of a FeedClient's counters, for status panels and the probe's summary.
struct FeedCounters
{
    qint64 messages = 0;      // data frames received (control frames included)
    qint64 samples = 0;       // normalised samples delivered
    qint64 malformed = 0;     // frames refused by the adapter
    qint64 reconnects = 0;    // connection attempts after the first
    qint64 lastMessageMs = 0; // epoch ms of the last frame, 0 if none yet
};

} // namespace pegboard
