#include "audittablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pegboard {

namespace {
QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditTableModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const AuditEntry &e = m_entries[index.row()];
    const QJsonObject details = QJsonDocument::fromJson(e.detailsJson.toUtf8()).object();
    switch (index.column()) {
    case When:
        return e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    case Person: {
        const QString person = details.value(QStringLiteral("person")).toString();
        return person.isEmpty() ? tr("(not recorded)") : person;
    }
    case Role:
        return details.value(QStringLiteral("role")).toString(e.actor);
    case Action:
        return e.action;
    case Report:
        return e.issueId;
    case Changes: {
        QStringList parts;
        const QJsonObject changes = details.value(QStringLiteral("changes")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            parts.append(QStringLiteral("%1: %2 → %3")
                             .arg(it.key(), valueText(c.value(QStringLiteral("old"))),
                                  valueText(c.value(QStringLiteral("new")))));
        }
        return parts.join(QLatin1String("; "));
    }
    case Note: {
        for (const char *key : {"note", "body", "report_id"}) {
            const QString text = details.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                return text;
        }
        return QString();
    }
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When (UTC)");
    case Person:
        return tr("Who");
    case Role:
        return tr("Database role");
    case Action:
        return tr("Action");
    case Report:
        return tr("Report");
    case Changes:
        return tr("Old → new");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace pegboard
