#pragma once

#include "responseaction.h"

#include <QUrl>

namespace pegboard {

// PagerDuty Events API v2: a firing is a "trigger" with payload.summary/source/severity, its resolve
// a "resolve" with the same dedup_key, so one incident opens and closes one PagerDuty alert.
// Config: {"kind": "pagerduty", "routing_key": "$PD_ROUTING_KEY", "url": …, "source": …,
// "component": …, "group": …, "class": …}.
class PagerDutyAction : public ResponseAction
{
public:
    static inline const QString DefaultUrl = QStringLiteral("https://events.pagerduty.com/v2/enqueue");
    static Result<std::unique_ptr<ResponseAction>> create(const QString &where, const QJsonObject &config,
                                                          QNetworkAccessManager *network);
    QString kind() const override { return QStringLiteral("pagerduty"); }
    void deliver(const AlertEvent &event, Done done) override;
    QJsonObject body(const AlertEvent &event) const;

private:
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_url;
    QString m_routingKey;
    QString m_source;
    QString m_component;
    QString m_group;
    QString m_class;
};

} // namespace pegboard
