#pragma once

#include "analysis/rootcauseclusterer.h"

#include <QAbstractTableModel>

namespace pegboard {

// Root-cause clusters, largest first: what each is, when, how big, what it cost.
class ClusterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Size,
        From,
        To,
        Title,
        Loss,
        Conditions,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ClusterIdRole
    };
    explicit ClusterModel(QObject *parent = nullptr);

    void setClusters(std::vector<RootCauseCluster> clusters);
    const RootCauseCluster *clusterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RootCauseCluster> m_clusters;
};

} // namespace pegboard
