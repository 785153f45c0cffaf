#include "cli/feedscommand.h"

#include "domain/feedseries.h"
#include "feeds/feedadapterfactory.h"
#include "feeds/feedclient.h"
#include "feeds/jsonrpcadapter.h"
#include "feeds/tickeradapter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace pegboard {

namespace {
QJsonObject sampleJson(const FeedSample &s)
{
    QJsonObject o{{QStringLiteral("series"), s.series},
                  {QStringLiteral("ts"),
                   QDateTime::fromMSecsSinceEpoch(s.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("value"), s.value}};
    if (s.series.startsWith(QLatin1String("price:")))
        o.insert(QStringLiteral("deviation_bps"), (s.value - 1.0) * 10000.0);
    if (s.series.startsWith(QLatin1String("oracle:")) && s.series.endsWith(QLatin1String(":updated_at")))
        o.insert(QStringLiteral("oracle_age_s"), double(s.timestampMs) / 1000.0 - s.value);
    return o;
}

// Adapter options that only some formats have; given to all, ignored where meaningless.
bool configure(FeedAdapter &adapter, const QCommandLineParser &parser, const QStringList &oracles,
               int decimals)
{
    if (auto *rpc = dynamic_cast<JsonRpcAdapter *>(&adapter)) {
        rpc->setDecimals(decimals);
        for (const QString &oracle : oracles) {
            const QString address = oracle.section(QLatin1Char('='), 0, 0);
            const QString symbol = oracle.section(QLatin1Char('='), 1);
            if (!address.startsWith(QLatin1String("0x")) || symbol.isEmpty())
                return false;
            rpc->addOracle(address, symbol);
        }
    }
    if (auto *ticker = dynamic_cast<TickerAdapter *>(&adapter))
        ticker->setProducts(parser.values(QStringLiteral("product")));
    return true;
}
} // namespace

QString FeedsCommand::summary() const
{
    return QCoreApplication::translate("FeedsCommand", "Probe a live feed (feeds probe URL --adapter NAME)");
}

int FeedsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("probe"));
    parser.addPositionalArgument(QStringLiteral("url"), tr("websocket URL (ws:// or wss://)"));
    const QCommandLineOption adapterOption(
        QStringLiteral("adapter"),
        tr("Wire format: %1.").arg(FeedAdapterFactory::names().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         tr("Stop after N samples (0: run until timeout)."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption fallbackOption(QStringLiteral("fallback"), tr("Fallback URL; repeat for more."),
                                            QStringLiteral("url"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Give up after this many seconds."),
                                           QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption staleOption(QStringLiteral("stale-after"),
                                         tr("Report staleness after this many seconds."), QStringLiteral("s"),
                                         QStringLiteral("15"));
    const QCommandLineOption oracleOption(QStringLiteral("oracle"),
                                          tr("JSON-RPC: aggregator ADDRESS=SYMBOL."),
                                          QStringLiteral("address=symbol"));
    const QCommandLineOption decimalsOption(QStringLiteral("decimals"),
                                            tr("JSON-RPC: oracle answer decimals."), QStringLiteral("n"),
                                            QStringLiteral("8"));
    const QCommandLineOption productOption(QStringLiteral("product"),
                                           tr("Ticker: product id to subscribe to."), QStringLiteral("id"));
    parser.addOptions({adapterOption, countOption, fallbackOption, timeoutOption, staleOption, oracleOption,
                       decimalsOption, productOption});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("probe") || positional.size() != 2) {
        err() << tr("Usage: pegboard feeds probe URL --adapter NAME [--count N] [--fallback URL…]")
              << Qt::endl;
        return 2;
    }
    QList<QUrl> urls;
    for (const QString &text : QStringList{positional.at(1)} + parser.values(fallbackOption)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
            err() << tr("Not a websocket URL: %1").arg(text) << Qt::endl;
            return 2;
        }
        urls.append(url);
    }
    auto adapter = FeedAdapterFactory::create(parser.value(adapterOption));
    if (!adapter) {
        err() << tr("Unknown adapter '%1'; use one of: %2")
                     .arg(parser.value(adapterOption), FeedAdapterFactory::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int decimals = parser.value(decimalsOption).toInt(&ok);
    if (!ok || decimals < 0 || decimals > 30 ||
        !configure(*adapter, parser, parser.values(oracleOption), decimals)) {
        err() << tr("Bad --decimals or --oracle (expected 0x…=SYMBOL).") << Qt::endl;
        return 2;
    }
    const qint64 count = parser.value(countOption).toLongLong();
    const int timeoutS = parser.value(timeoutOption).toInt();

    FeedClient client(QStringLiteral("probe"), std::move(adapter), urls);
    client.setStaleAfter(std::max(1, parser.value(staleOption).toInt()) * 1000);
    client.setBackoff(100, 2000);
    client.setConnectTimeout(3000);
    qint64 printed = 0;
    QObject::connect(&client, &FeedClient::samplesReceived, &client,
                     [&](const std::vector<FeedSample> &samples) {
                         for (const FeedSample &s : samples) {
                             out() << QJsonDocument(sampleJson(s)).toJson(QJsonDocument::Compact) << Qt::endl;
                             if (count > 0 && ++printed >= count)
                                 QCoreApplication::exit(0);
                         }
                     });
    QObject::connect(&client, &FeedClient::frameRefused, &client, [](const FeedRefusal &refusal) {
        err() << tr("refused (%1): %2").arg(feedRefusalReasonName(refusal.reason), refusal.message)
              << Qt::endl;
    });
    QObject::connect(&client, &FeedClient::connectedTo, &client,
                     [](const QUrl &url) { err() << tr("connected to %1").arg(url.toString()) << Qt::endl; });
    QObject::connect(&client, &FeedClient::staleChanged, &client, [](bool stale) {
        err() << (stale ? tr("feed is stale") : tr("feed is live again")) << Qt::endl;
    });
    QTimer::singleShot(std::max(1, timeoutS) * 1000, &client, [] { QCoreApplication::exit(3); });
    client.start();
    int code = QCoreApplication::exec();
    client.stop();

    const FeedCounters c = client.counters();
    const QJsonObject summary{{QStringLiteral("summary"), true},
                              {QStringLiteral("messages"), c.messages},
                              {QStringLiteral("samples"), c.samples},
                              {QStringLiteral("malformed"), c.malformed},
                              {QStringLiteral("reconnects"), c.reconnects},
                              {QStringLiteral("url"), client.currentUrl().toString()},
                              {QStringLiteral("stale"), client.isStale()}};
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    if (code == 3 && count == 0)
        code = 0; // no count asked for: running until the timeout is the normal end
    if (code == 3)
        err() << tr("Timed out after %1 s with %2 of %3 samples.").arg(timeoutS).arg(printed).arg(count)
              << Qt::endl;
    return code;
}

} // namespace pegboard
