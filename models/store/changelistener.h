#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QUuid>

namespace pegboard {

class ChangeListenerWorker;

// Turns the store's changes into signals: LISTENs for its notifications on a connection of its own,
// or, where the server refuses LISTEN (a hot standby), polls for reports received past a watermark
// every second and says so once (pollingInstead). The connection lives on a thread of its own, so
// connecting to a slow or absent server never blocks the caller's (GUI) thread. A lost connection
// is reported once, retried with backoff, and its return reported, so the console can say so in
// its status bar and catch up.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *Channel = "pegboard_issues";

    explicit ChangeListener(QString url, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Connects in the background; connectedChanged() tells when it is up.
    void start();
    bool isConnected() const { return m_connected; }
    // True while changes are read by polling because the server refused LISTEN.
    bool isPolling() const { return m_polling; }

signals:
    void issuesInserted(qint64 count, const QDateTime &from, const QDateTime &to);
    void issueChanged(const QUuid &id);
    void connectionLost(const QString &reason);
    void connectionRestored();
    void connectedChanged(bool connected);
    // Once per listener: the server refused LISTEN (reason is its message), so changes are polled,
    // at most ChangeListenerWorker::PollIntervalMs behind.
    void pollingInstead(const QString &reason);

private:
    QThread m_thread;
    ChangeListenerWorker *m_worker;
    bool m_connected = false;
    bool m_polling = false;
};

} // namespace pegboard
