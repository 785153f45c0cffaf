#include "leafencoder.h"

#include <QJsonArray>

namespace pegboard {

namespace {
void putLength(QByteArray &out, quint32 n)
{
    const char bytes[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.append(bytes, 4);
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
} // namespace

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
