#include "cli/feedsimcommand.h"

#include "feeds/feedsimserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace pegboard {

QString FeedSimCommand::summary() const
{
    return QCoreApplication::translate("FeedSimCommand",
                                       "Serve simulated live feeds (feed-sim --listen HOST:PORT)");
}

int FeedSimCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Address to serve on (port 0: any free port)."),
                                          QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), tr("Scenario: %1.").arg(FeedScenario::names().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("calm"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         tr("Scenario seconds per wall-clock second."), QStringLiteral("x"),
                                         QStringLiteral("1"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Wire format: pegboard or jsonrpc."),
                                          QStringLiteral("format"), QStringLiteral("pegboard"));
    const QCommandLineOption tickOption(QStringLiteral("tick-ms"),
                                        tr("Wall-clock milliseconds between frames."), QStringLiteral("ms"),
                                        QStringLiteral("100"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            tr("Stop after this many seconds (0: never)."),
                                            QStringLiteral("s"), QStringLiteral("0"));
    parser.addOptions({listenOption, scenarioOption, speedOption, formatOption, tickOption, durationOption});
    parser.process(arguments);

    const QString listen = parser.value(listenOption);
    const int colon = int(listen.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        err() << tr("--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8765") << Qt::endl;
        return 2;
    }
    const auto scenario = FeedScenario::named(parser.value(scenarioOption));
    if (!scenario) {
        err() << tr("Unknown scenario '%1'; use one of: %2")
                     .arg(parser.value(scenarioOption), FeedScenario::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    bool speedOk = false;
    const double speed = parser.value(speedOption).toDouble(&speedOk);
    const QString format = parser.value(formatOption);
    if (!speedOk || !(speed > 0) || speed > 100000 ||
        (format != QLatin1String("pegboard") && format != QLatin1String("jsonrpc"))) {
        err() << tr("--speed must be a positive number and --format pegboard or jsonrpc") << Qt::endl;
        return 2;
    }

    FeedSimServer server(*scenario,
                         format == QLatin1String("jsonrpc") ? FeedSimServer::Format::JsonRpc
                                                            : FeedSimServer::Format::Pegboard,
                         speed);
    server.setTickInterval(std::max(1, parser.value(tickOption).toInt()));
    const auto bound = server.listen(address, quint16(port));
    if (!bound) {
        err() << bound.error().message << Qt::endl;
        return 1;
    }
    // Scripts and tests read the real port from this line when they asked for port 0.
    out() << tr("feed-sim: %1 scenario, %2 format, speed %3, listening on ws://%4:%5")
                 .arg(scenario->name(), format)
                 .arg(speed)
                 .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(host)
                                                                          : host)
                 .arg(*bound)
          << Qt::endl;
    const int duration = parser.value(durationOption).toInt();
    if (duration > 0)
        QTimer::singleShot(duration * 1000, qApp, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

} // namespace pegboard
