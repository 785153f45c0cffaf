#pragma once

#include "feedadapter.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QJsonObject;

namespace pegboard {

// One decoded AnswerUpdated log with what identifies it on chain, for consumers that need more
// than the samples (the collector's OracleWatcher raises issues naming the round and the tx).
struct AnswerUpdatedLog
{
    QString address;         // lower-case aggregator address
    double rawAnswer = 0;    // the int256 answer before scaling by the aggregator's decimals
    QString roundId;         // decimal, or the raw topic when it exceeds 64 bits
    qint64 updatedAtS = 0;   // the aggregator's updatedAt, seconds since the epoch
    QString transactionHash; // empty when the node omits it
    qint64 blockNumber = -1;
};

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
    // Called for every AnswerUpdated log that decodes (before the ordering checks, so a replayed
    // round still reaches it), on the thread that parses frames.
    void setAnswerObserver(std::function<void(const AnswerUpdatedLog &)> observer)
    {
        m_answerObserver = std::move(observer);
    }

protected:
    FeedParse decode(const QByteArray &frame) override;

private:
    FeedParse decodeHead(const QJsonObject &head) const;
    FeedParse decodeLog(const QJsonObject &log) const;

    QHash<QString, QString> m_symbolByAddress; // lower-case address → symbol
    QStringList m_addresses;
    QString m_defaultSymbol = QStringLiteral("USDC");
    int m_decimals = 8;
    std::function<void(const AnswerUpdatedLog &)> m_answerObserver;
};

} // namespace pegboard
