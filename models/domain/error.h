#pragma once

#include "expected.h"

#include <QString>

namespace pegboard {

// One error type for the whole non-GUI layer; the code lets callers react, the message is for humans.
struct Error
{
    enum class Code
    {
        None,
        MalformedUrl,
        Unreachable,
        BadCredentials,
        PermissionDenied,
        SchemaTooNew,
        Query,
        NotFound,
        InvalidInput,
        Io,
        ServerBinariesMissing,
        Cancelled,
        ReadOnly, // the server is a read-only standby (SQLSTATE 25006)
    };

    Code code = Code::None;
    QString message;

    static Unexpected<Error> make(Code code, QString message)
    {
        return Unexpected<Error>(Error{code, std::move(message)});
    }
};

template<typename T> using Result = Expected<T, Error>;

QString errorCodeName(Error::Code code);

} // namespace pegboard
