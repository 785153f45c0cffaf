#include "error.h"

namespace pegboard {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::None:
        return QStringLiteral("none");
    case Error::Code::MalformedUrl:
        return QStringLiteral("malformed_url");
    case Error::Code::Unreachable:
        return QStringLiteral("unreachable");
    case Error::Code::BadCredentials:
        return QStringLiteral("bad_credentials");
    case Error::Code::PermissionDenied:
        return QStringLiteral("permission_denied");
    case Error::Code::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case Error::Code::Query:
        return QStringLiteral("query");
    case Error::Code::NotFound:
        return QStringLiteral("not_found");
    case Error::Code::InvalidInput:
        return QStringLiteral("invalid_input");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::ServerBinariesMissing:
        return QStringLiteral("server_binaries_missing");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Code::ReadOnly:
        return QStringLiteral("read_only");
    }
    return QStringLiteral("unknown");
}

} // namespace pegboard
