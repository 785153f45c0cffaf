#include "reportformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ReportFormat", text);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(
        QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
            .toJson(QJsonDocument::Compact));
}
} // namespace

ReportFormat::ReportFormat(const ReportData &data)
    : m_data(data)
    , m_locale(data.request.language == QLatin1String("de")
                   ? QLocale(QLocale::German, QLocale::Germany)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString ReportFormat::utc(const QDateTime &t) const
{
    if (!t.isValid())
        return notRecorded();
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString ReportFormat::utc(const StatedTime &t) const
{
    return t.known() ? QStringLiteral("%1 (%2)").arg(utc(t.at), t.source) : notRecorded();
}

QString ReportFormat::usd(double value) const
{
    return QStringLiteral("USD ") + m_locale.toString(value, 'f', 2);
}

QString ReportFormat::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportFormat::hours(double h) const
{
    return tr("%1 h").arg(m_locale.toString(h, 'f', 1));
}

QString ReportFormat::notRecorded()
{
    return tr("not recorded");
}

QString ReportFormat::profileText(const QString &key) const
{
    const QJsonValue v = m_data.request.profile.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return notRecorded();
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(jsonText(e));
        return parts.isEmpty() ? notRecorded() : parts.join(QLatin1String(", "));
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return m_locale.toString(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 2);
    return jsonText(v);
}

std::optional<double> ReportFormat::profileNumber(const QString &key) const
{
    const QJsonValue v = m_data.request.profile.value(key);
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

QDateTime ReportFormat::profileTime(const QString &key) const
{
    QDateTime t = QDateTime::fromString(m_data.request.profile.value(key).toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString ReportFormat::person(const AuditEntry &entry) const
{
    const QJsonObject details = QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object();
    const QString person = details.value(QStringLiteral("person")).toString();
    const QString role = details.value(QStringLiteral("role")).toString(entry.actor);
    if (m_data.request.redact == QLatin1String("persons") ||
        m_data.request.redact == QLatin1String("public")) {
        const QString key = person.isEmpty() ? role : person;
        if (!m_pseudonyms.contains(key))
            m_pseudonyms.insert(key, int(m_pseudonyms.size()) + 1);
        return tr("person %1").arg(m_pseudonyms.value(key));
    }
    if (person.isEmpty())
        return tr("%1 (role; no person recorded)").arg(role);
    return tr("%1 (role %2)").arg(person, role);
}

QString ReportFormat::change(const AuditEntry &entry) const
{
    const QJsonObject details = QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object();
    QStringList parts;
    const QJsonObject changes = details.value(QStringLiteral("changes")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        parts.append(QStringLiteral("%1: %2 → %3")
                         .arg(it.key(), jsonText(c.value(QStringLiteral("old"))),
                              jsonText(c.value(QStringLiteral("new")))));
    }
    for (const char *key : {"note", "body", "report_id"}) {
        const QString text = details.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            parts.append(
                QStringLiteral("%1: %2").arg(QLatin1String(key), redactsText() ? tr("[redacted]") : text));
    }
    return parts.join(QLatin1String("; "));
}

bool ReportFormat::redactsText() const
{
    return m_data.request.redact == QLatin1String("public");
}

IncidentTimes ReportFormat::incidentTimes() const
{
    IncidentTimes t;
    const QList<Issue> &issues = m_data.issues;
    // Detection is the first report (reported_timestamp; received_at is when Pegboard stored it,
    // which for imported history is the import). Occurrence is the onset on the recorded peg when
    // the feed shows the slide that led to it, else the first report.
    for (const Issue &i : issues) {
        if (i.reportedAt.isValid() && (!t.detection.known() || i.reportedAt < t.detection.at))
            t.detection = {i.reportedAt.toUTC(), tr("first report")};
    }
    t.occurrence = {t.detection.at, tr("first report")};
    if (t.detection.known() && !m_data.peg.empty()) {
        const qint64 detectedMs = t.detection.at.toMSecsSinceEpoch();
        std::optional<qint64> onset;
        for (auto it = m_data.peg.rbegin(); it != m_data.peg.rend(); ++it) {
            if (it->timestampMs > detectedMs)
                continue;
            if (std::abs(it->value - 1) * 10000 < 10)
                break;
            onset = it->timestampMs;
        }
        if (onset && *onset < detectedMs)
            t.occurrence = {
                QDateTime::fromMSecsSinceEpoch(*onset, QTimeZone::utc()),
                tr("peg beyond 10 bps without interruption until the first report, recorded feed")};
    }
    for (const AuditEntry &e : m_data.actions) {
        if (e.action == QLatin1String("acknowledge") &&
            (!t.classification.known() || e.at < t.classification.at))
            t.classification = {e.at.toUTC(), tr("first acknowledgement, audit log")};
    }
    bool allResolved = !issues.isEmpty();
    for (const Issue &i : issues) {
        allResolved = allResolved && i.isResolved();
        if (i.isResolved() && (!t.resolution.known() || i.resolvedAt > t.resolution.at))
            t.resolution = {i.resolvedAt.toUTC(), tr("last report resolved")};
    }
    if (!allResolved)
        t.resolution = {};
    // Recovery: the peg back within 10 bps after its largest deviation, from the recorded feed.
    if (!m_data.peg.empty()) {
        std::size_t worst = 0;
        for (std::size_t k = 0; k < m_data.peg.size(); ++k)
            if (std::abs(m_data.peg[k].value - 1) > std::abs(m_data.peg[worst].value - 1))
                worst = k;
        if (std::abs(m_data.peg[worst].value - 1) * 10000 >= 50) {
            for (std::size_t k = worst; k < m_data.peg.size(); ++k) {
                if (std::abs(m_data.peg[k].value - 1) * 10000 <= 10) {
                    t.recovery = {QDateTime::fromMSecsSinceEpoch(m_data.peg[k].timestampMs, QTimeZone::utc()),
                                  tr("peg back within 10 bps, recorded feed")};
                    break;
                }
            }
        }
    }
    const struct
    {
        const char *key;
        StatedTime *slot;
    } overrides[] = {{"occurred_at", &t.occurrence},
                     {"detected_at", &t.detection},
                     {"classified_at", &t.classification},
                     {"recovered_at", &t.recovery},
                     {"resolved_at", &t.resolution}};
    for (const auto &o : overrides) {
        const QDateTime at = profileTime(QLatin1String(o.key));
        if (at.isValid())
            *o.slot = {at, tr("profile")};
    }
    return t;
}

double ReportFormat::estimatedLoss() const
{
    double sum = 0;
    for (const Issue &i : m_data.issues)
        sum += i.estimatedLossUsd.value_or(0);
    return sum;
}

std::optional<double> ReportFormat::actualLoss() const
{
    std::optional<double> sum;
    for (const Issue &i : m_data.issues)
        if (i.actualLossUsd)
            sum = sum.value_or(0) + *i.actualLossUsd;
    return sum;
}

} // namespace pegboard
