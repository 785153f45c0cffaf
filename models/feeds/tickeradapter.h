#pragma once

#include "feedadapter.h"

#include <QCoreApplication>
#include <QStringList>

namespace pegboard {

// An exchange `ticker` channel in Coinbase Exchange's shape: product_id "USDT-USD", price and
// volume as decimal strings, time as ISO 8601. Other message types (subscriptions, heartbeat)
// are control frames.
class TickerAdapter : public FeedAdapter
{
    Q_DECLARE_TR_FUNCTIONS(TickerAdapter)

public:
    static QString adapterName() { return QStringLiteral("ticker"); }
    QString name() const override { return adapterName(); }
    QList<QByteArray> subscribeMessages() const override;
    void setProducts(const QStringList &productIds) { m_products = productIds; }

protected:
    FeedParse decode(const QByteArray &frame) override;

private:
    QStringList m_products;
};

} // namespace pegboard
