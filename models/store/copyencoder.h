#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>

namespace pegboard {

// Encodes values in PostgreSQL's COPY text format. Hand-written rather than going through
// QJsonDocument and QDateTime::toString because bulk insert formats millions of fields and those
// generic paths dominated its profile.
class CopyEncoder
{
public:
    explicit CopyEncoder(std::string &out)
        : m_out(out)
    {}

    void null();
    void separator() { m_out.push_back('\t'); }
    void endRow() { m_out.push_back('\n'); }

    void text(const QString &value);
    void text(std::string_view utf8);
    void integer(long long value);
    void number(double value);
    void optionalNumber(const std::optional<double> &value);
    void boolean(bool value);
    // Timestamps in UTC with millisecond precision; an invalid QDateTime becomes NULL.
    void timestamp(const QDateTime &value);
    void textArray(const QStringList &values);
    void json(const QJsonObject &object);

    static void appendJson(std::string &out, const QJsonValue &value);
    static void appendTimestamp(std::string &out, qint64 msecsSinceEpoch);

private:
    void escaped(std::string_view raw);
    std::string &m_out;
    std::string m_scratch;
};

} // namespace pegboard
