#include "feedclient.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace pegboard {

FeedClient::FeedClient(QString name, std::unique_ptr<FeedAdapter> adapter, QList<QUrl> urls, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_adapter(std::move(adapter))
    , m_urls(std::move(urls))
    , m_retryTimer(new QTimer(this))
    , m_connectTimer(new QTimer(this))
    , m_staleTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_connectTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &FeedClient::openCurrent);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        attemptEnded();
    });
    connect(m_staleTimer, &QTimer::timeout, this, &FeedClient::checkStale);
}

FeedClient::~FeedClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void FeedClient::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = std::max(1, initialMs);
    m_backoffMaxMs = std::max(m_backoffInitialMs, maxMs);
}

QString FeedClient::adapterName() const
{
    return m_adapter ? m_adapter->name() : QString();
}

QUrl FeedClient::currentUrl() const
{
    return m_urls.isEmpty() ? QUrl() : m_urls.value(m_urlIndex.load() % m_urls.size());
}

FeedCounters FeedClient::counters() const
{
    return {m_messages.load(), m_samples.load(), m_malformed.load(), m_reconnects.load(),
            m_lastMessageMs.load()};
}

qint64 FeedClient::lastMessageAgeMs() const
{
    const qint64 last = m_lastMessageMs.load();
    return last == 0 ? -1 : QDateTime::currentMSecsSinceEpoch() - last;
}

QString FeedClient::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Connecting:
        return tr("connecting");
    case State::Connected:
        return tr("connected");
    case State::Waiting:
        return tr("reconnecting");
    case State::Stopped:
        return tr("stopped");
    }
    return {};
}

void FeedClient::start()
{
    if (m_urls.isEmpty() || !m_adapter) {
        setState(State::Stopped);
        return;
    }
    m_started = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_urlIndex = 0;
    m_staleTimer->start(std::clamp(m_staleAfterMs / 4, 10, 1000));
    openCurrent();
}

void FeedClient::stop()
{
    m_started = false;
    m_retryTimer->stop();
    m_connectTimer->stop();
    m_staleTimer->stop();
    m_attemptActive = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    setState(State::Stopped);
}

void FeedClient::openCurrent()
{
    if (!m_started)
        return;
    // A fresh socket per attempt, so late signals of an abandoned one cannot end the new attempt.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &FeedClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &FeedClient::attemptEnded);
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            &FeedClient::attemptEnded);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { onFrame(text.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &FeedClient::onFrame);
    m_attemptActive = true;
    m_attemptConnected = false;
    setState(State::Connecting);
    m_connectTimer->start(m_connectTimeoutMs);
    m_socket->open(currentUrl());
}

void FeedClient::onConnected()
{
    m_connectTimer->stop();
    m_attemptConnected = true;
    m_failures = 0;
    setState(State::Connected);
    for (const QByteArray &message : m_adapter->subscribeMessages())
        m_socket->sendTextMessage(QString::fromUtf8(message));
    emit connectedTo(currentUrl());
}

void FeedClient::onFrame(const QByteArray &frame)
{
    ++m_messages;
    m_lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (m_stale.exchange(false))
        emit staleChanged(false);
    FeedParse parsed = m_adapter->parse(frame);
    if (!parsed) {
        ++m_malformed;
        emit frameRefused(parsed.error());
        return;
    }
    if (parsed->empty())
        return;
    m_samples += qint64(parsed->size());
    emit samplesReceived(*parsed);
}

void FeedClient::attemptEnded()
{
    if (!m_attemptActive || !m_started)
        return;
    m_attemptActive = false;
    m_connectTimer->stop();
    if (m_socket)
        m_socket->abort();
    // A connection that worked and dropped is retried where it was; one that never came up moves on.
    scheduleNext(m_attemptConnected);
}

void FeedClient::scheduleNext(bool sameUrl)
{
    ++m_reconnects;
    if (!sameUrl)
        m_urlIndex = (m_urlIndex.load() + 1) % m_urls.size();
    // Backoff grows only once every URL has failed in a row, so a fallback is tried promptly.
    const int rounds = sameUrl ? 0 : (++m_failures) / int(m_urls.size());
    const qint64 capped =
        std::min<qint64>(m_backoffMaxMs, qint64(m_backoffInitialMs) << std::min(rounds, 20));
    // Jitter in [delay/2, delay] keeps many consoles from reconnecting to a recovering server in lockstep.
    const int delay = int(capped / 2 + QRandomGenerator::global()->bounded(capped / 2 + 1));
    setState(State::Waiting);
    m_retryTimer->start(delay);
}

void FeedClient::checkStale()
{
    const qint64 since = m_lastMessageMs.load() ? m_lastMessageMs.load() : m_startedMs;
    const bool stale = QDateTime::currentMSecsSinceEpoch() - since > m_staleAfterMs;
    if (stale != m_stale.load()) {
        m_stale = stale;
        emit staleChanged(stale);
    }
}

void FeedClient::setState(State state)
{
    if (m_state.exchange(state) != state)
        emit stateChanged(state);
}

} // namespace pegboard
