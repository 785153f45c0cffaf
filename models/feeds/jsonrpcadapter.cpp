#include "jsonrpcadapter.h"

#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cctype>
#include <cmath>

namespace pegboard {

namespace {
struct Word
{
    bool ok = false;
    bool negative = false; // two's complement sign bit set (int256)
    double value = 0;
};

// A hex quantity ("0x2e90edd000") or a 32-byte ABI word. Values beyond 2^64 are not prices or
// fees any feed sends, so they are reported as not ok rather than rounded.
Word hexWord(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QString text = v.toString();
    if (!text.startsWith(QLatin1String("0x")) || text.size() < 3 || text.size() > 66)
        return {};
    text = text.mid(2);
    Word w;
    w.negative = text.size() == 64 && text.at(0) >= QLatin1Char('8');
    int first = 0;
    while (first < text.size() - 1 && text.at(first) == QLatin1Char('0'))
        ++first;
    const QString significant = text.mid(first);
    if (w.negative || significant.size() > 16) {
        // Still validate the digits so "0xzz…" is malformed, not absurd.
        bool digits = true;
        for (QChar c : text)
            digits = digits && std::isxdigit(c.toLatin1());
        w.ok = digits;
        w.value = std::nan("");
        return w;
    }
    w.value = double(significant.toULongLong(&w.ok, 16));
    return w;
}
} // namespace

QString JsonRpcAdapter::answerUpdatedTopic()
{
    return QStringLiteral("0x0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f");
}

void JsonRpcAdapter::addOracle(const QString &address, const QString &symbol)
{
    m_symbolByAddress.insert(address.toLower(), symbol);
    m_addresses.append(address);
}

QList<QByteArray> JsonRpcAdapter::subscribeMessages() const
{
    QJsonObject heads{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                      {QStringLiteral("id"), 1},
                      {QStringLiteral("method"), QStringLiteral("eth_subscribe")},
                      {QStringLiteral("params"), QJsonArray{QStringLiteral("newHeads")}}};
    QJsonObject filter{{QStringLiteral("topics"), QJsonArray{answerUpdatedTopic()}}};
    if (!m_addresses.isEmpty())
        filter.insert(QStringLiteral("address"), QJsonArray::fromStringList(m_addresses));
    QJsonObject logs{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                     {QStringLiteral("id"), 2},
                     {QStringLiteral("method"), QStringLiteral("eth_subscribe")},
                     {QStringLiteral("params"), QJsonArray{QStringLiteral("logs"), filter}}};
    return {QJsonDocument(heads).toJson(QJsonDocument::Compact),
            QJsonDocument(logs).toJson(QJsonDocument::Compact)};
}

FeedParse JsonRpcAdapter::decode(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(FeedRefusal::Reason::Malformed, tr("not a JSON object: %1").arg(error.errorString()));
    const QJsonObject msg = doc.object();
    if (msg.contains(QStringLiteral("error")))
        return refuse(FeedRefusal::Reason::ServerError, tr("server error: %1")
                                                            .arg(msg.value(QStringLiteral("error"))
                                                                     .toObject()
                                                                     .value(QStringLiteral("message"))
                                                                     .toString()));
    // Subscription acknowledgements ({"id":1,"result":"0x…"}) carry no data.
    if (msg.contains(QStringLiteral("id")) && msg.contains(QStringLiteral("result")))
        return std::vector<FeedSample>{};
    if (msg.value(QStringLiteral("method")).toString() != QLatin1String("eth_subscription"))
        return refuse(FeedRefusal::Reason::Malformed, tr("not an eth_subscription notification"));
    const QJsonValue result = msg.value(QStringLiteral("params")).toObject().value(QStringLiteral("result"));
    if (!result.isObject())
        return refuse(FeedRefusal::Reason::WrongType, tr("params.result must be an object"));
    const QJsonObject body = result.toObject();
    if (body.contains(QStringLiteral("topics")))
        return decodeLog(body);
    if (body.contains(QStringLiteral("baseFeePerGas")) || body.contains(QStringLiteral("number")))
        return decodeHead(body);
    return refuse(FeedRefusal::Reason::Malformed, tr("neither a block header nor a log"));
}

FeedParse JsonRpcAdapter::decodeHead(const QJsonObject &head) const
{
    const Word timestamp = hexWord(head.value(QStringLiteral("timestamp")));
    const Word baseFee = hexWord(head.value(QStringLiteral("baseFeePerGas")));
    if (!timestamp.ok || !baseFee.ok)
        return refuse(
            FeedRefusal::Reason::WrongType,
            tr("newHeads needs hex 'timestamp' and 'baseFeePerGas' (pre-London blocks have no base fee)"));
    const qint64 ts = qint64(timestamp.value) * 1000;
    std::vector<FeedSample> out{{FeedSeries::GasGwei, ts, baseFee.value / 1e9, false}};
    const Word used = hexWord(head.value(QStringLiteral("gasUsed")));
    const Word limit = hexWord(head.value(QStringLiteral("gasLimit")));
    // Block fullness is the chain's own congestion signal: 1.0 means every block is full.
    if (used.ok && limit.ok && limit.value > 0)
        out.push_back({FeedSeries::Congestion, ts, used.value / limit.value, false});
    return out;
}

FeedParse JsonRpcAdapter::decodeLog(const QJsonObject &log) const
{
    const QJsonValue topicsValue = log.value(QStringLiteral("topics"));
    if (!topicsValue.isArray())
        return refuse(FeedRefusal::Reason::WrongType, tr("log topics must be an array"));
    const QJsonArray topics = topicsValue.toArray();
    if (topics.isEmpty() || topics.at(0).toString().toLower() != answerUpdatedTopic())
        return std::vector<FeedSample>{}; // another event on a shared subscription: not ours
    if (log.value(QStringLiteral("removed")).toBool(false))
        return std::vector<FeedSample>{}; // reorged out: the answer never happened
    if (topics.size() < 3)
        return refuse(FeedRefusal::Reason::Malformed, tr("AnswerUpdated needs 3 topics"));
    const Word answer = hexWord(topics.at(1));
    const QString data = log.value(QStringLiteral("data")).toString();
    const Word updatedAt = hexWord(QJsonValue(data.left(66)));
    if (!answer.ok || !updatedAt.ok || std::isnan(updatedAt.value))
        return refuse(FeedRefusal::Reason::Malformed,
                      tr("AnswerUpdated answer or updatedAt is not a hex word"));
    if (answer.negative || std::isnan(answer.value))
        return refuse(FeedRefusal::Reason::AbsurdValue, tr("oracle answer is negative or out of range"));
    const QString address = log.value(QStringLiteral("address")).toString().toLower();
    const QString symbol = m_symbolByAddress.value(address, m_defaultSymbol);
    const qint64 ts = qint64(updatedAt.value) * 1000;
    if (m_answerObserver) {
        AnswerUpdatedLog decoded;
        decoded.address = address;
        decoded.rawAnswer = answer.value;
        const Word round = hexWord(topics.at(2));
        decoded.roundId = round.ok && !std::isnan(round.value) ? QString::number(quint64(round.value))
                                                               : topics.at(2).toString().toLower();
        decoded.updatedAtS = qint64(updatedAt.value);
        decoded.transactionHash = log.value(QStringLiteral("transactionHash")).toString().toLower();
        const Word block = hexWord(log.value(QStringLiteral("blockNumber")));
        decoded.blockNumber = block.ok && !std::isnan(block.value) ? qint64(block.value) : -1;
        m_answerObserver(decoded);
    }
    const double price = answer.value / std::pow(10.0, m_decimals);
    return std::vector<FeedSample>{{FeedSeries::oracleAnswer(symbol), ts, price, false},
                                   {FeedSeries::oracleUpdatedAt(symbol), ts, updatedAt.value, false}};
}

} // namespace pegboard
