#include "copyencoder.h"

#include <QJsonArray>
#include <charconv>
#include <chrono>
#include <cmath>

namespace pegboard {

namespace {
void appendJsonString(std::string &out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendDouble(std::string &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    char buf[32];
    const auto res = std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, res.ptr);
}
} // namespace

void CopyEncoder::null()
{
    m_out += "\\N";
}

void CopyEncoder::escaped(std::string_view raw)
{
    for (const char c : raw) {
        switch (c) {
        case '\\':
            m_out += "\\\\";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        default:
            m_out.push_back(c);
        }
    }
}

void CopyEncoder::text(const QString &value)
{
    if (value.isNull()) {
        null();
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    escaped(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

void CopyEncoder::text(std::string_view utf8)
{
    escaped(utf8);
}

void CopyEncoder::integer(long long value)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    m_out.append(buf, res.ptr);
}

void CopyEncoder::number(double value)
{
    if (!std::isfinite(value)) {
        null();
        return;
    }
    appendDouble(m_out, value);
}

void CopyEncoder::optionalNumber(const std::optional<double> &value)
{
    if (value)
        number(*value);
    else
        null();
}

void CopyEncoder::boolean(bool value)
{
    m_out.push_back(value ? 't' : 'f');
}

void CopyEncoder::appendTimestamp(std::string &out, qint64 msecs)
{
    using namespace std::chrono;
    const sys_time<milliseconds> tp{milliseconds{msecs}};
    const auto day = floor<days>(tp);
    const year_month_day ymd{day};
    const hh_mm_ss hms{tp - day};
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ld.%03ldZ", int(ymd.year()),
                                unsigned(ymd.month()), unsigned(ymd.day()), long(hms.hours().count()),
                                long(hms.minutes().count()), long(hms.seconds().count()),
                                long(hms.subseconds().count()));
    out.append(buf, static_cast<size_t>(n));
}

void CopyEncoder::timestamp(const QDateTime &value)
{
    if (!value.isValid()) {
        null();
        return;
    }
    appendTimestamp(m_out, value.toMSecsSinceEpoch());
}

void CopyEncoder::textArray(const QStringList &values)
{
    // Array literal {"a","b"}: elements quoted, quotes and backslashes escaped, then COPY-escaped.
    m_scratch.clear();
    m_scratch.push_back('{');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_scratch.push_back(',');
        m_scratch.push_back('"');
        const QByteArray utf8 = values[i].toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\')
                m_scratch.push_back('\\');
            m_scratch.push_back(c);
        }
        m_scratch.push_back('"');
    }
    m_scratch.push_back('}');
    escaped(m_scratch);
}

void CopyEncoder::appendJson(std::string &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendDouble(out, value.toDouble());
        break;
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        appendJsonString(out, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        break;
    }
    case QJsonValue::Array: {
        out.push_back('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.push_back(',');
            appendJson(out, array.at(i));
        }
        out.push_back(']');
        break;
    }
    case QJsonValue::Object: {
        out.push_back('{');
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out.push_back(',');
            first = false;
            const QByteArray key = it.key().toUtf8();
            appendJsonString(out, std::string_view(key.constData(), static_cast<size_t>(key.size())));
            out.push_back(':');
            appendJson(out, it.value());
        }
        out.push_back('}');
        break;
    }
    }
}

void CopyEncoder::json(const QJsonObject &object)
{
    if (object.isEmpty()) {
        null();
        return;
    }
    m_scratch.clear();
    appendJson(m_scratch, object);
    escaped(m_scratch);
}

} // namespace pegboard
