#pragma once

#include "domain/issue.h"

#include <QByteArray>
#include <QString>

namespace pegboard {

// What a normalizer made of a request: a report, an answer the source expects (GitHub ping, Slack
// url_verification), or a typed refusal that becomes an HTTP status and a logged reason.
struct NormalizeOutcome
{
    enum class Kind
    {
        Accepted,     // 202/200 once durable
        Answered,     // 200 with answerBody, nothing stored
        Ignored,      // 202, counted, nothing stored
        BadRequest,   // 400 with the reason
        Unauthorized, // 401
    };

    Kind kind = Kind::BadRequest;
    Issue issue;
    QByteArray answerBody;
    QByteArray answerContentType;
    QString reason;

    static NormalizeOutcome accepted(Issue issue);
    static NormalizeOutcome answered(QByteArray body, QByteArray contentType);
    static NormalizeOutcome ignored(QString reason);
    static NormalizeOutcome badRequest(QString reason);
    static NormalizeOutcome unauthorized(QString reason);

    bool isAccepted() const { return kind == Kind::Accepted; }
    int httpStatus() const;
};

} // namespace pegboard
