#pragma once

#include "responseaction.h"

#include <QList>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace pegboard {

// One HTTP POST for the HTTP action kinds, its answer classified: 2xx delivered; 408, 425, 429, 5xx
// and network errors retried (with Retry-After when given); other 4xx failed with the body's words.
class HttpDelivery
{
public:
    static constexpr int TimeoutMs = 15000;
    static void post(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                     const QList<QPair<QByteArray, QByteArray>> &headers, ResponseAction::Done done);
    // http/https with a host, or an error naming the field.
    static Result<QUrl> parseUrl(const QString &where, const QString &text);
};

} // namespace pegboard
