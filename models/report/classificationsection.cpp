#include "classificationsection.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::ClassificationSection", text);
}

QString met(std::optional<bool> v)
{
    if (!v)
        return tr("cannot assess");
    return *v ? tr("met") : tr("not met");
}
} // namespace

void ClassificationSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    const QJsonObject &profile = d.request.profile;
    const IncidentTimes t = f.incidentTimes();
    doc.heading(tr("3. Classification worksheet (DORA, Delegated Regulation (EU) 2024/1772)"));
    QList<QStringList> rows;
    const auto flag = [&](const char *key) -> std::optional<bool> {
        const QJsonValue v = profile.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        return std::nullopt;
    };
    rows.append({tr("Critical services affected"),
                 f.profileText(QStringLiteral("critical_services_affected")),
                 tr("yes (a precondition for a major incident)"), met(flag("critical_services_affected"))});
    // Clients: a share of all clients or an absolute count.
    std::optional<bool> clientsMet;
    QString clients = f.profileText(QStringLiteral("clients_affected"));
    if (const auto n = f.profileNumber(QStringLiteral("clients_affected"))) {
        clientsMet = *n > 100000;
        if (const auto total = f.profileNumber(QStringLiteral("clients_total")); total && *total > 0) {
            clients += QStringLiteral(" (%1 %)").arg(f.number(*n / *total * 100, 1));
            clientsMet = *clientsMet || *n / *total > 0.10;
        }
    }
    rows.append({tr("Clients, counterparts and transactions affected"), clients,
                 tr("> 10 % of clients or > 100,000 clients"), met(clientsMet)});
    rows.append({tr("Data losses (availability, authenticity, integrity, confidentiality)"),
                 f.profileText(QStringLiteral("data_losses")), tr("any"), met(flag("data_losses"))});
    rows.append({tr("Reputational impact"), f.profileText(QStringLiteral("reputational_impact")),
                 tr("media coverage, complaints or regulatory attention"), met(flag("reputational_impact"))});
    std::optional<bool> durationMet;
    QString duration = ReportFormat::notRecorded();
    if (t.occurrence.known()) {
        const QDateTime end = t.resolution.known() ? t.resolution.at : d.generatedAt;
        const double h = double(t.occurrence.at.secsTo(end)) / 3600.0;
        duration = f.hours(h) + (t.resolution.known() ? QString() : QLatin1Char(' ') + tr("(still open)"));
        durationMet = h > 24;
    }
    rows.append({tr("Duration of the incident"), duration, tr("> 24 h"), met(durationMet)});
    std::optional<bool> downtimeMet;
    if (const auto h = f.profileNumber(QStringLiteral("service_downtime_hours")))
        downtimeMet = *h > 2;
    rows.append({tr("Service downtime (critical services)"),
                 f.profileText(QStringLiteral("service_downtime_hours")), tr("> 2 h"), met(downtimeMet)});
    std::optional<bool> spreadMet;
    if (profile.value(QStringLiteral("member_states")).isArray())
        spreadMet = profile.value(QStringLiteral("member_states")).toArray().size() >= 2;
    rows.append({tr("Geographical spread (Member States)"), f.profileText(QStringLiteral("member_states")),
                 tr("≥ 2 Member States"), met(spreadMet)});
    const double loss = f.actualLoss().value_or(f.estimatedLoss());
    QString economic = f.usd(loss) + QLatin1Char(' ') +
                       (f.actualLoss() ? tr("(actual, from the store)") : tr("(estimated, from the store)"));
    std::optional<bool> economicMet;
    if (const auto rate = f.profileNumber(QStringLiteral("eur_per_usd"))) {
        economic += QStringLiteral(" = EUR %1").arg(f.number(loss * *rate, 2));
        economicMet = loss * *rate > 100000;
    } else {
        economic += QLatin1Char(' ') + tr("(EUR rate not recorded)");
    }
    rows.append({tr("Economic impact (direct and indirect costs and losses)"), economic, tr("> EUR 100,000"),
                 met(economicMet)});
    doc.table({tr("Criterion"), tr("Value"), tr("Threshold"), tr("Assessment")}, rows,
              {0.28, 0.32, 0.24, 0.16});
    doc.note(
        tr("A major incident affects critical services and either has data losses or meets two or more of "
           "the other criteria. \"cannot assess\" means the profile does not record the value."));
}

} // namespace pegboard
