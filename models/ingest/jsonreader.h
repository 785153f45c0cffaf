#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pegboard {

// Typed access to a webhook body by dotted path ("issue.user.login"). The first missing field or
// wrong type is remembered as a human-readable reason, so a normalizer reads everything it needs
// and then turns error() into one clear 400 — no exception ever leaves a normalizer.
class JsonReader
{
public:
    static Result<QJsonObject> parseObject(const QByteArray &body);

    explicit JsonReader(QJsonObject root);

    QString string(const QString &path);
    // A string that must not be blank: identifiers, which make retries recognisable.
    QString nonEmptyString(const QString &path);
    // Missing or null gives an empty string; any other non-string type is an error.
    QString optionalString(const QString &path);
    // The string at path, or empty when it is absent or not a string; never fails the request
    // (for informational fields such as a link, whose odd shape must not lose the report).
    QString stringIfPresent(const QString &path) const;
    double number(const QString &path);
    std::optional<double> optionalNumber(const QString &path);
    QJsonObject object(const QString &path);
    // An ISO-8601 string; invalid when missing (and optional) or malformed (an error).
    QDateTime time(const QString &path, bool required);
    QJsonArray optionalArray(const QString &path);
    // Whether the field exists and is not null.
    bool has(const QString &path) const;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &reason);

private:
    QJsonValue lookup(const QString &path) const;
    bool expect(const QJsonValue &value, const QString &path, QJsonValue::Type type, bool required);

    QJsonObject m_root;
    QString m_error;
};

} // namespace pegboard
