#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QTimer;

namespace pegboard {

class FeedClient;

// One row per feed for the feed-status panel: name, URL in use, state, counters and the age of the
// last message. Clients may run on worker threads; the model reads their thread-safe accessors on
// a timer and never blocks on them.
class FeedStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Url,
        State,
        Messages,
        Malformed,
        Reconnects,
        LastMessageAge,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit FeedStatusModel(QObject *parent = nullptr);

    void addClient(FeedClient *client);
    void removeClient(FeedClient *client);
    void setRefreshInterval(int ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refresh();

private:
    QList<QPointer<FeedClient>> m_clients;
    QTimer *m_timer = nullptr;
};

} // namespace pegboard
