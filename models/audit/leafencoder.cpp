#include "leafencoder.h"

#include <QJsonArray>
#include <algorithm>

namespace pegboard {

namespace {
// A field's 4-byte big-endian length at `at`, where a placeholder was left while the field was
// written.
void patchLength(QByteArray &out, qsizetype at, quint32 n)
{
    const char bytes[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    std::copy(bytes, bytes + 4, out.begin() + at);
}

void putLength(QByteArray &out, quint32 n)
{
    out.append(4, '\0');
    patchLength(out, out.size() - 4, n);
}

void putText(QByteArray &out, const std::optional<QByteArray> &text)
{
    if (!text) {
        putLength(out, 0xFFFFFFFFu);
        return;
    }
    putLength(out, quint32(text->size()));
    out.append(*text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// One JSON string of the plain form at json[i] (just past its opening quote), appended as a field;
// i ends past the closing quote. False for what the plain form excludes.
bool appendJsonString(QByteArray &out, std::string_view json, std::size_t &i)
{
    const qsizetype lengthAt = out.size();
    putLength(out, 0);
    while (i < json.size()) {
        const unsigned char c = static_cast<unsigned char>(json[i++]);
        if (c == '"') {
            patchLength(out, lengthAt, quint32(out.size() - lengthAt - 4));
            return true;
        }
        if (c < 0x20 || c >= 0x80)
            return false; // control characters are invalid JSON; non-ASCII is left to the general way
        if (c != '\\') {
            out.append(char(c));
            continue;
        }
        if (i == json.size())
            return false;
        switch (json[i++]) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '/':
            out.append('/');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            if (json.size() - i < 4)
                return false;
            int code = 0;
            for (int k = 0; k < 4; ++k) {
                const int h = hexValue(json[i++]);
                if (h < 0)
                    return false;
                code = code * 16 + h;
            }
            if (code >= 0xD800 && code <= 0xDFFF)
                return false; // surrogates: the general way decides
            if (code < 0x80) {
                out.append(char(code));
            } else if (code < 0x800) {
                out.append(char(0xC0 | (code >> 6)));
                out.append(char(0x80 | (code & 0x3F)));
            } else {
                out.append(char(0xE0 | (code >> 12)));
                out.append(char(0x80 | ((code >> 6) & 0x3F)));
                out.append(char(0x80 | (code & 0x3F)));
            }
            break;
        }
        default:
            return false;
        }
    }
    return false;
}
} // namespace

void LeafEncoder::begin(QByteArray &out, std::string_view kind)
{
    out.resize(0); // keeps the allocation for the next leaf
    appendText(out, "pegboard-leaf/1");
    appendText(out, kind);
}

void LeafEncoder::appendNull(QByteArray &out)
{
    putLength(out, 0xFFFFFFFFu);
}

void LeafEncoder::appendText(QByteArray &out, std::string_view text)
{
    putLength(out, quint32(text.size()));
    out.append(text.data(), qsizetype(text.size()));
}

bool LeafEncoder::appendJsonList(QByteArray &out, std::string_view json)
{
    const qsizetype start = out.size();
    const auto fail = [&] {
        out.truncate(start);
        return false;
    };
    if (json.size() < 2 || json.front() != '[' || json.back() != ']')
        return fail();
    const qsizetype countAt = out.size();
    putLength(out, 0);
    quint32 count = 0;
    std::size_t i = 1;
    if (json.size() > 2) {
        for (;;) {
            if (json.substr(i, 4) == "null") {
                putLength(out, 0xFFFFFFFFu);
                i += 4;
            } else if (i < json.size() && json[i] == '"') {
                ++i;
                if (!appendJsonString(out, json, i))
                    return fail();
            } else {
                return fail();
            }
            ++count;
            if (i + 1 == json.size())
                break; // at the closing bracket
            if (json[i] != ',')
                return fail();
            ++i;
        }
    }
    patchLength(out, countAt, count);
    return true;
}

std::optional<LeafValue> LeafValue::fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return LeafValue::null();
    if (value.isString())
        return LeafValue::of(value.toString().toUtf8());
    if (!value.isArray())
        return std::nullopt;
    LeafValue v;
    v.isNull = false;
    v.isList = true;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isNull())
            v.list.append(std::nullopt);
        else if (element.isString())
            v.list.append(element.toString().toUtf8());
        else
            return std::nullopt;
    }
    return v;
}

QString LeafValue::display() const
{
    if (isNull)
        return QStringLiteral("NULL");
    if (!isList)
        return QString::fromUtf8(text);
    QStringList parts;
    for (const auto &element : list)
        parts.append(element ? QString::fromUtf8(*element) : QStringLiteral("NULL"));
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

const QStringList &LeafEncoder::issueFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),
        QStringLiteral("source"),
        QStringLiteral("external_id"),
        QStringLiteral("issue_type"),
        QStringLiteral("severity_level"),
        QStringLiteral("reported_timestamp"),
        QStringLiteral("resolved_timestamp"),
        QStringLiteral("network_conditions"),
        QStringLiteral("price_context"),
        QStringLiteral("protocol_state"),
        QStringLiteral("estimated_loss_usd"),
        QStringLiteral("actual_loss_usd"),
        QStringLiteral("resolution_category"),
        QStringLiteral("prevention_implemented"),
        QStringLiteral("related_tx_hashes"),
        QStringLiteral("affected_contracts"),
        QStringLiteral("reporter_address"),
        QStringLiteral("title"),
        QStringLiteral("body"),
        QStringLiteral("protocol"),
        QStringLiteral("symbol"),
        QStringLiteral("cluster_id"),
        QStringLiteral("acknowledged_by"),
        QStringLiteral("acknowledged_at"),
        QStringLiteral("received_at"),
    };
    return fields;
}

const QStringList &LeafEncoder::auditFields()
{
    static const QStringList fields = {QStringLiteral("id"),       QStringLiteral("at"),
                                       QStringLiteral("actor"),    QStringLiteral("action"),
                                       QStringLiteral("issue_id"), QStringLiteral("details")};
    return fields;
}

QByteArray LeafEncoder::encode(const char *kind, const QList<LeafValue> &values)
{
    QByteArray out;
    out.reserve(256);
    putText(out, QByteArrayLiteral("pegboard-leaf/1"));
    putText(out, QByteArray(kind));
    for (const LeafValue &v : values) {
        if (v.isNull) {
            putLength(out, 0xFFFFFFFFu);
        } else if (v.isList) {
            putLength(out, quint32(v.list.size()));
            for (const auto &element : v.list)
                putText(out, element);
        } else {
            putText(out, v.text);
        }
    }
    return out;
}

} // namespace pegboard
