#include "changelistenerworker.h"

#include "changelistener.h"
#include "pgconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>
#include <pqxx/pqxx>

namespace pegboard {

class ChangeListenerWorker::Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection &c, ChangeListenerWorker *owner)
        : pqxx::notification_receiver(c, ChangeListener::Channel)
        , m_owner(owner)
    {}
    void operator()(const std::string &payload, int) override { m_owner->dispatch(payload); }

private:
    ChangeListenerWorker *m_owner;
};

ChangeListenerWorker::ChangeListenerWorker(QString url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_retry(new QTimer(this))
    , m_poll(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeListenerWorker::connectNow);
    connect(m_poll, &QTimer::timeout, this, &ChangeListenerWorker::poll);
}

ChangeListenerWorker::~ChangeListenerWorker()
{
    stop();
}

void ChangeListenerWorker::start()
{
    connectNow();
}

void ChangeListenerWorker::stop()
{
    m_retry->stop();
    m_poll->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_receiver.reset();
    m_poller.reset();
    m_connection.reset();
}

void ChangeListenerWorker::connectNow()
{
    auto connection = PgConnection::open(m_url);
    if (!connection) {
        if (!m_lostReported)
            emit connectionLost(connection.error().message);
        m_lostReported = true;
        retryLater();
        return;
    }
    m_connection = std::move(connection).value();
    m_retryDelayMs = 250;
    if (!tryListen())
        return;
    // Also after a first attempt that failed: the console said so, and catches up now.
    if (m_lostReported)
        emit connectionRestored();
    m_lostReported = false;
}

bool ChangeListenerWorker::tryListen()
{
    try {
        m_receiver = std::make_unique<Receiver>(*m_connection, this);
    } catch (const std::exception &e) {
        const QString reason = QString::fromUtf8(e.what()).trimmed();
        // A hot standby refuses LISTEN ("cannot execute LISTEN during recovery"); it still answers
        // queries, so read the changes instead. Anything else is a failure like any other.
        bool standby = false;
        try {
            pqxx::nontransaction tx(*m_connection);
            standby = tx.exec1("SELECT pg_is_in_recovery()")[0].as<bool>();
        } catch (const std::exception &) {
        }
        if (!standby) {
            dropConnection(reason);
            return false;
        }
        m_poller = std::make_unique<ChangePoller>();
        if (auto primed = m_poller->prime(*m_connection); !primed) {
            dropConnection(primed.error().message);
            return false;
        }
        m_poll->start(PollIntervalMs);
        emit stateChanged(true, true);
        if (!m_pollingAnnounced)
            emit pollingInstead(reason);
        m_pollingAnnounced = true;
        return true;
    }
    m_notifier = new QSocketNotifier(m_connection->sock(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListenerWorker::readNotifications);
    emit stateChanged(true, false);
    return true;
}

void ChangeListenerWorker::poll()
{
    if (!m_connection || !m_poller)
        return;
    auto changes = m_poller->poll(*m_connection);
    if (!changes) {
        dropConnection(changes.error().message);
        return;
    }
    if (changes->inserted > 0)
        emit issuesInserted(changes->inserted, changes->from, changes->to);
    for (const QUuid &id : std::as_const(changes->changed))
        emit issueChanged(id);
    if (!changes->inRecovery) {
        // Promoted: notifications work here now. Changes committed between this poll and the
        // LISTEN are covered by the refresh that a restored connection triggers.
        m_poll->stop();
        m_poller.reset();
        if (tryListen())
            emit connectionRestored();
    }
}

void ChangeListenerWorker::readNotifications()
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

void ChangeListenerWorker::dropConnection(const QString &reason)
{
    m_poll->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_receiver.reset();
    m_poller.reset();
    m_connection.reset();
    if (!m_lostReported)
        emit connectionLost(reason);
    m_lostReported = true;
    emit stateChanged(false, false);
    retryLater();
}

void ChangeListenerWorker::retryLater()
{
    m_retry->start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, 10000);
}

void ChangeListenerWorker::dispatch(const std::string &payload)
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
