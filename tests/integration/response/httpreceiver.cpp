#include "httpreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

HttpReceiver::HttpReceiver(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString HttpReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

QList<HttpReceiver::Request> HttpReceiver::requests(const QString &path) const
{
    QList<Request> list;
    for (const Request &r : m_requests) {
        if (r.path == path)
            list << r;
    }
    return list;
}

QStringList HttpReceiver::invalid() const
{
    QStringList list;
    for (const Request &r : m_requests) {
        if (!r.invalid.isEmpty())
            list << r.path + QStringLiteral(": ") + r.invalid;
    }
    return list;
}

QString HttpReceiver::validatePagerDuty(const QJsonObject &j)
{
    if (j.value(QStringLiteral("routing_key")).toString().size() < 1)
        return QStringLiteral("routing_key missing");
    const QString action = j.value(QStringLiteral("event_action")).toString();
    if (action != QLatin1String("trigger") && action != QLatin1String("resolve") &&
        action != QLatin1String("acknowledge"))
        return QStringLiteral("event_action invalid");
    const QString dedup = j.value(QStringLiteral("dedup_key")).toString();
    if (dedup.size() > 255 || (action != QLatin1String("trigger") && dedup.isEmpty()))
        return QStringLiteral("dedup_key invalid");
    if (action == QLatin1String("trigger")) {
        const QJsonObject p = j.value(QStringLiteral("payload")).toObject();
        const QString summary = p.value(QStringLiteral("summary")).toString();
        if (summary.isEmpty() || summary.size() > 1024)
            return QStringLiteral("payload.summary invalid");
        if (p.value(QStringLiteral("source")).toString().isEmpty())
            return QStringLiteral("payload.source missing");
        static const QStringList severities{QStringLiteral("critical"), QStringLiteral("error"),
                                            QStringLiteral("warning"), QStringLiteral("info")};
        if (!severities.contains(p.value(QStringLiteral("severity")).toString()))
            return QStringLiteral("payload.severity invalid");
        if (p.contains(QStringLiteral("timestamp")) &&
            !QDateTime::fromString(p.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs)
                 .isValid())
            return QStringLiteral("payload.timestamp invalid");
    }
    return {};
}

QString HttpReceiver::validateSlack(const QJsonObject &j)
{
    const QJsonValue text = j.value(QStringLiteral("text"));
    const QJsonValue blocks = j.value(QStringLiteral("blocks"));
    if (!text.isString() && !blocks.isArray())
        return QStringLiteral("no_text");
    if (!blocks.isUndefined()) {
        if (!blocks.isArray() || blocks.toArray().size() > 50)
            return QStringLiteral("invalid_blocks");
        for (const QJsonValue &b : blocks.toArray()) {
            const QString type = b.toObject().value(QStringLiteral("type")).toString();
            if (type != QLatin1String("section") && type != QLatin1String("context") &&
                type != QLatin1String("divider") && type != QLatin1String("header"))
                return QStringLiteral("invalid_blocks");
        }
    }
    return {};
}

void HttpReceiver::handle(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Request r;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    r.path = QString::fromLatin1(requestLine.value(1));
    int length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        r.headers.insert(name, lines[i].mid(colon + 1).trimmed());
        if (name == "content-length")
            length = lines[i].mid(colon + 1).trimmed().toInt();
    }
    if (buffer.size() < end + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    r.body = buffer.mid(end + 4, length);
    r.json = QJsonDocument::fromJson(r.body).object();
    const bool pagerDuty = r.path.endsWith(QLatin1String("/v2/enqueue"));
    const bool slack = r.path.startsWith(QLatin1String("/slack/"));
    if (pagerDuty)
        r.invalid = validatePagerDuty(r.json);
    else if (slack)
        r.invalid = validateSlack(r.json);
    QList<int> &script = m_script[r.path];
    r.status = !r.invalid.isEmpty() ? 400 : !script.isEmpty() ? script.takeFirst() : pagerDuty ? 202 : 200;
    QByteArray answer;
    if (!r.invalid.isEmpty())
        answer = pagerDuty
                     ? QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("invalid event")},
                                                 {QStringLiteral("message"), r.invalid}})
                           .toJson(QJsonDocument::Compact)
                     : r.invalid.toUtf8();
    else if (pagerDuty && r.status == 202)
        answer = QJsonDocument(
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                 {QStringLiteral("message"), QStringLiteral("Event processed")},
                                 {QStringLiteral("dedup_key"), r.json.value(QStringLiteral("dedup_key"))}})
                     .toJson(QJsonDocument::Compact);
    else
        answer = r.status < 300 ? QByteArray("ok") : QByteArray("internal error");
    socket->write("HTTP/1.1 " + QByteArray::number(r.status) +
                  " X\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(answer.size()) +
                  "\r\nConnection: close\r\n\r\n" + answer);
    socket->disconnectFromHost();
    m_requests << r;
    emit received(r.path);
}
