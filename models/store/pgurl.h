#pragma once

#include <QString>
#include <QStringList>

namespace pegboard {

// A libpq connection URI taken apart where QUrl cannot: libpq allows several hosts
// (postgresql://alice:pw@db1:5432,db2:5433/pegboard?target_session_attrs=read-write), which QUrl
// rejects. Used to keep passwords out of settings files and logs, and to name a keychain entry.
// Key/value connection strings ("host=a dbname=b") are not URIs: isUri() is false for them.
class PgUrl
{
public:
    explicit PgUrl(const QString &url);

    bool isUri() const { return m_uri; }
    QString user() const;     // decoded
    QString password() const; // decoded; empty if none
    // host[:port] of each host, in order ("db1:5432", "db2"), as written.
    QStringList hosts() const;
    // The database path and query as written: "/pegboard?target_session_attrs=read-write".
    QString rest() const { return m_rest; }

    // The same URI with the password removed / replaced (percent-encoded as libpq expects).
    QString withPassword(const QString &password) const;
    QString withoutPassword() const { return withPassword({}); }
    QString redacted() const;

private:
    QString m_original;
    bool m_uri = false;
    QString m_scheme;   // "postgresql://" or "postgres://"
    QString m_userInfo; // raw, without '@'
    QString m_hostSpec; // raw, between '@' and the path or query
    QString m_rest;
};

} // namespace pegboard
