#include "tickeradapter.h"

#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pegboard {

QList<QByteArray> TickerAdapter::subscribeMessages() const
{
    if (m_products.isEmpty())
        return {};
    const QJsonObject subscribe{{QStringLiteral("type"), QStringLiteral("subscribe")},
                                {QStringLiteral("product_ids"), QJsonArray::fromStringList(m_products)},
                                {QStringLiteral("channels"), QJsonArray{QStringLiteral("ticker")}}};
    return {QJsonDocument(subscribe).toJson(QJsonDocument::Compact)};
}

FeedParse TickerAdapter::decode(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(FeedRefusal::Reason::Malformed, tr("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject msg = doc.object();
    const QString type = msg.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("error"))
        return refuse(FeedRefusal::Reason::ServerError,
                      tr("server error: %1").arg(msg.value(QStringLiteral("message")).toString()));
    if (type != QLatin1String("ticker"))
        return std::vector<FeedSample>{};

    const QString product = msg.value(QStringLiteral("product_id")).toString();
    const QString symbol = product.section(QLatin1Char('-'), 0, 0);
    if (symbol.isEmpty())
        return refuse(FeedRefusal::Reason::Malformed, tr("ticker without product_id"));
    const QJsonValue priceValue = msg.value(QStringLiteral("price"));
    if (!priceValue.isString())
        return refuse(FeedRefusal::Reason::WrongType, tr("ticker price must be a decimal string"));
    bool ok = false;
    const double price = priceValue.toString().toDouble(&ok);
    if (!ok)
        return refuse(FeedRefusal::Reason::Malformed,
                      tr("ticker price '%1' is not a number").arg(priceValue.toString()));
    const qint64 ts = isoToMs(msg.value(QStringLiteral("time")).toString());
    if (ts <= 0)
        return refuse(FeedRefusal::Reason::Malformed, tr("ticker without a valid 'time'"));

    std::vector<FeedSample> out{{FeedSeries::price(symbol), ts, price, false}};
    // volume_24h is in units of the coin; at a price near 1 USD that is its USD volume.
    const double volume = msg.value(QStringLiteral("volume_24h")).toString().toDouble(&ok);
    if (ok)
        out.push_back({FeedSeries::volume24hUsd(symbol), ts, volume * price, false});
    return out;
}

} // namespace pegboard
