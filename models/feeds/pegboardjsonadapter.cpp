#include "pegboardjsonadapter.h"

#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace pegboard {

namespace {
// Adds series = obj[key] when present; a present key of the wrong type refuses the line, because
// a string where a number belongs means the producer is broken, not that the value is missing.
std::optional<FeedRefusal> take(const QJsonObject &obj, const QString &key, const QString &series, qint64 ts,
                                std::vector<FeedSample> &out)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble())
        return FeedRefusal{FeedRefusal::Reason::WrongType,
                           PegboardJsonAdapter::tr("field '%1' must be a number").arg(key)};
    out.push_back({series, ts, v.toDouble(), false});
    return std::nullopt;
}
} // namespace

FeedParse PegboardJsonAdapter::decode(const QByteArray &frame)
{
    std::vector<FeedSample> all;
    for (const QByteArray &raw : frame.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return refuse(FeedRefusal::Reason::Malformed,
                          tr("not a JSON object: %1").arg(error.errorString()));
        FeedParse one = decodeLine(doc.object());
        if (!one)
            return one;
        all.insert(all.end(), one->begin(), one->end());
    }
    return all;
}

FeedParse PegboardJsonAdapter::decodeLine(const QJsonObject &line) const
{
    const QJsonValue feed = line.value(QStringLiteral("feed"));
    if (!feed.isString())
        return refuse(FeedRefusal::Reason::Malformed, tr("missing string field 'feed'"));
    const QJsonValue tsValue = line.value(QStringLiteral("ts"));
    if (!tsValue.isString())
        return refuse(FeedRefusal::Reason::WrongType, tr("field 'ts' must be an ISO 8601 string"));
    const qint64 ts = isoToMs(tsValue.toString());
    if (ts <= 0)
        return refuse(FeedRefusal::Reason::Malformed, tr("invalid timestamp '%1'").arg(tsValue.toString()));

    const QString symbol = line.value(QStringLiteral("symbol")).toString(QStringLiteral("USDC"));
    std::vector<FeedSample> out;
    std::optional<FeedRefusal> bad;
    const QString kind = feed.toString();
    if (kind == QLatin1String("price")) {
        if (!line.contains(QStringLiteral("price")))
            return refuse(FeedRefusal::Reason::Malformed, tr("price frame without 'price'"));
        bad = take(line, QStringLiteral("price"), FeedSeries::price(symbol), ts, out);
    } else if (kind == QLatin1String("network")) {
        const std::pair<QString, QString> fields[] = {
            {QStringLiteral("gas_gwei"), FeedSeries::GasGwei},
            {QStringLiteral("pending_tx"), FeedSeries::PendingTx},
            {QStringLiteral("congestion"), FeedSeries::Congestion},
            {QStringLiteral("mev_activity"), FeedSeries::MevActivity},
        };
        for (const auto &[key, series] : fields) {
            if (!bad)
                bad = take(line, key, series, ts, out);
        }
    } else if (kind == QLatin1String("protocol")) {
        const QString protocol = line.value(QStringLiteral("protocol")).toString(QStringLiteral("default"));
        bad = take(line, QStringLiteral("collateral_ratio"), FeedSeries::collateralRatio(protocol), ts, out);
        if (!bad)
            bad = take(line, QStringLiteral("reserve_usd"), FeedSeries::reserveUsd(protocol), ts, out);
        if (!bad)
            bad = take(line, QStringLiteral("oracle_answer"), FeedSeries::oracleAnswer(symbol), ts, out);
        const QJsonValue updated = line.value(QStringLiteral("oracle_updated_at"));
        if (!bad && updated.isString()) {
            const qint64 updatedMs = isoToMs(updated.toString());
            if (updatedMs <= 0)
                return refuse(FeedRefusal::Reason::Malformed, tr("invalid oracle_updated_at"));
            out.push_back({FeedSeries::oracleUpdatedAt(symbol), ts, double(updatedMs / 1000), false});
        } else if (!bad && !updated.isUndefined() && !updated.isNull()) {
            return refuse(FeedRefusal::Reason::WrongType, tr("field 'oracle_updated_at' must be a string"));
        }
    } else {
        return refuse(FeedRefusal::Reason::Malformed, tr("unknown feed kind '%1'").arg(kind));
    }
    if (bad)
        return Unexpected<FeedRefusal>(*bad);
    if (out.empty())
        return refuse(FeedRefusal::Reason::Malformed, tr("%1 frame carries no known field").arg(kind));
    return out;
}

} // namespace pegboard
