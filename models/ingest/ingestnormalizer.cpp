#include "ingestnormalizer.h"

#include "domain/sourcelink.h"
#include "jsonreader.h"
#include "signatureverifier.h"
#include "storelimits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <cmath>

namespace pegboard {

namespace {
QStringList stringList(JsonReader &json, const QString &path)
{
    QStringList out;
    for (const QJsonValue &v : json.optionalArray(path)) {
        if (!v.isString()) {
            json.fail(
                QCoreApplication::translate("IngestNormalizer", "field '%1' must be an array of strings")
                    .arg(path));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}
} // namespace

std::optional<NormalizeOutcome> IngestNormalizer::authenticate(const WebhookRequest &request) const
{
    if (auto reason = SignatureVerifier::verifyToken(m_secret, request))
        return NormalizeOutcome::unauthorized(*reason);
    return std::nullopt;
}

NormalizeOutcome IngestNormalizer::normalize(const WebhookRequest &request) const
{
    auto root = JsonReader::parseObject(request.body);
    if (!root)
        return NormalizeOutcome::badRequest(root.error().message);
    JsonReader json(*root);
    QString externalId = json.optionalString(QStringLiteral("external_id"));
    const QString title = json.string(QStringLiteral("title"));
    const QString body = json.optionalString(QStringLiteral("body"));
    const QString type = json.optionalString(QStringLiteral("type"));
    const std::optional<double> severity = json.optionalNumber(QStringLiteral("severity"));
    const QDateTime reportedAt = json.time(QStringLiteral("reported_at"), false);
    const QString reporter = json.optionalString(QStringLiteral("reporter"));
    const QString symbol = json.optionalString(QStringLiteral("symbol"));
    const QString protocol = json.optionalString(QStringLiteral("protocol"));
    const QString sourceUrl = json.optionalString(QStringLiteral("source_url"));
    const QStringList labels = stringList(json, QStringLiteral("labels"));
    const QStringList txHashes = stringList(json, QStringLiteral("tx_hashes"));
    const QStringList contracts = stringList(json, QStringLiteral("contracts"));
    const std::optional<double> loss = json.optionalNumber(QStringLiteral("estimated_loss_usd"));
    if (!json.ok())
        return NormalizeOutcome::badRequest(json.error());
    if (title.trimmed().isEmpty())
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("IngestNormalizer", "field 'title' must not be empty"));
    if (severity && (std::floor(*severity) != *severity || *severity < 1 || *severity > 5))
        return NormalizeOutcome::badRequest(QCoreApplication::translate(
            "IngestNormalizer", "field 'severity' must be an integer from 1 to 5"));
    if (StoreLimits::characters(type) > StoreLimits::IssueTypeChars)
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("IngestNormalizer", "field 'type' must be at most 50 characters"));
    if (externalId.size() > 200)
        return NormalizeOutcome::badRequest(QCoreApplication::translate(
            "IngestNormalizer", "field 'external_id' must be at most 200 characters"));
    if (StoreLimits::characters(reporter) > StoreLimits::ReporterChars)
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("IngestNormalizer", "field 'reporter' must be at most %1 characters")
                .arg(StoreLimits::ReporterChars));
    // A link is only ever a link: anything else is refused, not stored for a reader to click.
    if (!sourceUrl.isEmpty() && SourceLink::stored(sourceUrl).isEmpty())
        return NormalizeOutcome::badRequest(
            QCoreApplication::translate("IngestNormalizer",
                                        "field 'source_url' must be an absolute http or https URL of at "
                                        "most %1 characters")
                .arg(SourceLink::MaxChars));
    if (externalId.trimmed().isEmpty())
        externalId =
            QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());

    Issue issue = newIssue(request, externalId);
    issue.title = title;
    issue.body = body;
    issue.symbol = symbol;
    issue.protocol = protocol.toLower();
    issue.reporterAddress = reporter;
    issue.sourceUrl = SourceLink::stored(sourceUrl);
    if (reportedAt.isValid())
        issue.reportedAt = reportedAt;
    issue.estimatedLossUsd = loss;
    m_classifier.apply(issue, labels,
                       severity ? std::optional<int>(static_cast<int>(*severity)) : std::nullopt);
    if (!type.isEmpty())
        issue.issueType = type;
    for (const QString &hash : txHashes) {
        if (!issue.relatedTxHashes.contains(hash.toLower()))
            issue.relatedTxHashes.append(hash.toLower());
    }
    for (const QString &address : contracts) {
        if (!issue.affectedContracts.contains(address.toLower()))
            issue.affectedContracts.append(address.toLower());
    }
    return NormalizeOutcome::accepted(std::move(issue));
}

} // namespace pegboard
