#pragma once

#include "httprequestreader.h"
#include "webhookrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pegboard {

// One HTTP/1.1 client connection of the collector: feeds the socket's bytes to HttpRequestReader
// (Boost.Beast underneath) and holds the answer back until respond() — the collector answers only
// once a report is durable. One request at a time per connection, so keep-alive answers stay in
// order; a pipelined next request waits in the socket. Slow clients are cut: the head must be
// complete within headerTimeoutMs of its first byte (slowloris), the whole request within
// requestTimeoutMs, and a connection silent for idleTimeoutMs is closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        HttpRequestReader::Limits reader;
        int headerTimeoutMs = 10000;
        int requestTimeoutMs = 60000;
        int idleTimeoutMs = 30000;
    };

    HttpConnection(QTcpSocket *socket, Limits limits, QObject *parent = nullptr);

    void respond(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                 const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
    // Answers at once, without reading a request, and closes: for a collector at its connection cap.
    void refuseAtOnce(int status, const QString &reason, int retryAfterSeconds);
    QByteArray peer() const;

signals:
    void requestReceived(const pegboard::WebhookRequest &request);
    // The request was refused while parsing (400/408/413/431/505); already answered.
    void refused(int status, const QString &reason);
    // A received request was answered, this long after it was complete.
    void answered(int status, double seconds);

private:
    void readAvailable();
    void process();
    void refuse(int status, const QString &reason, qint64 discardBytes = 0);

    QTcpSocket *m_socket;
    Limits m_limits;
    HttpRequestReader m_reader;
    QByteArray m_buffer;
    QByteArray m_peer;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_continueSent = false;
    QTimer m_idle;
    QTimer m_headerTimer;
    QTimer m_requestTimer;
    QElapsedTimer m_sinceRequest;
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_headStarted; // invalid while no head is being read
    QElapsedTimer m_bodyStarted; // invalid while no body is being read
    qint64 m_discard = 0;        // body bytes of a refused request still to be read and dropped
};

} // namespace pegboard
