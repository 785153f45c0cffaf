#pragma once

#include "responseaction.h"

#include <QUrl>

namespace pegboard {

// A generic JSON webhook: the event as JSON, signed so the receiver knows it came from us and was
// not changed: X-Pegboard-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the secret>.
// The body carries "sent_at" and the incident key, so a receiver can refuse replays.
// Config: {"kind": "webhook", "url": …, "secret": "$WEBHOOK_SECRET"}.
class WebhookAction : public ResponseAction
{
public:
    static Result<std::unique_ptr<ResponseAction>> create(const QString &where, const QJsonObject &config,
                                                          QNetworkAccessManager *network);
    QString kind() const override { return QStringLiteral("webhook"); }
    void deliver(const AlertEvent &event, Done done) override;
    static QByteArray signature(const QByteArray &secret, const QByteArray &body);

private:
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_url;
    QByteArray m_secret;
};

} // namespace pegboard
