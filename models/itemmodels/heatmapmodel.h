#pragma once

#include "analysis/correlationheatmap.h"

#include <QAbstractTableModel>

namespace pegboard {

// The correlation heatmap for views: one row per condition bucket ("Gas price: 150–250 gwei"),
// one column per issue type. DisplayRole is the lift; the roles carry everything a cell knows.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        CountRole = Qt::UserRole + 1,
        RateRole,
        LiftRole,
        CiLowRole,
        CiHighRole,
        PValueRole,
        QValueRole,
        SignificantRole,
        SupportedRole,
        ConditionKeyRole,
        BucketRole,
        TypeRole,
    };

    explicit HeatmapModel(QObject *parent = nullptr);

    void setResult(HeatmapResult result);
    const HeatmapResult &result() const { return m_result; }
    // The cell at a model index, or nullptr.
    const HeatmapCell *cellAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    HeatmapResult m_result;
    // (condition, bucket) of each model row.
    std::vector<std::pair<int, int>> m_rows;
};

} // namespace pegboard
