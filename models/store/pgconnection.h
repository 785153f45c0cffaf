#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "domain/error.h"

#include <QString>
#include <memory>
#include <pqxx/connection>

namespace pegboard {

// Opening a connection is where most operator mistakes surface, so it turns libpq's free-text
// failures into typed errors: a malformed URL, an unreachable server, refused credentials.
class PgConnection
{
public:
    static Result<std::shared_ptr<pqxx::connection>> open(const QString &url);
    // Checks the URL's syntax without connecting.
    static Result<void> validateUrl(const QString &url);
    // Classifies a libpq/libpqxx failure message into an error code.
    static Error::Code classify(const QString &message);
    // A libpqxx exception as an error value: lost connection, missing privilege, "not found" and
    // invalid-input SQLSTATEs get their own codes; everything else is a query error.
    static Error errorFrom(const std::exception &e);
    // A URL for display and logs: the password, if any, replaced by "***".
    static QString redacted(const QString &url);
    // Who is acting, recorded in every audit row (GUC pegboard.person on each new connection):
    // the name set here (Settings), else $PEGBOARD_PERSON, else the operating-system login.
    static void setPerson(const QString &person);
    static QString person();
};

} // namespace pegboard
