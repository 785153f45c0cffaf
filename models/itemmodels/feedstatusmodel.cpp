#include "feedstatusmodel.h"

#include "domain/numberformat.h"
#include "feeds/feedclient.h"

#include <QTimer>

namespace pegboard {

FeedStatusModel::FeedStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &FeedStatusModel::refresh);
    m_timer->start(1000);
}

void FeedStatusModel::addClient(FeedClient *client)
{
    if (!client || m_clients.contains(client))
        return;
    beginInsertRows({}, int(m_clients.size()), int(m_clients.size()));
    m_clients.append(client);
    endInsertRows();
    // A destroyed client leaves its row; the QPointer tells us which one.
    connect(client, &QObject::destroyed, this, [this] {
        for (int row = int(m_clients.size()) - 1; row >= 0; --row) {
            if (m_clients.at(row).isNull()) {
                beginRemoveRows({}, row, row);
                m_clients.removeAt(row);
                endRemoveRows();
            }
        }
    });
}

void FeedStatusModel::removeClient(FeedClient *client)
{
    const int row = int(m_clients.indexOf(client));
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_clients.removeAt(row);
    endRemoveRows();
}

void FeedStatusModel::setRefreshInterval(int ms)
{
    m_timer->start(std::max(10, ms));
}

int FeedStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int FeedStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedClient *client = m_clients.at(index.row()).data();
    if (!client)
        return {};
    const FeedCounters c = client->counters();
    if (role == Qt::TextAlignmentRole && index.column() >= Messages)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole; // numbers for sorting and tests, text for people
    switch (Column(index.column())) {
    case Name:
        return client->name();
    case Url:
        return client->currentUrl().toString();
    case State:
        if (raw)
            return int(client->state());
        return client->isStale() ? tr("%1 (stale)").arg(FeedClient::stateName(client->state()))
                                 : FeedClient::stateName(client->state());
    case Messages:
        return c.messages;
    case Malformed:
        return c.malformed;
    case Reconnects:
        return c.reconnects;
    case LastMessageAge: {
        const qint64 age = client->lastMessageAgeMs();
        if (raw)
            return age;
        return age < 0 ? tr("never") : tr("%1 s").arg(NumberFormat::decimal(double(age) / 1000.0, 1));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FeedStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Feed");
    case Url:
        return tr("URL in use");
    case State:
        return tr("State");
    case Messages:
        return tr("Messages");
    case Malformed:
        return tr("Malformed");
    case Reconnects:
        return tr("Reconnects");
    case LastMessageAge:
        return tr("Last message");
    case ColumnCount:
        break;
    }
    return {};
}

void FeedStatusModel::refresh()
{
    if (!m_clients.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace pegboard
