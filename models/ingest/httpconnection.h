#pragma once

#include "webhookrequest.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pegboard {

// One HTTP/1.1 client connection of the collector: parses requests, enforces the body limit from
// Content-Length before reading the body (a 2 MiB post is refused without being buffered), and
// holds the answer back until respond() — the collector answers only once a report is durable.
// One request at a time per connection, so keep-alive answers stay in order.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    // A client that sends nothing for this long (mid-request or idle on keep-alive) is dropped, so
    // slow or abandoned connections cannot pile up.
    static constexpr int IdleTimeoutMs = 30000;

    HttpConnection(QTcpSocket *socket, qsizetype maxBodyBytes, QObject *parent = nullptr);

    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    QByteArray peer() const;

signals:
    void requestReceived(const pegboard::WebhookRequest &request);
    // The request was refused while parsing (400/411/413/431/505); already answered.
    void refused(int status, const QString &reason);

private:
    void readAvailable();
    bool parseHead();
    void refuse(int status, const QString &reason, qint64 discardBytes = 0);

    QTcpSocket *m_socket;
    qsizetype m_maxBodyBytes;
    QByteArray m_buffer;
    WebhookRequest m_request;
    qsizetype m_bodyLength = -1; // -1 while the head is incomplete
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    QTimer m_idle;
    qint64 m_discard = 0; // body bytes of a refused request still to be read and dropped
};

} // namespace pegboard
