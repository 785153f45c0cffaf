#pragma once

#include "alertevent.h"
#include "domain/error.h"

#include <QJsonObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pegboard {

// What one delivery attempt came to. Retry: worth trying again (network error, 408, 429, 5xx,
// a command that failed); Failed: it never will be (the receiver refused the request as invalid).
struct ActionOutcome
{
    enum class Status
    {
        Delivered,
        Retry,
        Failed,
    };
    Status status = Status::Delivered;
    QString message;
    int retryAfterMs = -1; // the receiver's Retry-After, when it gave one
};

// One kind of response (PagerDuty, Slack, signed webhook, local command): an alert event in, one
// delivery attempt out. Retries, backoff, rate limits and deduplication are the dispatcher's, so a
// kind only knows its own wire format. A new kind is one file pair and one line in create().
class ResponseAction
{
public:
    using Done = std::function<void(const ActionOutcome &)>;
    virtual ~ResponseAction() = default;
    virtual QString kind() const = 0;
    virtual void deliver(const AlertEvent &event, Done done) = 0;

    // Builds the action named `name` from its rules-file object. Secrets are read from the
    // environment: a field written "$NAME" (or "env:NAME") is the variable NAME; a secret written
    // literally into the file is refused.
    static Result<std::unique_ptr<ResponseAction>> create(const QString &name, const QJsonObject &config,
                                                          QNetworkAccessManager *network);
    static QStringList kinds();
    // "$NAME" / "env:NAME" → the variable (error if unset); other text as is, unless `secret`.
    static Result<QString> resolve(const QString &where, const QJsonValue &value, bool secret);
};

} // namespace pegboard
