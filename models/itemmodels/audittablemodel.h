#pragma once

#include "store/issuequery.h"

#include <QAbstractTableModel>
#include <QList>

namespace pegboard {

// The audit log as a table (audit view): when, who (person and role), action, report, old → new
// values and note. Text is made in data(), so a long log costs one AuditEntry per row.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Person,
        Role,
        Action,
        Report,
        Changes,
        Note,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace pegboard
