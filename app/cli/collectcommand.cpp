#include "cli/collectcommand.h"

#include "ingest/feedsamplecontextsource.h"
#include "ingest/onchainsource.h"
#include "ingest/webhookserver.h"
#include "store/pgconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace pegboard {

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop normally, so pending appends are answered and the batcher
// gets a last chance to drain before exit.
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
QtMessageHandler g_previousHandler = nullptr;

// One line per event, whatever the message carries (libpq's errors span ERROR/DETAIL/HINT lines):
// log collectors and `grep` then see each event whole, with its time, level and category.
void oneLinePerEvent(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString line = message.trimmed();
    line.replace(QLatin1String("\r\n"), QLatin1String(" | "))
        .replace(QLatin1Char('\n'), QLatin1String(" | "));
    g_previousHandler(type, context, line);
}

void logOneLinePerEvent()
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    g_previousHandler = qInstallMessageHandler(oneLinePerEvent);
}
} // namespace

QString CollectCommand::summary() const
{
    return QCoreApplication::translate(
        "CollectCommand", "Run the webhook collector (collect --db URL --listen HOST:PORT --spool DIR)");
}

int CollectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        summary() + QLatin1Char('\n') +
        QCoreApplication::translate(
            "CollectCommand",
            "Secrets come from PEGBOARD_GITHUB_WEBHOOK_SECRET, PEGBOARD_SLACK_SIGNING_SECRET, "
            "PEGBOARD_DATADOG_TOKEN, PEGBOARD_INGEST_TOKEN, PEGBOARD_DISCORD_TOKEN or the "
            "config file, never from the command line."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("CollectCommand", "PostgreSQL URL of the store."),
        QStringLiteral("url"), qEnvironmentVariable("PEGBOARD_DB"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), QCoreApplication::translate("CollectCommand", "Address to listen on."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption spoolOption(
        QStringLiteral("spool"),
        QCoreApplication::translate("CollectCommand", "Directory of the durable spool."),
        QStringLiteral("dir"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("CollectCommand", "JSON config file (secrets, type mapping, batching)."),
        QStringLiteral("file"));
    const QCommandLineOption chainRpcOption(
        QStringLiteral("chain-rpc"),
        QCoreApplication::translate("CollectCommand",
                                    "Ethereum JSON-RPC websocket(s), 'ws://a|ws://fallback', watched for "
                                    "the AnswerUpdated logs of the config file's \"oracles\"."),
        QStringLiteral("urls"));
    parser.addOptions({dbOption, listenOption, spoolOption, configOption, chainRpcOption});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    logOneLinePerEvent();
    CollectorConfig config;
    config.storeUrl = parser.value(dbOption);
    config.spoolDir = parser.value(spoolOption);
    if (config.storeUrl.isEmpty() || config.spoolDir.isEmpty()) {
        err() << QCoreApplication::translate("CollectCommand",
                                             "--db (or PEGBOARD_DB) and --spool are required.")
              << Qt::endl;
        return 2;
    }
    if (auto valid = PgConnection::validateUrl(config.storeUrl); !valid) {
        err() << valid.error().message << Qt::endl;
        return 2;
    }
    if (auto listen = config.setListen(parser.value(listenOption)); !listen) {
        err() << listen.error().message << Qt::endl;
        return 2;
    }
    if (parser.isSet(configOption)) {
        if (auto loaded = config.loadFile(parser.value(configOption)); !loaded) {
            err() << loaded.error().message << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(chainRpcOption)) {
        if (auto rpc = config.setChainRpc(parser.value(chainRpcOption)); !rpc) {
            err() << rpc.error().message << Qt::endl;
            return 2;
        }
    }
    if (config.chainRpcUrls.isEmpty() != config.oracles.isEmpty()) {
        err() << QCoreApplication::translate(
                     "CollectCommand",
                     "The on-chain source needs both --chain-rpc and \"oracles\" in the config file.")
              << Qt::endl;
        return 2;
    }
    config.loadEnvironment();
    if (config.secrets.isEmpty())
        err() << QCoreApplication::translate(
                     "CollectCommand",
                     "Warning: no secrets configured; every webhook will be refused with 401.")
              << Qt::endl;

    // The context of the moment from the feeds recorded in the same store (FeedHub writes them);
    // with none recorded the context stays empty rather than invented.
    FeedSampleContextSource::Options contextOptions;
    contextOptions.defaultSymbol = config.contextSymbol;
    contextOptions.defaultProtocol = config.contextProtocol;
    contextOptions.maxAgeSeconds = config.contextMaxAgeSeconds;
    WebhookServer server(config, std::make_shared<FeedSampleContextSource>(config.storeUrl, contextOptions));
    if (auto started = server.start(); !started) {
        err() << started.error().message << Qt::endl;
        return 1;
    }
    std::unique_ptr<OnChainSource> onChain;
    if (!config.oracles.isEmpty()) {
        OnChainSource::Options options;
        options.urls = config.chainRpcUrls;
        options.aggregators = config.oracles;
        options.checkIntervalMs = config.oracleCheckIntervalMs;
        onChain = std::make_unique<OnChainSource>(options, server);
        onChain->start();
        out() << QCoreApplication::translate("CollectCommand", "Watching %n oracle(s) on %1", nullptr,
                                             int(config.oracles.size()))
                     .arg(config.chainRpcUrls.first().toString())
              << Qt::endl;
    }
    quitOnSignals();
    out() << QCoreApplication::translate("CollectCommand", "Listening on %1:%2, spool %3, store %4")
                 .arg(config.listenAddress.toString())
                 .arg(server.port())
                 .arg(config.spoolDir, PgConnection::redacted(config.storeUrl))
          << Qt::endl;
    const int status = QCoreApplication::exec();
    onChain.reset(); // before the server whose durable path it feeds
    return status;
}

} // namespace pegboard
