#pragma once

#include "responseaction.h"

#include <QUrl>

namespace pegboard {

// Slack incoming webhook: {"text": …} with, unless "blocks": false, a section and a context block
// (the text stays as the notification fallback). The webhook URL is itself the secret: write it
// "$SLACK_WEBHOOK_URL". Config: {"kind": "slack", "url": …, "blocks": true}.
class SlackAction : public ResponseAction
{
public:
    static Result<std::unique_ptr<ResponseAction>> create(const QString &where, const QJsonObject &config,
                                                          QNetworkAccessManager *network);
    QString kind() const override { return QStringLiteral("slack"); }
    void deliver(const AlertEvent &event, Done done) override;
    QJsonObject body(const AlertEvent &event) const;

private:
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_url;
    bool m_blocks = true;
};

} // namespace pegboard
