#include "feedsimserver.h"

#include "jsonrpcadapter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cmath>

namespace pegboard {

namespace {
constexpr double BlockTimeS = 12.0;

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString word(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16).rightJustified(64, QLatin1Char('0'));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject notification(const QString &subscription, const QJsonObject &result)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("method"), QStringLiteral("eth_subscription")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("subscription"), subscription},
                                                   {QStringLiteral("result"), result}}}};
}
} // namespace

FeedSimServer::FeedSimServer(FeedScenario scenario, Format format, double speed, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_format(format)
    , m_speed(std::max(0.001, speed))
    , m_server(
          new QWebSocketServer(QStringLiteral("pegboard-feed-sim"), QWebSocketServer::NonSecureMode, this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &FeedSimServer::tick);
    connect(m_server, &QWebSocketServer::newConnection, this, &FeedSimServer::onNewConnection);
}

FeedSimServer::~FeedSimServer()
{
    m_server->close();
}

QString FeedSimServer::oracleAddress()
{
    return QStringLiteral("0x8fffffd4afb6115b954bd326cbe7b4ba576818f6");
}

Result<quint16> FeedSimServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("FeedSimServer", "Cannot listen on %1:%2: %3")
                               .arg(address.toString())
                               .arg(port)
                               .arg(m_server->errorString()));
    return m_server->serverPort();
}

void FeedSimServer::setTickInterval(int ms)
{
    m_timer->setInterval(std::max(1, ms));
}

void FeedSimServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        m_clients.append(socket);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
        // Acknowledge eth_subscribe as a node would; anything else from clients is ignored.
        connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &message) {
            const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
            if (request.value(QStringLiteral("method")).toString() == QLatin1String("eth_subscribe"))
                socket->sendTextMessage(QString::fromUtf8(
                    compact({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                             {QStringLiteral("id"), request.value(QStringLiteral("id"))},
                             {QStringLiteral("result"),
                              word(quint64(request.value(QStringLiteral("id")).toInt()))}})));
        });
        if (!m_clock.isValid()) {
            m_clock.start();
            m_anchorMs = QDateTime::currentMSecsSinceEpoch();
            m_timer->start();
            tick();
        }
    }
}

void FeedSimServer::broadcast(const QByteArray &frame)
{
    const QString text = QString::fromUtf8(frame);
    for (QWebSocket *socket : std::as_const(m_clients))
        socket->sendTextMessage(text);
}

void FeedSimServer::tick()
{
    // Speed decides what the market does (scenario time t); every timestamp sent is the wall clock.
    const qint64 wallElapsedMs = m_clock.elapsed();
    const double t = double(wallElapsedMs) / 1000.0 * m_speed;
    if (m_format == Format::Pegboard)
        sendPegboard(t, m_anchorMs + wallElapsedMs);
    else
        sendJsonRpc(t);
}

// The wall time at which the scenario reached scenarioT: when an event (a block, an oracle round)
// really happened on this run's clock.
qint64 FeedSimServer::wallMsOf(double scenarioT) const
{
    return m_anchorMs + qint64(scenarioT / m_speed * 1000.0);
}

void FeedSimServer::sendPegboard(double t, qint64 tsMs)
{
    const ScenarioState v = m_scenario.at(t);
    const QString ts = iso(tsMs);
    broadcast(compact({{QStringLiteral("feed"), QStringLiteral("price")},
                       {QStringLiteral("symbol"), m_symbol},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("price"), v.price}}));
    broadcast(compact({{QStringLiteral("feed"), QStringLiteral("network")},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("gas_gwei"), v.gasGwei},
                       {QStringLiteral("pending_tx"), std::round(v.pendingTx)},
                       {QStringLiteral("congestion"), v.congestion},
                       {QStringLiteral("mev_activity"), v.mevActivity}}));
    broadcast(compact({{QStringLiteral("feed"), QStringLiteral("protocol")},
                       {QStringLiteral("protocol"), QStringLiteral("aave")},
                       {QStringLiteral("symbol"), m_symbol},
                       {QStringLiteral("ts"), ts},
                       {QStringLiteral("collateral_ratio"), v.collateralRatio},
                       {QStringLiteral("reserve_usd"), v.reserveUsd},
                       {QStringLiteral("oracle_answer"), v.oracleAnswer},
                       {QStringLiteral("oracle_updated_at"), iso(wallMsOf(v.oracleUpdatedAtS))}}));
}

void FeedSimServer::sendJsonRpc(double t)
{
    // Every block time that passed since the last tick gets its header, in order.
    for (double blockT =
             std::max(m_lastBlockT + BlockTimeS, std::floor(t / BlockTimeS) * BlockTimeS - 10 * BlockTimeS);
         blockT <= t; blockT += BlockTimeS) {
        const ScenarioState v = m_scenario.at(blockT);
        const quint64 limit = 30000000;
        const quint64 used = quint64(double(limit) * std::clamp(0.5 + 0.5 * v.congestion, 0.0, 1.0));
        broadcast(compact(
            notification(QStringLiteral("0x1"),
                         {{QStringLiteral("number"), hex(quint64(++m_block))},
                          {QStringLiteral("timestamp"), hex(quint64(wallMsOf(blockT) / 1000))},
                          {QStringLiteral("baseFeePerGas"), hex(quint64(std::llround(v.gasGwei * 1e9)))},
                          {QStringLiteral("gasLimit"), hex(limit)},
                          {QStringLiteral("gasUsed"), hex(used)}})));
        m_lastBlockT = blockT;
    }
    const ScenarioState v = m_scenario.at(t);
    if (v.oracleUpdatedAtS > m_lastOracleT) {
        m_lastOracleT = v.oracleUpdatedAtS;
        const quint64 answer = quint64(std::llround(v.oracleAnswer * 1e8));
        broadcast(compact(
            notification(QStringLiteral("0x2"),
                         {{QStringLiteral("address"), oracleAddress()},
                          {QStringLiteral("topics"), QJsonArray{JsonRpcAdapter::answerUpdatedTopic(),
                                                                word(answer), word(quint64(++m_round))}},
                          {QStringLiteral("data"), word(quint64(wallMsOf(v.oracleUpdatedAtS) / 1000))},
                          {QStringLiteral("blockNumber"), hex(quint64(m_block))},
                          {QStringLiteral("removed"), false}})));
    }
}

} // namespace pegboard
