#pragma once

#include "analysis/rootcauseclusterer.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace pegboard {

// Root-cause clusters, largest first: what each is, when, how big, what it cost, and why. Tens of
// thousands of clusters are shown a batch per turn of the event loop (a sorting view over them in
// one reset stalled the GUI), and the previous ones are freed on the pool.
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
        Why,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ClusterIdRole,
        CohesionRole // 0–1, for views that colour or sort by it
    };
    static constexpr std::size_t AppendBatch = 1000;

    explicit ClusterModel(QObject *parent = nullptr);

    void setClusters(std::vector<RootCauseCluster> clusters);
    const RootCauseCluster *clusterAt(int row) const;
    // Why the members belong together, in words: kind, span, shared conditions, the fields that
    // carried the similarity, cohesion, and the corrections that shaped it.
    static QString explanationText(const ClusterExplanation &explanation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void appendBatch();

    std::vector<RootCauseCluster> m_clusters;
    std::size_t m_shown = 0; // clusters the model exposes; the rest follow batch by batch
    QTimer m_append;
};

} // namespace pegboard
