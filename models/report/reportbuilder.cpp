#include "reportbuilder.h"

#include "analysis/rootcauseclusterer.h"
#include "audit/merkletree.h"
#include "domain/feedseries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <map>

namespace pegboard {

namespace {
bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Unexpected<Error> cancelError()
{
    return Error::make(Error::Code::Cancelled,
                       QCoreApplication::translate("pegboard::ReportBuilder", "Cancelled."));
}

QString reportId(const ReportData &d, const ReportEvidence &evidence)
{
    const ReportRequest &r = d.request;
    const QByteArray key =
        (r.kind == ReportRequest::Kind::Incident ? QByteArray("incident|") : QByteArray("period|")) +
        r.incident.toByteArray(QUuid::WithoutBraces) + '|' + r.from.toString(Qt::ISODateWithMs).toUtf8() +
        '|' + r.to.toString(Qt::ISODateWithMs).toUtf8() + '|' +
        d.generatedAt.toString(Qt::ISODateWithMs).toUtf8() + '|' + evidence.checkpointText +
        (evidence.identity.isEmpty() ? QByteArray() : '|' + evidence.identity);
    const QByteArray hash =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8).toUpper();
    return QStringLiteral("PB-%1-%2-%3")
        .arg(r.kind == ReportRequest::Kind::Incident ? QStringLiteral("INC") : QStringLiteral("PER"),
             d.generatedAt.toString(QStringLiteral("yyyyMMdd")), QString::fromLatin1(hash));
}

// The leaf of every cited record, and the SHA-256 over "<leaf> <table> <id> <leaf hash>\n" lines in
// leaf order (README "Compliance reports"). Without a log (a review bundle) the records are listed,
// reports then audit rows, with no leaf, hash or evidence hash: nothing is made up.
void cite(ReportData &d, const ReportEvidence &evidence, const QSet<QString> &issueIds,
          const QSet<QString> &auditIds)
{
    d.checkpointText = evidence.checkpointText;
    d.checkpointKey = QString::fromUtf8(evidence.verifierKey);
    d.verification = evidence.verification;
    d.sourceFacts = evidence.facts;
    d.leavesRecorded = evidence.log.has_value();
    if (!evidence.log) {
        QStringList issues(issueIds.begin(), issueIds.end());
        std::sort(issues.begin(), issues.end());
        QList<qint64> audits;
        for (const QString &id : auditIds)
            audits.append(id.toLongLong());
        std::sort(audits.begin(), audits.end());
        for (const QString &id : std::as_const(issues))
            d.cited.append({-1, QStringLiteral("stablecoin_issues"), id, {}});
        for (const qint64 id : std::as_const(audits))
            d.cited.append({-1, QStringLiteral("audit_log"), QString::number(id), {}});
        return;
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const LogLeaf &leaf : evidence.log->leaves) {
        const bool wanted =
            leaf.kind == LogLeaf::Kind::Issue ? issueIds.contains(leaf.ref) : auditIds.contains(leaf.ref);
        if (!wanted)
            continue;
        CitedLeaf c{leaf.index, leaf.table(), leaf.ref,
                    QString::fromLatin1(MerkleTree::toBytes(leaf.hash).toBase64())};
        sha.addData(QStringLiteral("%1 %2 %3 %4\n").arg(c.leaf).arg(c.table, c.ref, c.hashBase64).toUtf8());
        d.cited.append(c);
    }
    d.evidenceSha256 = QString::fromLatin1(sha.result().toHex());
}

QString describeCluster(const RootCauseCluster &c)
{
    const auto utc = [](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    QString text = QCoreApplication::translate(
                       "pegboard::ReportBuilder",
                       "Root-cause cluster %1: %2 reports, mostly %3 (%4 %), from %5 to %6; representative "
                       "report: \"%7\".")
                       .arg(c.id)
                       .arg(c.rows.size())
                       .arg(c.dominantType)
                       .arg(qRound(c.dominantShare * 100))
                       .arg(utc(c.fromMs), utc(c.toMs), c.representativeTitle);
    if (!std::isnan(c.medianGasGwei))
        text += QLatin1Char(' ') +
                QCoreApplication::translate(
                    "pegboard::ReportBuilder",
                    "Typical conditions: gas %1 gwei, peg deviation %2 bps, oracle staleness %3 s.")
                    .arg(double(c.medianGasGwei), 0, 'f', 0)
                    .arg(double(c.medianPegDeviationBps), 0, 'f', 1)
                    .arg(double(c.medianOracleStalenessS), 0, 'f', 0);
    return text;
}

Result<void> buildIncident(ReportData &d, ReportSource &source, const ReportBuilder::Progress &progress,
                           const std::atomic_bool *cancel, QSet<QString> &issueIds, QSet<QString> &auditIds)
{
    IssueQuery one;
    one.ids = {d.request.incident};
    auto found = source.issues(one);
    if (!found)
        return Unexpected<Error>(found.error());
    if (found->isEmpty())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("pegboard::ReportBuilder", "No report %1 in the %2.")
                               .arg(d.request.incident.toString(QUuid::WithoutBraces), source.description()));
    const Issue anchor = found->first();
    if (progress)
        progress(15, QCoreApplication::translate("pegboard::ReportBuilder",
                                                 "Finding the incident's root-cause cluster"));
    // The clustering needs the background around the incident to tell a burst from the usual rate.
    auto snapshot = source.snapshot(anchor.reportedAt.addDays(-7), anchor.reportedAt.addDays(1));
    if (!snapshot)
        return Unexpected<Error>(snapshot.error());
    if (cancelled(cancel))
        return cancelError();
    QList<QUuid> members{anchor.id};
    const auto row = std::find(snapshot->ids.begin(), snapshot->ids.end(), anchor.id);
    if (row != snapshot->ids.end()) {
        const ClusteringResult clustering = RootCauseClusterer::cluster(*snapshot);
        const int label = clustering.labels[std::size_t(row - snapshot->ids.begin())];
        for (const RootCauseCluster &c : clustering.clusters) {
            if (c.id != label)
                continue;
            d.rootCause = describeCluster(c);
            members.clear();
            for (const std::uint32_t r : c.rows)
                members.append(snapshot->ids[r]);
        }
    }
    if (d.rootCause.isEmpty())
        d.rootCause = QCoreApplication::translate(
            "pegboard::ReportBuilder",
            "No shared cause found: the analysis groups no other report with this one.");
    if (cancelled(cancel))
        return cancelError();
    if (progress)
        progress(35, QCoreApplication::translate("pegboard::ReportBuilder",
                                                 "Reading the incident's reports and actions"));
    IssueQuery all;
    all.ids = members;
    all.limit = int(members.size()) + 1;
    auto issues = source.issues(all);
    if (!issues)
        return Unexpected<Error>(issues.error());
    d.issues = *issues;
    std::sort(d.issues.begin(), d.issues.end(), [](const Issue &a, const Issue &b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.id.toString() < b.id.toString();
    });
    for (const Issue &i : std::as_const(d.issues))
        issueIds.insert(i.id.toString(QUuid::WithoutBraces));
    auto trail = source.auditTrail();
    if (!trail)
        return Unexpected<Error>(trail.error());
    for (const AuditEntry &e : std::as_const(*trail)) {
        if (issueIds.contains(e.issueId)) {
            d.actions.append(e);
            auditIds.insert(QString::number(e.id));
        }
    }
    // The coin the incident is about: the anchor's, else the members' most common.
    d.pegSymbol = anchor.symbol;
    if (d.pegSymbol.isEmpty()) {
        std::map<QString, int> counts;
        for (const Issue &i : std::as_const(d.issues))
            if (!i.symbol.isEmpty())
                ++counts[i.symbol];
        int best = 0;
        for (const auto &[symbol, n] : counts)
            if (n > best)
                best = n, d.pegSymbol = symbol;
    }
    if (!d.pegSymbol.isEmpty() && !d.issues.isEmpty()) {
        QDateTime end = d.issues.first().reportedAt;
        for (const Issue &i : std::as_const(d.issues))
            end = std::max({end, i.reportedAt, i.resolvedAt.isValid() ? i.resolvedAt : end});
        auto samples = source.samples({FeedSeries::price(d.pegSymbol)},
                                      d.issues.first().reportedAt.addSecs(-6 * 3600).toMSecsSinceEpoch(),
                                      end.addSecs(6 * 3600).toMSecsSinceEpoch());
        if (!samples)
            return Unexpected<Error>(samples.error());
        d.peg = std::move(*samples);
    }
    return {};
}

Result<void> buildPeriod(ReportData &d, ReportSource &source, const ReportBuilder::Progress &progress,
                         const std::atomic_bool *cancel, QSet<QString> &issueIds, QSet<QString> &auditIds)
{
    if (progress)
        progress(15, QCoreApplication::translate("pegboard::ReportBuilder",
                                                 "Clustering the period's reports into incidents"));
    auto snapshot = source.snapshot(d.request.from, d.request.to);
    if (!snapshot)
        return Unexpected<Error>(snapshot.error());
    if (cancelled(cancel))
        return cancelError();
    const ClusteringResult clustering = RootCauseClusterer::cluster(*snapshot);
    for (const RootCauseCluster &c : clustering.clusters) {
        IncidentGroup g;
        g.reports = int(c.rows.size());
        g.type = c.dominantType;
        g.lossUsd = c.totalLossUsd;
        g.start = QDateTime::fromMSecsSinceEpoch(c.fromMs, QTimeZone::utc());
        g.end = QDateTime::fromMSecsSinceEpoch(c.toMs, QTimeZone::utc());
        std::int64_t firstMs = std::numeric_limits<std::int64_t>::max();
        g.resolved = true;
        for (const std::uint32_t r : c.rows) {
            if (snapshot->reportedMs[r] < firstMs) {
                firstMs = snapshot->reportedMs[r];
                g.first = snapshot->ids[r];
            }
            g.resolved = g.resolved && snapshot->resolvedMs[r] != Snapshot::NoTime;
        }
        d.incidents.append(g);
    }
    std::sort(d.incidents.begin(), d.incidents.end(), [](const IncidentGroup &a, const IncidentGroup &b) {
        return a.start != b.start ? a.start < b.start : a.first.toString() < b.first.toString();
    });
    if (cancelled(cancel))
        return cancelError();
    if (progress)
        progress(40, QCoreApplication::translate("pegboard::ReportBuilder",
                                                 "Summarising losses and resolution times"));
    auto impact = source.impact(d.request.from, d.request.to);
    if (!impact)
        return Unexpected<Error>(impact.error());
    d.impact = *impact;
    IssueQuery open;
    open.from = d.request.from;
    open.to = d.request.to;
    open.openOnly = true;
    open.minSeverity = 4;
    open.limit = 200;
    auto openItems = source.issues(open);
    if (!openItems)
        return Unexpected<Error>(openItems.error());
    d.issues = *openItems;
    d.issuesCapped = d.issues.size() >= open.limit;
    std::sort(d.issues.begin(), d.issues.end(), [](const Issue &a, const Issue &b) {
        return a.reportedAt != b.reportedAt ? a.reportedAt < b.reportedAt : a.id.toString() < b.id.toString();
    });
    for (const Issue &i : std::as_const(d.issues))
        issueIds.insert(i.id.toString(QUuid::WithoutBraces));
    for (const IncidentGroup &g : std::as_const(d.incidents))
        issueIds.insert(g.first.toString(QUuid::WithoutBraces));
    auto trail = source.auditTrail();
    if (!trail)
        return Unexpected<Error>(trail.error());
    for (const AuditEntry &e : std::as_const(*trail)) {
        if (e.at >= d.request.from && e.at < d.request.to) {
            d.actions.append(e);
            auditIds.insert(QString::number(e.id));
        }
    }
    return {};
}
} // namespace

Result<ReportData> ReportBuilder::build(const ReportRequest &request, ReportSource &source,
                                        const Progress &progress, const std::atomic_bool *cancel)
{
    ReportData d;
    d.request = request;
    d.source = source.description();
    d.generatedAt = request.generatedAt.isValid() ? request.generatedAt.toUTC()
                                                  : QDateTime::currentDateTimeUtc().addMSecs(0);
    d.generatedAt.setTime(
        QTime(d.generatedAt.time().hour(), d.generatedAt.time().minute(), d.generatedAt.time().second()));
    if (progress)
        progress(5, QCoreApplication::translate("pegboard::ReportBuilder", "Reading the %1").arg(d.source));
    QSet<QString> issueIds, auditIds;
    auto gathered = request.kind == ReportRequest::Kind::Incident
                        ? buildIncident(d, source, progress, cancel, issueIds, auditIds)
                        : buildPeriod(d, source, progress, cancel, issueIds, auditIds);
    if (!gathered)
        return Unexpected<Error>(gathered.error());
    if (cancelled(cancel))
        return cancelError();
    if (progress)
        progress(60,
                 QCoreApplication::translate("pegboard::ReportBuilder", "Reading and checking the evidence"));
    auto evidence = source.evidence();
    if (!evidence)
        return Unexpected<Error>(evidence.error());
    cite(d, *evidence, issueIds, auditIds);
    d.reportId = reportId(d, *evidence);
    if (progress)
        progress(75, QCoreApplication::translate("pegboard::ReportBuilder", "Laying out the PDF"));
    return d;
}

} // namespace pegboard
