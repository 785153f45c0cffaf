#include "issuecodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonObject>

namespace pegboard {

namespace {
// 2 added source_url at the end; version 1 records (spooled before an upgrade) still decode.
constexpr quint8 Version = 2;

void writeOptional(QDataStream &s, const std::optional<double> &v)
{
    s << v.has_value() << v.value_or(0.0);
}

std::optional<double> readOptional(QDataStream &s)
{
    bool has = false;
    double v = 0;
    s >> has >> v;
    return has ? std::optional<double>(v) : std::nullopt;
}
} // namespace

QByteArray IssueCodec::encode(const Issue &i)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << Version << i.id << i.issueType << qint32(i.severityLevel) << i.reportedAt << i.resolvedAt
      << i.context.networkConditions << i.context.priceContext << i.context.protocolState;
    writeOptional(s, i.estimatedLossUsd);
    writeOptional(s, i.actualLossUsd);
    s << i.resolutionCategory << i.preventionImplemented << i.relatedTxHashes << i.affectedContracts
      << i.reporterAddress << i.source << i.externalId << i.title << i.body << i.protocol << i.symbol
      << i.clusterId.has_value() << i.clusterId.value_or(0) << i.acknowledgedBy << i.acknowledgedAt
      << i.receivedAt << i.sourceUrl;
    return out;
}

Result<Issue> IssueCodec::decode(const QByteArray &bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    s >> version;
    if (version < 1 || version > Version)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("IssueCodec", "unknown spool record version %1").arg(version));
    Issue i;
    qint32 severity = 0;
    s >> i.id >> i.issueType >> severity >> i.reportedAt >> i.resolvedAt >> i.context.networkConditions >>
        i.context.priceContext >> i.context.protocolState;
    i.severityLevel = severity;
    i.estimatedLossUsd = readOptional(s);
    i.actualLossUsd = readOptional(s);
    bool hasCluster = false;
    qint64 cluster = 0;
    s >> i.resolutionCategory >> i.preventionImplemented >> i.relatedTxHashes >> i.affectedContracts >>
        i.reporterAddress >> i.source >> i.externalId >> i.title >> i.body >> i.protocol >> i.symbol >>
        hasCluster >> cluster >> i.acknowledgedBy >> i.acknowledgedAt >> i.receivedAt;
    if (version >= 2)
        s >> i.sourceUrl;
    if (hasCluster)
        i.clusterId = cluster;
    if (s.status() != QDataStream::Ok)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("IssueCodec", "truncated spool record"));
    return i;
}

} // namespace pegboard
