#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace pegboard {

// One received HTTP request, as the normalizers see it: the raw body (signatures are computed over
// its exact bytes) and the headers with lower-cased names.
struct WebhookRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    // When the collector received it; also the "now" of replay-window checks, so tests are exact.
    QDateTime receivedAt;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace pegboard
