#pragma once

#include "domain/contextsnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace pegboard {

// A report's context at receipt as a reader wants it: one row per value, the key as a label
// ("Gas price", "MEV bot activity") and the value with its unit in the locale's format
// ("271 gwei", "$1,169,512", "−42 bps"), grouped under Network, Price and Protocol. Keys it
// does not know are shown with their name made readable, never dropped.
class ContextFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Field,
        Value,
        ColumnCount
    };
    enum Role
    {
        // True on a group's title row (the view gives it both columns).
        GroupRole = Qt::UserRole + 1,
        // The key as stored ("gas_price_gwei").
        KeyRole
    };

    explicit ContextFieldsModel(QObject *parent = nullptr);

    // reportedAt dates the oracle's last update relative to the report ("12 min before").
    void setContext(const ContextSnapshot &context, const QDateTime &reportedAt = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString label(const QString &key);
    static QString formatValue(const QString &key, const QJsonValue &value, const QDateTime &reportedAt = {});

private:
    struct Row
    {
        QString key;
        QString label;
        QString value;
        bool group = false;
    };
    QList<Row> m_rows;
};

} // namespace pegboard
