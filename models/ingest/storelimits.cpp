#include "storelimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace pegboard {

namespace {
Unexpected<Error> refuse(const QString &reason)
{
    return Error::make(Error::Code::InvalidInput, reason);
}

// Removes NUL characters; returns how many.
qsizetype stripNul(QString &text)
{
    const qsizetype before = text.size();
    if (text.contains(QChar(0)))
        text.remove(QChar(0));
    return before - text.size();
}

qsizetype stripNul(QStringList &list)
{
    qsizetype removed = 0;
    for (QString &s : list)
        removed += stripNul(s);
    return removed;
}

// NULs in strings and keys removed, non-finite numbers made null; counts both.
QJsonValue cleanJson(const QJsonValue &value, qsizetype &nuls, qsizetype &nonFinite);

QJsonObject cleanObject(const QJsonObject &object, qsizetype &nuls, qsizetype &nonFinite)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key();
        nuls += stripNul(key);
        out.insert(key, cleanJson(it.value(), nuls, nonFinite));
    }
    return out;
}

QJsonValue cleanJson(const QJsonValue &value, qsizetype &nuls, qsizetype &nonFinite)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString s = value.toString();
        const qsizetype n = stripNul(s);
        nuls += n;
        return n ? QJsonValue(s) : value;
    }
    case QJsonValue::Double:
        if (!std::isfinite(value.toDouble())) {
            ++nonFinite;
            return QJsonValue(QJsonValue::Null);
        }
        return value;
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(cleanJson(v, nuls, nonFinite));
        return out;
    }
    case QJsonValue::Object:
        return cleanObject(value.toObject(), nuls, nonFinite);
    default:
        return value;
    }
}

bool needsCleaning(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(QChar(0));
    case QJsonValue::Double:
        return !std::isfinite(value.toDouble());
    case QJsonValue::Array:
        for (const QJsonValue &v : value.toArray()) {
            if (needsCleaning(v))
                return true;
        }
        return false;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(0)) || needsCleaning(it.value()))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

bool timeFits(const QDateTime &at)
{
    if (!at.isValid())
        return true;
    const int year = at.toUTC().date().year();
    return year >= StoreLimits::MinYear && year <= StoreLimits::MaxYear;
}

bool moneyFits(const std::optional<double> &amount)
{
    return !amount || (std::isfinite(*amount) && std::abs(*amount) <= StoreLimits::MaxAbsMoney);
}
} // namespace

qsizetype StoreLimits::characters(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

Result<void> StoreLimits::apply(Issue &issue, QStringList *notesOut)
{
    // Refusals first: nothing is changed when the report is refused.
    if (issue.externalId.contains(QChar(0)))
        return refuse(QCoreApplication::translate(
            "StoreLimits", "field 'external_id' contains a NUL character; an identifier is never altered"));
    if (issue.externalId.toUtf8().size() > ExternalIdBytes)
        return refuse(
            QCoreApplication::translate("StoreLimits", "field 'external_id' is longer than %1 bytes")
                .arg(ExternalIdBytes));
    if (issue.source.contains(QChar(0)) || issue.source.toUtf8().size() > SourceBytes)
        return refuse(
            QCoreApplication::translate("StoreLimits", "field 'source' must be at most %1 bytes without NUL")
                .arg(SourceBytes));
    if (issue.severityLevel < 1 || issue.severityLevel > 5)
        return refuse(
            QCoreApplication::translate("StoreLimits", "field 'severity' must be an integer from 1 to 5"));
    if (characters(issue.issueType) > IssueTypeChars)
        return refuse(QCoreApplication::translate("StoreLimits", "field 'type' must be at most %1 characters")
                          .arg(IssueTypeChars));
    if (characters(issue.resolutionCategory) > ResolutionCategoryChars)
        return refuse(QCoreApplication::translate("StoreLimits",
                                                  "field 'resolution_category' must be at most %1 characters")
                          .arg(ResolutionCategoryChars));
    if (!moneyFits(issue.estimatedLossUsd))
        return refuse(QCoreApplication::translate(
            "StoreLimits", "field 'estimated_loss_usd' must be a finite amount below 10^13 USD "
                           "(the store's DECIMAL(15,2))"));
    if (!moneyFits(issue.actualLossUsd))
        return refuse(QCoreApplication::translate(
            "StoreLimits", "field 'actual_loss_usd' must be a finite amount below 10^13 USD "
                           "(the store's DECIMAL(15,2))"));
    const std::pair<const QDateTime *, const char *> times[] = {{&issue.reportedAt, "reported_at"},
                                                                {&issue.resolvedAt, "resolved_at"},
                                                                {&issue.receivedAt, "received_at"},
                                                                {&issue.acknowledgedAt, "acknowledged_at"}};
    for (const auto &[at, name] : times) {
        if (!timeFits(*at))
            return refuse(QCoreApplication::translate(
                              "StoreLimits", "field '%1' is outside the years %2–%3 the store accepts")
                              .arg(QLatin1String(name))
                              .arg(MinYear)
                              .arg(MaxYear));
    }

    QStringList notes;
    const auto noteNuls = [&notes](const char *field, qsizetype n) {
        if (n > 0)
            notes << QCoreApplication::translate("StoreLimits", "%n NUL character(s) removed from %1",
                                                 nullptr, int(n))
                         .arg(QLatin1String(field));
    };
    noteNuls("issue_type", stripNul(issue.issueType));
    noteNuls("resolution_category", stripNul(issue.resolutionCategory));
    noteNuls("title", stripNul(issue.title));
    noteNuls("symbol", stripNul(issue.symbol));
    noteNuls("protocol", stripNul(issue.protocol));
    noteNuls("related_tx_hashes", stripNul(issue.relatedTxHashes));
    noteNuls("affected_contracts", stripNul(issue.affectedContracts));
    noteNuls("reporter", stripNul(issue.reporterAddress));
    noteNuls("acknowledged_by", stripNul(issue.acknowledgedBy));
    const qsizetype bodyNuls = stripNul(issue.body);
    noteNuls("body", bodyNuls);
    const std::pair<QJsonObject *, const char *> groups[] = {
        {&issue.context.networkConditions, "network_conditions"},
        {&issue.context.priceContext, "price_context"},
        {&issue.context.protocolState, "protocol_state"}};
    for (const auto &[group, name] : groups) {
        if (!needsCleaning(*group))
            continue;
        qsizetype nuls = 0;
        qsizetype nonFinite = 0;
        *group = cleanObject(*group, nuls, nonFinite);
        noteNuls(name, nuls);
        if (nonFinite > 0)
            notes << QCoreApplication::translate("StoreLimits",
                                                 "%n non-finite number(s) in %1 stored as null", nullptr,
                                                 int(nonFinite))
                         .arg(QLatin1String(name));
    }
    if (characters(issue.reporterAddress) > ReporterChars) {
        notes << QCoreApplication::translate("StoreLimits", "reporter cut to %1 characters; it was: %2")
                     .arg(ReporterChars)
                     .arg(issue.reporterAddress);
        QString cut;
        qsizetype n = 0;
        for (qsizetype i = 0; i < issue.reporterAddress.size() && n < ReporterChars; ++n) {
            const qsizetype width = issue.reporterAddress.at(i).isHighSurrogate() &&
                                            i + 1 < issue.reporterAddress.size() &&
                                            issue.reporterAddress.at(i + 1).isLowSurrogate()
                                        ? 2
                                        : 1;
            cut += issue.reporterAddress.mid(i, width);
            i += width;
        }
        issue.reporterAddress = cut;
    }
    if (!notes.isEmpty()) {
        issue.body += (issue.body.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                      QStringLiteral("[Pegboard] ") + notes.join(QStringLiteral("; "));
    }
    if (notesOut)
        *notesOut = notes;
    return {};
}

} // namespace pegboard
