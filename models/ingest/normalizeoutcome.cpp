#include "normalizeoutcome.h"

namespace pegboard {

NormalizeOutcome NormalizeOutcome::accepted(Issue issue)
{
    NormalizeOutcome o;
    o.kind = Kind::Accepted;
    o.issue = std::move(issue);
    return o;
}

NormalizeOutcome NormalizeOutcome::answered(QByteArray body, QByteArray contentType)
{
    NormalizeOutcome o;
    o.kind = Kind::Answered;
    o.answerBody = std::move(body);
    o.answerContentType = std::move(contentType);
    return o;
}

NormalizeOutcome NormalizeOutcome::ignored(QString reason)
{
    NormalizeOutcome o;
    o.kind = Kind::Ignored;
    o.reason = std::move(reason);
    return o;
}

NormalizeOutcome NormalizeOutcome::badRequest(QString reason)
{
    NormalizeOutcome o;
    o.kind = Kind::BadRequest;
    o.reason = std::move(reason);
    return o;
}

NormalizeOutcome NormalizeOutcome::unauthorized(QString reason)
{
    NormalizeOutcome o;
    o.kind = Kind::Unauthorized;
    o.reason = std::move(reason);
    return o;
}

int NormalizeOutcome::httpStatus() const
{
    switch (kind) {
    case Kind::Accepted:
        return 202;
    case Kind::Answered:
        return 200;
    case Kind::Ignored:
        return 202;
    case Kind::BadRequest:
        return 400;
    case Kind::Unauthorized:
        return 401;
    }
    return 500;
}

} // namespace pegboard
