#pragma once

#include <QCryptographicHash>
#include <QEventLoop>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pegboard::test {

// Real HTTP to a running collector, for the ingest tests and the throughput benchmark.
class WebhookClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection refused or reset)
        QByteArray body;
    };

    explicit WebhookClient(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {}

    static QByteArray githubSignature(const QByteArray &secret, const QByteArray &body)
    {
        return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    }

    QNetworkRequest request(const QString &path,
                            const QList<std::pair<QByteArray, QByteArray>> &headers) const
    {
        QNetworkRequest r(QUrl(m_base + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            r.setRawHeader(name, value);
        return r;
    }

    QNetworkReply *postAsync(const QString &path, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return m_nam.post(request(path, headers), body);
    }

    static Reply wait(QNetworkReply *reply, int timeoutMs = 30000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return out;
    }

    Reply post(const QString &path, const QByteArray &body,
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return wait(postAsync(path, body, headers));
    }

    Reply postGitHub(const QByteArray &secret, const QByteArray &event, const QByteArray &delivery,
                     const QByteArray &body)
    {
        return post(QStringLiteral("/webhooks/github"), body,
                    {{"X-GitHub-Event", event},
                     {"X-GitHub-Delivery", delivery},
                     {"X-Hub-Signature-256", githubSignature(secret, body)}});
    }

    Reply get(const QString &path) { return wait(m_nam.get(QNetworkRequest(QUrl(m_base + path)))); }

    QNetworkAccessManager &manager() { return m_nam; }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

} // namespace pegboard::test
