#include "httpconnection.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace pegboard {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Limits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_reader(limits.reader)
{
    socket->setParent(this);
    // Formatted once: every request's log lines name it, and formatting an address is not free.
    m_peer = socket->peerAddress().toString().toUtf8() + ':' + QByteArray::number(socket->peerPort());
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    // The timers are armed lazily: each request only notes times (a clock read), and a timer that
    // fires early re-arms itself for what is left. Restarting three timers per request cost more
    // than parsing it.
    m_idle.setSingleShot(true);
    m_lastActivity.start();
    // Never while the collector owes an answer: then the wait is ours, not the client's.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        const qint64 left = m_limits.idleTimeoutMs - m_lastActivity.elapsed();
        if (m_awaitingResponse || left > 0) {
            m_idle.start(m_awaitingResponse ? m_limits.idleTimeoutMs : int(left));
            return;
        }
        m_socket->abort();
        deleteLater();
    });
    m_headerTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, [this] {
        if (m_awaitingResponse || m_reader.state() != HttpRequestReader::State::Head ||
            !m_headStarted.isValid())
            return; // re-armed by the next head's first byte
        const qint64 left = m_limits.headerTimeoutMs - m_headStarted.elapsed();
        if (left > 0)
            m_headerTimer.start(int(left));
        else
            refuse(408, tr("request head not complete within %1 ms").arg(m_limits.headerTimeoutMs));
    });
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (m_awaitingResponse || m_reader.state() != HttpRequestReader::State::Body ||
            !m_bodyStarted.isValid())
            return;
        const qint64 left = m_limits.requestTimeoutMs - m_bodyStarted.elapsed();
        if (left > 0)
            m_requestTimer.start(int(left));
        else
            refuse(408, tr("request body not complete within %1 ms").arg(m_limits.requestTimeoutMs));
    });
    m_idle.start(limits.idleTimeoutMs);
}

QByteArray HttpConnection::peer() const
{
    return m_peer;
}

void HttpConnection::readAvailable()
{
    m_lastActivity.start();
    if (m_discard > 0) {
        // Reading the refused body before closing lets the client see the 413: closing with
        // unread data makes the kernel send a reset that can destroy the answer in flight.
        m_discard -= m_socket->skip(m_discard);
        if (m_discard <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    if (m_awaitingResponse)
        return; // the next request waits in the socket until this one is answered
    if (m_buffer.isEmpty())
        m_buffer = m_socket->readAll(); // the usual case: no copy of what the socket holds
    else
        m_buffer += m_socket->readAll();
    process();
}

void HttpConnection::process()
{
    if (m_buffer.isEmpty())
        return;
    if (m_reader.state() == HttpRequestReader::State::Head && !m_headStarted.isValid()) {
        m_headStarted.start(); // from the first byte of this request's head
        if (!m_headerTimer.isActive())
            m_headerTimer.start(m_limits.headerTimeoutMs);
    }
    const std::size_t used = m_reader.feed(m_buffer.constData(), std::size_t(m_buffer.size()));
    m_buffer.remove(0, qsizetype(used));
    switch (m_reader.state()) {
    case HttpRequestReader::State::Head:
        return;
    case HttpRequestReader::State::Refused: {
        const qint64 announced = qint64(std::min<std::uint64_t>(m_reader.refusedBodyLength(), 64 << 20));
        // Up to 64 MiB of a refused body is read and dropped so the client sees the answer.
        refuse(m_reader.refusalStatus(), m_reader.refusalReason(),
               std::max<qint64>(0, announced - m_buffer.size()));
        return;
    }
    case HttpRequestReader::State::Body:
        m_headStarted.invalidate();
        if (!m_bodyStarted.isValid()) {
            m_bodyStarted.start();
            if (!m_requestTimer.isActive())
                m_requestTimer.start(m_limits.requestTimeoutMs);
        }
        if (m_reader.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpRequestReader::State::Complete:
        break;
    }
    m_headStarted.invalidate();
    m_bodyStarted.invalidate();
    m_continueSent = false;
    m_keepAlive = m_reader.keepAlive();
    m_awaitingResponse = true;
    m_sinceRequest.start();
    emit requestReceived(m_reader.take());
}

void HttpConnection::refuse(int status, const QString &reason, qint64 discardBytes)
{
    m_headStarted.invalidate();
    m_bodyStarted.invalidate();
    m_buffer.clear();
    m_discard = discardBytes;
    // The stream position is unknown after a refused head, so the connection ends with the answer.
    m_keepAlive = false;
    m_awaitingResponse = true;
    emit refused(status, reason);
    respond(status, reason.toUtf8() + '\n', "text/plain; charset=utf-8");
}

void HttpConnection::refuseAtOnce(int status, const QString &reason, int retryAfterSeconds)
{
    m_keepAlive = false;
    m_awaitingResponse = true;
    emit refused(status, reason);
    respond(status, reason.toUtf8() + '\n', "text/plain; charset=utf-8",
            {{"Retry-After", QByteArray::number(retryAfterSeconds)}});
}

void HttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType,
                             const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    if (!m_awaitingResponse || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head +=
        "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    head += body;
    m_socket->write(head);
    // Sent now rather than on the next loop pass through the write notifier: one event-loop
    // round trip and two notifier toggles less per answer.
    m_socket->flush();
    m_awaitingResponse = false;
    if (m_sinceRequest.isValid()) {
        emit answered(status, m_sinceRequest.nsecsElapsed() / 1e9);
        m_sinceRequest.invalidate();
    }
    m_lastActivity.start();
    if (!m_keepAlive) {
        if (m_discard <= 0)
            m_socket->disconnectFromHost();
        else if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

} // namespace pegboard
