#pragma once

#include "domain/error.h"
#include "domain/issue.h"

#include <QByteArray>

namespace pegboard {

// The spool's record payload: an Issue as compact versioned binary (QDataStream), so a spool
// written by this version is read back field for field after a crash or an upgrade.
class IssueCodec
{
public:
    static QByteArray encode(const Issue &issue);
    static Result<Issue> decode(const QByteArray &bytes);
};

} // namespace pegboard
