#include "classificationsection.h"

#include "domain/numberformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pegboard {

namespace {
QString met(std::optional<bool> v)
{
    if (!v)
        return QCoreApplication::translate("pegboard::ClassificationSection", "cannot assess");
    return *v ? QCoreApplication::translate("pegboard::ClassificationSection", "met")
              : QCoreApplication::translate("pegboard::ClassificationSection", "not met");
}
} // namespace

void ClassificationSection::write(const ReportFormat &f, PdfDocument &doc) const
{
    const ReportData &d = f.data();
    const QJsonObject &profile = d.request.profile;
    const IncidentTimes t = f.incidentTimes();
    doc.heading(QCoreApplication::translate(
        "pegboard::ClassificationSection",
        "3. Classification worksheet (DORA, Delegated Regulation (EU) 2024/1772)"));
    QList<QStringList> rows;
    const auto flag = [&](const char *key) -> std::optional<bool> {
        const QJsonValue v = profile.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        return std::nullopt;
    };
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection", "Critical services affected"),
                 f.profileText(QStringLiteral("critical_services_affected")),
                 QCoreApplication::translate("pegboard::ClassificationSection",
                                             "yes (a precondition for a major incident)"),
                 met(flag("critical_services_affected"))});
    // Clients: a share of all clients or an absolute count.
    std::optional<bool> clientsMet;
    QString clients = f.profileText(QStringLiteral("clients_affected"));
    if (const auto n = f.profileNumber(QStringLiteral("clients_affected"))) {
        clientsMet = *n > 100000;
        if (const auto total = f.profileNumber(QStringLiteral("clients_total")); total && *total > 0) {
            clients += QStringLiteral(" (%1)").arg(NumberFormat::percent(*n / *total, 1, f.locale()));
            clientsMet = *clientsMet || *n / *total > 0.10;
        }
    }
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection",
                                             "Clients, counterparts and transactions affected"),
                 clients,
                 QCoreApplication::translate("pegboard::ClassificationSection",
                                             "> 10 % of clients or > 100,000 clients"),
                 met(clientsMet)});
    rows.append(
        {QCoreApplication::translate("pegboard::ClassificationSection",
                                     "Data losses (availability, authenticity, integrity, confidentiality)"),
         f.profileText(QStringLiteral("data_losses")),
         QCoreApplication::translate("pegboard::ClassificationSection", "any"), met(flag("data_losses"))});
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection", "Reputational impact"),
                 f.profileText(QStringLiteral("reputational_impact")),
                 QCoreApplication::translate("pegboard::ClassificationSection",
                                             "media coverage, complaints or regulatory attention"),
                 met(flag("reputational_impact"))});
    std::optional<bool> durationMet;
    QString duration = ReportFormat::notRecorded();
    if (t.occurrence.known()) {
        const QDateTime end = t.resolution.known() ? t.resolution.at : d.generatedAt;
        const double h = double(t.occurrence.at.secsTo(end)) / 3600.0;
        duration = f.hours(h) +
                   (t.resolution.known()
                        ? QString()
                        : QLatin1Char(' ') +
                              QCoreApplication::translate("pegboard::ClassificationSection", "(still open)"));
        durationMet = h > 24;
    }
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection", "Duration of the incident"),
                 duration, QCoreApplication::translate("pegboard::ClassificationSection", "> 24 h"),
                 met(durationMet)});
    std::optional<bool> downtimeMet;
    if (const auto h = f.profileNumber(QStringLiteral("service_downtime_hours")))
        downtimeMet = *h > 2;
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection",
                                             "Service downtime (critical services)"),
                 f.profileText(QStringLiteral("service_downtime_hours")),
                 QCoreApplication::translate("pegboard::ClassificationSection", "> 2 h"), met(downtimeMet)});
    std::optional<bool> spreadMet;
    if (profile.value(QStringLiteral("member_states")).isArray())
        spreadMet = profile.value(QStringLiteral("member_states")).toArray().size() >= 2;
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection",
                                             "Geographical spread (Member States)"),
                 f.profileText(QStringLiteral("member_states")),
                 QCoreApplication::translate("pegboard::ClassificationSection", "≥ 2 Member States"),
                 met(spreadMet)});
    const double loss = f.actualLoss().value_or(f.estimatedLoss());
    QString economic =
        f.usd(loss) + QLatin1Char(' ') +
        (f.actualLoss()
             ? QCoreApplication::translate("pegboard::ClassificationSection", "(actual, from the store)")
             : QCoreApplication::translate("pegboard::ClassificationSection", "(estimated, from the store)"));
    std::optional<bool> economicMet;
    if (const auto rate = f.profileNumber(QStringLiteral("eur_per_usd"))) {
        economic += QStringLiteral(" = EUR %1").arg(f.number(loss * *rate, 2));
        economicMet = loss * *rate > 100000;
    } else {
        economic += QLatin1Char(' ') +
                    QCoreApplication::translate("pegboard::ClassificationSection", "(EUR rate not recorded)");
    }
    rows.append({QCoreApplication::translate("pegboard::ClassificationSection",
                                             "Economic impact (direct and indirect costs and losses)"),
                 economic, QCoreApplication::translate("pegboard::ClassificationSection", "> EUR 100,000"),
                 met(economicMet)});
    doc.table({QCoreApplication::translate("pegboard::ClassificationSection", "Criterion"),
               QCoreApplication::translate("pegboard::ClassificationSection", "Value"),
               QCoreApplication::translate("pegboard::ClassificationSection", "Threshold"),
               QCoreApplication::translate("pegboard::ClassificationSection", "Assessment")},
              rows, {0.28, 0.28, 0.24, 0.2});
    doc.note(QCoreApplication::translate(
        "pegboard::ClassificationSection",
        "A major incident affects critical services and either has data losses or meets two or more of "
        "the other criteria. \"cannot assess\" means the profile does not record the value."));
}

} // namespace pegboard
