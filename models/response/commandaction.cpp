#include "commandaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::CommandAction", text);
}
} // namespace

Result<std::unique_ptr<ResponseAction>> CommandAction::create(const QString &where, const QJsonObject &config,
                                                              QNetworkAccessManager *)
{
    auto action = std::make_unique<CommandAction>();
    action->m_program = config.value(QStringLiteral("program")).toString();
    if (action->m_program.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("%1.program: required").arg(where));
    const QJsonValue args = config.value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isArray())
        return Error::make(Error::Code::InvalidInput, tr("%1.args: must be a list of strings").arg(where));
    for (const QJsonValue &a : args.toArray()) {
        if (!a.isString())
            return Error::make(Error::Code::InvalidInput,
                               tr("%1.args: must be a list of strings").arg(where));
        action->m_args << a.toString();
    }
    const double timeout = config.value(QStringLiteral("timeout_s")).toDouble(30);
    if (!(timeout > 0 && timeout <= 3600))
        return Error::make(Error::Code::InvalidInput, tr("%1.timeout_s: must lie within 0–3600").arg(where));
    action->m_timeoutMs = int(timeout * 1000);
    return std::unique_ptr<ResponseAction>(std::move(action));
}

void CommandAction::deliver(const AlertEvent &event, Done done)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEGBOARD_ALERT_EVENT"), event.kindName());
    env.insert(QStringLiteral("PEGBOARD_ALERT_RULE"), event.rule);
    env.insert(QStringLiteral("PEGBOARD_ALERT_SYMBOL"), event.symbol);
    env.insert(QStringLiteral("PEGBOARD_ALERT_METRIC"), event.metric);
    env.insert(QStringLiteral("PEGBOARD_ALERT_VALUE"), QString::number(event.value, 'g', 10));
    env.insert(QStringLiteral("PEGBOARD_ALERT_SEVERITY"), event.severity);
    env.insert(QStringLiteral("PEGBOARD_ALERT_SUMMARY"), event.summary);
    env.insert(QStringLiteral("PEGBOARD_ALERT_DEDUP_KEY"), event.dedupKey);
    process->setProcessEnvironment(env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, finished, done](const ActionOutcome &outcome) {
        if (*finished)
            return;
        *finished = true;
        process->deleteLater();
        done(outcome);
    };
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, finish](QProcess::ProcessError error) {
                         if (error == QProcess::FailedToStart)
                             finish({ActionOutcome::Status::Failed,
                                     tr("cannot start: %1").arg(process->errorString()), -1});
                     });
    QObject::connect(
        process, &QProcess::finished, process, [process, finish](int code, QProcess::ExitStatus status) {
            const QString output = QString::fromUtf8(process->readAll().left(512)).trimmed();
            if (status == QProcess::NormalExit && code == 0)
                finish({ActionOutcome::Status::Delivered, output, -1});
            else
                finish({ActionOutcome::Status::Retry,
                        status == QProcess::NormalExit ? tr("exit status %1: %2").arg(code).arg(output)
                                                       : tr("crashed: %1").arg(output),
                        -1});
        });
    QTimer::singleShot(m_timeoutMs, process, [process] { process->kill(); });
    process->start(m_program, m_args);
    process->write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
    process->closeWriteChannel();
}

} // namespace pegboard
