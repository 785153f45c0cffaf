#include "httpdelivery.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pegboard {

void HttpDelivery::post(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers, ResponseAction::Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("User-Agent", "pegboard-watch");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(TimeoutMs);
    // A redirect could carry the body and its signature somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll().left(512);
        ActionOutcome outcome;
        if (status >= 200 && status < 300) {
            outcome.message = QStringLiteral("HTTP %1").arg(status);
            done(outcome);
            return;
        }
        if (status == 0) {
            outcome.status = ActionOutcome::Status::Retry;
            outcome.message = reply->errorString();
            done(outcome);
            return;
        }
        const bool retry = status == 408 || status == 425 || status == 429 || status >= 500;
        outcome.status = retry ? ActionOutcome::Status::Retry : ActionOutcome::Status::Failed;
        outcome.message = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer).trimmed());
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            outcome.retryAfterMs = seconds * 1000;
        done(outcome);
    });
}

Result<QUrl> HttpDelivery::parseUrl(const QString &where, const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::HttpDelivery", "%1: must be an http:// or https:// URL")
                .arg(where));
    return url;
}

} // namespace pegboard
