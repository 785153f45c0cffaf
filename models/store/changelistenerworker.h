#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "changepoller.h"

#include <QDateTime>
#include <QObject>
#include <QUuid>
#include <memory>
#include <pqxx/connection>

class QSocketNotifier;
class QTimer;

namespace pegboard {

// ChangeListener's work, on the listener's own thread: connecting (which can take a TCP timeout),
// LISTEN, reading notifications, and where LISTEN is refused, polling with a ChangePoller.
// Every signal means one thing happened: no repeated "lost" while an outage lasts.
class ChangeListenerWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int PollIntervalMs = 1000;
    explicit ChangeListenerWorker(QString url, QObject *parent = nullptr);
    ~ChangeListenerWorker() override;

public slots:
    void start();
    void stop();

signals:
    void issuesInserted(qint64 count, const QDateTime &from, const QDateTime &to);
    void issueChanged(const QUuid &id);
    void connectionLost(const QString &reason);
    void connectionRestored();
    // connected: true once listening (LISTEN) or polling; polling: which of the two.
    void stateChanged(bool connected, bool polling);
    void pollingInstead(const QString &reason);

private:
    class Receiver;
    void connectNow();
    bool tryListen();
    void startPolling();
    void poll();
    void readNotifications();
    void dropConnection(const QString &reason);
    void dispatch(const std::string &payload);
    void retryLater();

    QString m_url;
    std::shared_ptr<pqxx::connection> m_connection;
    std::unique_ptr<Receiver> m_receiver;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr;
    QTimer *m_poll = nullptr;
    std::unique_ptr<ChangePoller> m_poller;
    int m_retryDelayMs = 250;
    bool m_lostReported = false;
    bool m_pollingAnnounced = false;
};

} // namespace pegboard
