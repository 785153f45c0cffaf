#pragma once

#include "responseaction.h"

#include <QStringList>

namespace pegboard {

// A local command, run without a shell: the event as JSON on stdin and in PEGBOARD_ALERT_* variables.
// Exit status 0 is delivered; anything else (or no exit within timeout_s) is retried.
// Config: {"kind": "command", "program": "/usr/local/bin/raise-oracle-frequency", "args": […],
// "timeout_s": 30}.
class CommandAction : public ResponseAction
{
public:
    static Result<std::unique_ptr<ResponseAction>> create(const QString &where, const QJsonObject &config,
                                                          QNetworkAccessManager *network);
    QString kind() const override { return QStringLiteral("command"); }
    void deliver(const AlertEvent &event, Done done) override;

private:
    QString m_program;
    QStringList m_args;
    int m_timeoutMs = 30000;
};

} // namespace pegboard
