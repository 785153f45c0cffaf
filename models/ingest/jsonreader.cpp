#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace pegboard {

namespace {
QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}
} // namespace

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("JsonReader", "malformed JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!document.isObject())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("JsonReader", "the body must be a JSON object"));
    return document.object();
}

JsonReader::JsonReader(QJsonObject root)
    : m_root(std::move(root))
{}

QJsonValue JsonReader::lookup(const QString &path) const
{
    QJsonValue current(m_root);
    for (const QString &key : path.split(QLatin1Char('.'))) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

bool JsonReader::has(const QString &path) const
{
    const QJsonValue v = lookup(path);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

bool JsonReader::expect(const QJsonValue &value, const QString &path, QJsonValue::Type type, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(QCoreApplication::translate("JsonReader", "missing field '%1'").arg(path));
        return false;
    }
    if (value.type() != type) {
        fail(QCoreApplication::translate("JsonReader", "field '%1' must be %2, not %3")
                 .arg(path, typeName(type), typeName(value.type())));
        return false;
    }
    return true;
}

QString JsonReader::string(const QString &path)
{
    const QJsonValue v = lookup(path);
    return expect(v, path, QJsonValue::String, true) ? v.toString() : QString();
}

QString JsonReader::nonEmptyString(const QString &path)
{
    const QString value = string(path);
    if (ok() && value.trimmed().isEmpty())
        fail(QCoreApplication::translate("JsonReader", "field '%1' must not be empty").arg(path));
    return value;
}

QString JsonReader::optionalString(const QString &path)
{
    const QJsonValue v = lookup(path);
    return expect(v, path, QJsonValue::String, false) ? v.toString() : QString();
}

QString JsonReader::stringIfPresent(const QString &path) const
{
    const QJsonValue v = lookup(path);
    return v.isString() ? v.toString() : QString();
}

double JsonReader::number(const QString &path)
{
    const QJsonValue v = lookup(path);
    return expect(v, path, QJsonValue::Double, true) ? v.toDouble() : 0.0;
}

std::optional<double> JsonReader::optionalNumber(const QString &path)
{
    const QJsonValue v = lookup(path);
    if (expect(v, path, QJsonValue::Double, false))
        return v.toDouble();
    return std::nullopt;
}

QJsonObject JsonReader::object(const QString &path)
{
    const QJsonValue v = lookup(path);
    return expect(v, path, QJsonValue::Object, true) ? v.toObject() : QJsonObject();
}

QDateTime JsonReader::time(const QString &path, bool required)
{
    const QJsonValue v = lookup(path);
    if (!expect(v, path, QJsonValue::String, required))
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        fail(QCoreApplication::translate("JsonReader", "field '%1' is not an ISO-8601 time").arg(path));
        return {};
    }
    return at.toUTC();
}

QJsonArray JsonReader::optionalArray(const QString &path)
{
    const QJsonValue v = lookup(path);
    return expect(v, path, QJsonValue::Array, false) ? v.toArray() : QJsonArray();
}

} // namespace pegboard
