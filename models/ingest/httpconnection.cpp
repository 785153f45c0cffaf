#include "httpconnection.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace pegboard {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
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
    case 411:
        return "Length Required";
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

HttpConnection::HttpConnection(QTcpSocket *socket, qsizetype maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleTimeoutMs);
    // Never while the collector owes an answer: then the wait is ours, not the client's.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_awaitingResponse) {
            m_socket->abort();
            deleteLater();
        }
    });
    m_idle.start();
}

QByteArray HttpConnection::peer() const
{
    return m_socket->peerAddress().toString().toUtf8() + ':' + QByteArray::number(m_socket->peerPort());
}

void HttpConnection::readAvailable()
{
    m_idle.start();
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
    m_buffer += m_socket->readAll();
    if (m_bodyLength < 0 && !parseHead())
        return;
    if (m_bodyLength < 0 || m_buffer.size() < m_bodyLength)
        return;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    m_awaitingResponse = true;
    m_request.receivedAt = QDateTime::currentDateTimeUtc();
    emit requestReceived(m_request);
}

bool HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            refuse(431, tr("request head larger than 64 KiB"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        refuse(requestLine.size() == 3 ? 505 : 400, tr("malformed request line"));
        return false;
    }
    m_request = WebhookRequest();
    m_request.method = requestLine[0];
    m_request.path = requestLine[1].left(requestLine[1].indexOf('?') < 0 ? requestLine[1].size()
                                                                         : requestLine[1].indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0) {
            refuse(400, tr("malformed header line"));
            return false;
        }
        m_request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_request.header("connection").toLower();
    m_keepAlive = requestLine[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    if (!m_request.header("transfer-encoding").isEmpty()) {
        refuse(411, tr("chunked bodies are not accepted; send Content-Length"));
        return false;
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    const qint64 bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || bodyLength < 0) {
        refuse(400, tr("malformed Content-Length"));
        return false;
    }
    if (bodyLength > m_maxBodyBytes) {
        // Up to 64 MiB is read and dropped so the client sees the answer; beyond that, just close.
        refuse(413, tr("body of %1 bytes exceeds the limit of %2 bytes").arg(bodyLength).arg(m_maxBodyBytes),
               std::max<qint64>(0, std::min<qint64>(bodyLength, 64 << 20) - m_buffer.size()));
        return false;
    }
    m_bodyLength = bodyLength;
    return true;
}

void HttpConnection::refuse(int status, const QString &reason, qint64 discardBytes)
{
    m_buffer.clear();
    m_discard = discardBytes;
    // The stream position is unknown after a refused head, so the connection ends with the answer.
    m_keepAlive = false;
    m_awaitingResponse = true;
    emit refused(status, reason);
    respond(status, reason.toUtf8() + '\n', "text/plain; charset=utf-8");
}

void HttpConnection::respond(int status, const QByteArray &body, const QByteArray &contentType)
{
    if (!m_awaitingResponse || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head +=
        "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head + body);
    m_awaitingResponse = false;
    m_idle.start();
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
