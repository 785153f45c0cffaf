#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

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
};

} // namespace pegboard
