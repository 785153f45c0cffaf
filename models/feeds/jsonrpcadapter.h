#pragma once

#include "feedadapter.h"

#include <QCoreApplication>
#include <QStringList>

class QJsonObject;

namespace pegboard {

// Ethereum JSON-RPC `eth_subscription` notifications. newHeads → base fee in gwei (and block
// fullness as congestion); logs carrying Chainlink AnswerUpdated(int256 indexed current,
// uint256 indexed roundId, uint256 updatedAt) → oracle answer and last update of a symbol.
class JsonRpcAdapter : public FeedAdapter
{
    Q_DECLARE_TR_FUNCTIONS(JsonRpcAdapter)

public:
    static QString adapterName() { return QStringLiteral("jsonrpc"); }
    static QString answerUpdatedTopic();

    QString name() const override { return adapterName(); }
    QList<QByteArray> subscribeMessages() const override;

    // The aggregator contracts to subscribe to, each with the symbol its answers price.
    void addOracle(const QString &address, const QString &symbol);
    // Answer decimals: 8 for Chainlink USD feeds.
    void setDecimals(int decimals) { m_decimals = decimals; }
    // Symbol for logs from an address not registered with addOracle.
    void setDefaultSymbol(const QString &symbol) { m_defaultSymbol = symbol; }

protected:
    FeedParse decode(const QByteArray &frame) override;

private:
    FeedParse decodeHead(const QJsonObject &head) const;
    FeedParse decodeLog(const QJsonObject &log) const;

    QHash<QString, QString> m_symbolByAddress; // lower-case address → symbol
    QStringList m_addresses;
    QString m_defaultSymbol = QStringLiteral("USDC");
    int m_decimals = 8;
};

} // namespace pegboard
