#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace pegboard {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node)
{
    auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

void JsonTreeModel::setGroups(const QList<QPair<QString, QJsonValue>> &groups)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const auto &[key, value] : groups) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = m_root.get();
        child->row = int(m_root->children.size());
        build(child.get());
        m_root->children.push_back(std::move(child));
    }
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeFor(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Node *node = nodeFor(index);
    if (index.column() == 0)
        return node->key;
    switch (node->value.type()) {
    case QJsonValue::Bool:
        return node->value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(node->value.toDouble(), 'g', 12);
    case QJsonValue::String:
        return node->value.toString();
    case QJsonValue::Null:
        return tr("(none)");
    case QJsonValue::Array:
        return tr("%n item(s)", nullptr, int(node->value.toArray().size()));
    case QJsonValue::Object:
        return QString();
    case QJsonValue::Undefined:
        return QString();
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Field") : tr("Value");
}

} // namespace pegboard
