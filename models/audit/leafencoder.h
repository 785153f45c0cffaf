#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>
#include <string_view>

namespace pegboard {

// One value of a leaf: SQL NULL, a text, or a list of (possibly NULL) texts (a text[] column).
struct LeafValue
{
    bool isNull = true;
    bool isList = false;
    QByteArray text;
    QList<std::optional<QByteArray>> list;

    static LeafValue null() { return {}; }
    static LeafValue of(QByteArray text) { return {false, false, std::move(text), {}}; }
    // Recorded changes carry values as JSON: null, a string, or an array of strings.
    static std::optional<LeafValue> fromJson(const QJsonValue &value);
    bool operator==(const LeafValue &other) const = default;
    QString display() const;
};

// The canonical leaf encoding (README "Audit trail (Merkle log)", version pegboard-leaf/1): a
// sequence of fields, each a 4-byte big-endian length and that many UTF-8 bytes; NULL is the
// length 0xFFFFFFFF with no bytes; a list is its element count (4 bytes) and then each element as
// a field. The first two fields are the version and the kind ("issue" or "audit").
class LeafEncoder
{
public:
    static const QStringList &issueFields();
    static const QStringList &auditFields();
    static QByteArray encode(const char *kind, const QList<LeafValue> &values);

    // The same encoding written field by field into `out`, for readers that have the values as
    // text already (no LeafValue per field): a leaf is begin() and then one call per column.
    static void begin(QByteArray &out, std::string_view kind);
    static void appendNull(QByteArray &out);
    static void appendText(QByteArray &out, std::string_view text);
    // A text[] column given as PostgreSQL's array_to_json text. Only the plain form it prints
    // (strings and nulls, no spaces, ASCII) is taken; false, with `out` unchanged, for anything
    // else, which the caller then reads as JSON the general way.
    static bool appendJsonList(QByteArray &out, std::string_view json);
};

} // namespace pegboard
