#pragma once

#include "feedadapter.h"
#include "feedcounters.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <atomic>
#include <memory>

class QTimer;
class QWebSocket;

namespace pegboard {

// One websocket feed: connects to its URL, hands frames to its adapter and emits the samples.
// Reconnects with capped exponential backoff and jitter; a URL that cannot be reached fails over to
// the next one (round robin), while a working connection that drops is retried on the same URL.
// May live on a worker thread (moveToThread before start()); counters() is safe from any thread.
class FeedClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected,
        Waiting, // backing off before the next attempt
        Stopped,
    };
    Q_ENUM(State)

    FeedClient(QString name, std::unique_ptr<FeedAdapter> adapter, QList<QUrl> urls,
               QObject *parent = nullptr);
    ~FeedClient() override;

    void setStaleAfter(int ms) { m_staleAfterMs = ms; }
    void setBackoff(int initialMs, int maxMs);
    // A server that accepts TCP but never completes the handshake counts as dead after this.
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }

    QString name() const { return m_name; }
    QString adapterName() const;
    QList<QUrl> urls() const { return m_urls; }
    QUrl currentUrl() const;
    State state() const { return m_state.load(); }
    bool isStale() const { return m_stale.load(); }
    FeedCounters counters() const;
    // -1 while no message has arrived yet.
    qint64 lastMessageAgeMs() const;

    static QString stateName(State state);

public slots:
    void start();
    void stop();

signals:
    void samplesReceived(const std::vector<pegboard::FeedSample> &samples);
    void frameRefused(const pegboard::FeedRefusal &refusal);
    void stateChanged(pegboard::FeedClient::State state);
    void connectedTo(const QUrl &url);
    void staleChanged(bool stale);

private:
    void openCurrent();
    void onConnected();
    void onFrame(const QByteArray &frame);
    void attemptEnded();
    void scheduleNext(bool sameUrl);
    void checkStale();
    void setState(State state);

    QString m_name;
    std::unique_ptr<FeedAdapter> m_adapter;
    QList<QUrl> m_urls;
    QPointer<QWebSocket> m_socket;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_staleTimer = nullptr;
    std::atomic<int> m_urlIndex{0};
    int m_failures = 0; // consecutive failed attempts; drives the backoff
    bool m_attemptActive = false;
    bool m_attemptConnected = false;
    bool m_started = false;
    int m_backoffInitialMs = 250;
    int m_backoffMaxMs = 10000;
    int m_connectTimeoutMs = 5000;
    int m_staleAfterMs = 15000;
    qint64 m_startedMs = 0;
    std::atomic<State> m_state{State::Idle};
    std::atomic<bool> m_stale{false};
    std::atomic<qint64> m_messages{0};
    std::atomic<qint64> m_samples{0};
    std::atomic<qint64> m_malformed{0};
    std::atomic<qint64> m_reconnects{0};
    std::atomic<qint64> m_lastMessageMs{0};
};

} // namespace pegboard
