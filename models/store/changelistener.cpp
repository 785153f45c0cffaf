#include "changelistener.h"

#include "pgconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <pqxx/pqxx>

namespace pegboard {

class ChangeListener::Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection &c, ChangeListener *owner)
        : pqxx::notification_receiver(c, ChangeListener::Channel)
        , m_owner(owner)
    {}
    void operator()(const std::string &payload, int) override { m_owner->dispatch(payload); }

private:
    ChangeListener *m_owner;
};

ChangeListener::ChangeListener(QString url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeListener::connectNow);
}

ChangeListener::~ChangeListener()
{
    delete m_notifier;
    m_receiver.reset();
}

void ChangeListener::start()
{
    connectNow();
}

void ChangeListener::connectNow()
{
    auto connection = PgConnection::open(m_url);
    if (!connection) {
        if (m_everConnected || m_retryDelayMs == 250)
            emit connectionLost(connection.error().message);
        m_retry->start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, 10000);
        return;
    }
    m_connection = std::move(connection).value();
    try {
        m_receiver = std::make_unique<Receiver>(*m_connection, this);
    } catch (const std::exception &e) {
        dropConnection(QString::fromUtf8(e.what()));
        return;
    }
    m_notifier = new QSocketNotifier(m_connection->sock(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::readNotifications);
    m_retryDelayMs = 250;
    if (m_everConnected)
        emit connectionRestored();
    m_everConnected = true;
}

void ChangeListener::readNotifications()
{
    try {
        m_connection->get_notifs();
        // get_notifs does not notice a closed socket by itself; a cheap check tells.
        if (!m_connection->is_open())
            dropConnection(tr("The database closed the connection."));
    } catch (const std::exception &e) {
        dropConnection(QString::fromUtf8(e.what()).trimmed());
    }
}

void ChangeListener::dropConnection(const QString &reason)
{
    delete m_notifier;
    m_notifier = nullptr;
    m_receiver.reset();
    m_connection.reset();
    emit connectionLost(reason);
    m_retry->start(m_retryDelayMs);
}

void ChangeListener::dispatch(const std::string &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
    const QString event = o.value(QStringLiteral("event")).toString();
    if (event == QLatin1String("inserted")) {
        emit issuesInserted(
            o.value(QStringLiteral("count")).toInteger(),
            QDateTime::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs));
    } else if (event == QLatin1String("changed")) {
        emit issueChanged(QUuid::fromString(o.value(QStringLiteral("id")).toString()));
    }
}

} // namespace pegboard
