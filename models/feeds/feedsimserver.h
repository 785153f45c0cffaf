#pragma once

#include "domain/error.h"
#include "feedscenario.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace pegboard {

// Serves a FeedScenario over websockets, in Pegboard's JSON lines or as Ethereum JSON-RPC
// notifications (newHeads per block, Chainlink AnswerUpdated per oracle round). Scenario time
// starts with the first client and runs `speed` times faster than the wall clock. Speed changes
// only what happens, never when: every timestamp sent is true wall-clock UTC (a block mined at
// scenario time t and an oracle round are stamped with the wall time the run reached t), so no
// time is ever in the future and a 20-minute oracle stall at 60× lasts 20 wall seconds.
class FeedSimServer : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Pegboard,
        JsonRpc,
    };

    FeedSimServer(FeedScenario scenario, Format format, double speed, QObject *parent = nullptr);
    ~FeedSimServer() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port);
    // Wall-clock time between frames (default 100 ms).
    void setTickInterval(int ms);
    void setSymbol(const QString &symbol) { m_symbol = symbol; }
    int clientCount() const { return int(m_clients.size()); }
    static QString oracleAddress();

private:
    void onNewConnection();
    void tick();
    void broadcast(const QByteArray &frame);
    void sendPegboard(double t, qint64 tsMs);
    void sendJsonRpc(double t);
    qint64 wallMsOf(double scenarioT) const;

    FeedScenario m_scenario;
    Format m_format;
    double m_speed;
    QString m_symbol = QStringLiteral("USDC");
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_anchorMs = 0;
    double m_lastBlockT = -1e9;
    double m_lastOracleT = -1e9;
    qint64 m_block = 20000000;
    qint64 m_round = 18000;
};

} // namespace pegboard
