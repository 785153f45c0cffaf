#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include <QDateTime>
#include <QObject>
#include <QUuid>
#include <memory>
#include <pqxx/connection>

class QSocketNotifier;
class QTimer;

namespace pegboard {

// LISTENs for the store's notifications on a connection of its own and turns them into signals.
// Event-driven (a socket notifier, no polling); a lost connection is retried with backoff and
// reported, so the console can say so in its status bar and catch up when it comes back.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Channel = "pegboard_issues";

    explicit ChangeListener(QString url, QObject *parent = nullptr);
    ~ChangeListener() override;

    void start();
    bool isConnected() const { return m_connection != nullptr; }

signals:
    void issuesInserted(qint64 count, const QDateTime &from, const QDateTime &to);
    void issueChanged(const QUuid &id);
    void connectionLost(const QString &reason);
    void connectionRestored();

private:
    class Receiver;
    void connectNow();
    void readNotifications();
    void dropConnection(const QString &reason);
    void dispatch(const std::string &payload);

    QString m_url;
    std::shared_ptr<pqxx::connection> m_connection;
    std::unique_ptr<Receiver> m_receiver;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr;
    int m_retryDelayMs = 250;
    bool m_everConnected = false;
};

} // namespace pegboard
