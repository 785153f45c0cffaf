#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "domain/error.h"

#include <QString>
#include <memory>
#include <pqxx/connection>
#include <pqxx/transaction_base>

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
    // Thread-safe; the name is cleaned (cleanPerson) before it is kept.
    static void setPerson(const QString &person);
    static QString person();
    // The operating-system login ($PEGBOARD_PERSON, $USER, $LOGNAME, else the account of the
    // effective user id): what an empty name means.
    static QString login();
    // A name as the audit trail keeps it: control characters (NUL, line breaks) become spaces,
    // white space runs one space, at most MaxPersonLength characters.
    static QString cleanPerson(const QString &person);
    static constexpr int MaxPersonLength = 200;
    // Sets pegboard.person for this transaction only, so a name changed in Settings applies to the
    // next change made on a connection that was opened before (the console's store worker).
    static void applyPerson(pqxx::transaction_base &tx);
};

} // namespace pegboard
