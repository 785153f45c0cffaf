#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>

// A real local HTTP/1.1 receiver standing in for PagerDuty and Slack: it validates each body
// against the service's documented shape (answering 400 with the reason if it does not match, as
// the services do) and answers with scripted statuses, so tests see what the services would.
class HttpReceiver : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json;
        int status = 0;
        QString invalid; // why the shape was refused, if it was
    };

    explicit HttpReceiver(QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const;
    // The next answers for this path (then the default: PagerDuty 202, Slack 200 "ok", others 200).
    void script(const QString &path, QList<int> statuses) { m_script[path] = std::move(statuses); }
    QList<Request> requests(const QString &path) const;
    int count(const QString &path) const { return int(requests(path).size()); }
    QStringList invalid() const;

    static QString validatePagerDuty(const QJsonObject &json);
    static QString validateSlack(const QJsonObject &json);

signals:
    void received(const QString &path);

private:
    void handle(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, QList<int>> m_script;
    QList<Request> m_requests;
};
