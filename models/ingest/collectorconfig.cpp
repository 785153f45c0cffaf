#include "collectorconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pegboard {

void CollectorConfig::loadEnvironment()
{
    const QList<std::pair<QString, const char *>> variables{
        {QStringLiteral("github"), "PEGBOARD_GITHUB_WEBHOOK_SECRET"},
        {QStringLiteral("slack"), "PEGBOARD_SLACK_SIGNING_SECRET"},
        {QStringLiteral("datadog"), "PEGBOARD_DATADOG_TOKEN"},
        {QStringLiteral("ingest"), "PEGBOARD_INGEST_TOKEN"},
        {QStringLiteral("discord"), "PEGBOARD_DISCORD_TOKEN"}};
    for (const auto &[source, variable] : variables) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            secrets.insert(source, value);
    }
    if (!secrets.contains(QStringLiteral("discord")) && secrets.contains(QStringLiteral("ingest")))
        secrets.insert(QStringLiteral("discord"), secrets.value(QStringLiteral("ingest")));
}

Result<void> CollectorConfig::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, QCoreApplication::translate("CollectorConfig",
                                                                        "cannot read the config file %1: %2")
                                                .arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("CollectorConfig", "config file %1 is not a JSON object: %2")
                .arg(path, parseError.errorString()));
    const QJsonObject root = document.object();
    const QJsonObject secretObject = root.value(QStringLiteral("secrets")).toObject();
    for (auto it = secretObject.begin(); it != secretObject.end(); ++it)
        secrets.insert(it.key(), it.value().toString().toUtf8());
    if (root.contains(QStringLiteral("classifier"))) {
        auto classifierConfig =
            IssueClassifier::fromJson(root.value(QStringLiteral("classifier")).toObject());
        if (!classifierConfig)
            return Unexpected<Error>(classifierConfig.error());
        classifier = *classifierConfig;
    }
    const QJsonObject context = root.value(QStringLiteral("context")).toObject();
    contextSymbol = context.value(QStringLiteral("symbol")).toString(contextSymbol);
    contextProtocol = context.value(QStringLiteral("protocol")).toString(contextProtocol);
    contextMaxAgeSeconds = context.value(QStringLiteral("max_age_s")).toDouble(contextMaxAgeSeconds);
    if (root.contains(QStringLiteral("oracles"))) {
        if (!root.value(QStringLiteral("oracles")).isArray())
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate("CollectorConfig", "oracles must be an array"));
        auto parsed = OracleWatcher::aggregatorsFromJson(root.value(QStringLiteral("oracles")).toArray());
        if (!parsed)
            return Unexpected<Error>(parsed.error());
        oracles = *parsed;
    }
    const auto positive = [&](const char *key, auto &target) -> Result<void> {
        const QString name = QString::fromLatin1(key);
        if (!root.contains(name))
            return {};
        const int value = root.value(name).toInt(-1);
        if (value <= 0)
            return Error::make(
                Error::Code::InvalidInput,
                QCoreApplication::translate("CollectorConfig", "%1 must be a positive integer").arg(name));
        target = value;
        return {};
    };
    for (auto ok :
         {positive("batch_size", batching.batchSize), positive("batch_interval_ms", batching.intervalMs),
          positive("max_body_bytes", maxBodyBytes),
          positive("oracle_check_interval_ms", oracleCheckIntervalMs),
          positive("max_header_bytes", maxHeaderBytes), positive("max_connections", maxConnections),
          positive("header_timeout_ms", headerTimeoutMs), positive("request_timeout_ms", requestTimeoutMs)}) {
        if (!ok)
            return ok;
    }
    if (root.contains(QStringLiteral("max_unflushed_bytes"))) {
        const qint64 value = root.value(QStringLiteral("max_unflushed_bytes")).toInteger(-1);
        if (value < 0)
            return Error::make(
                Error::Code::InvalidInput,
                QCoreApplication::translate("CollectorConfig", "%1 must be a non-negative integer")
                    .arg(QStringLiteral("max_unflushed_bytes")));
        maxUnflushedBytes = value;
    }
    return {};
}

Result<void> CollectorConfig::setChainRpc(const QString &urls)
{
    QList<QUrl> parsed;
    for (const QString &text : urls.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")) ||
            url.host().isEmpty())
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate(
                                   "CollectorConfig", "--chain-rpc expects ws:// or wss:// URLs, got '%1'")
                                   .arg(text));
        parsed.append(url);
    }
    if (parsed.isEmpty())
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("CollectorConfig", "--chain-rpc needs at least one URL"));
    chainRpcUrls = parsed;
    return {};
}

Result<void> CollectorConfig::setListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    if (colon < 0 || !ok || port > 65535)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("CollectorConfig", "--listen expects HOST:PORT, got '%1'")
                .arg(hostPort));
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == QLatin1String("*"))
        listenAddress = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        listenAddress = QHostAddress::LocalHost;
    else if (!listenAddress.setAddress(host))
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("CollectorConfig", "'%1' is not an IP address").arg(host));
    listenPort = quint16(port);
    return {};
}

} // namespace pegboard
