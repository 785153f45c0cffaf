#include "oraclewatcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>
#include <cmath>

namespace pegboard {

namespace {
// How many times the limit was exceeded decides the severity: just past it is a warning (3),
// twice is urgent (4, written to the store at once), four times is critical (5).
int severityFor(double ratio)
{
    if (ratio >= 4)
        return 5;
    if (ratio >= 2)
        return 4;
    return 3;
}
} // namespace

OracleWatcher::OracleWatcher(QList<OracleAggregator> aggregators, QObject *parent)
    : QObject(parent)
    , m_aggregators(std::move(aggregators))
    , m_states(m_aggregators.size())
    , m_timer(new QTimer(this))
{
    for (int i = 0; i < m_aggregators.size(); ++i) {
        m_aggregators[i].address = m_aggregators[i].address.toLower();
        m_indexByAddress.insert(m_aggregators[i].address, i);
    }
    connect(m_timer, &QTimer::timeout, this, &OracleWatcher::checkStale);
}

Result<QList<OracleAggregator>> OracleWatcher::aggregatorsFromJson(const QJsonArray &array)
{
    static const QRegularExpression addressPattern(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    QList<OracleAggregator> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const auto invalid = [i](const QString &why) {
            return Error::make(Error::Code::InvalidInput, tr("oracles[%1]: %2").arg(i).arg(why));
        };
        OracleAggregator a;
        a.address = o.value(QStringLiteral("address")).toString().toLower();
        a.symbol = o.value(QStringLiteral("symbol")).toString();
        a.protocol = o.value(QStringLiteral("protocol")).toString();
        a.decimals = o.value(QStringLiteral("decimals")).toInt(a.decimals);
        a.heartbeatS = o.value(QStringLiteral("heartbeat_s")).toInteger(a.heartbeatS);
        a.graceS = o.value(QStringLiteral("grace_s")).toInteger(a.graceS);
        a.deviationBps = o.value(QStringLiteral("deviation_bps")).toDouble(a.deviationBps);
        a.peg = o.value(QStringLiteral("peg")).toDouble(a.peg);
        if (!addressPattern.match(a.address).hasMatch())
            return invalid(tr("'address' must be a 0x-prefixed 20-byte hex address"));
        if (a.symbol.trimmed().isEmpty())
            return invalid(tr("'symbol' is required"));
        if (a.decimals < 0 || a.decimals > 36)
            return invalid(tr("'decimals' must be from 0 to 36"));
        if (a.heartbeatS <= 0 || a.graceS < 0)
            return invalid(tr("'heartbeat_s' must be positive and 'grace_s' not negative"));
        if (!(a.deviationBps > 0) || !(a.peg > 0))
            return invalid(tr("'deviation_bps' and 'peg' must be positive"));
        out.append(a);
    }
    return out;
}

void OracleWatcher::start(int checkIntervalMs)
{
    m_watchStartS = now().toSecsSinceEpoch();
    m_timer->start(std::max(10, checkIntervalMs));
}

QDateTime OracleWatcher::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void OracleWatcher::observe(const AnswerUpdatedLog &log)
{
    const auto found = m_indexByAddress.constFind(log.address.toLower());
    if (found == m_indexByAddress.constEnd())
        return; // a log from a contract nobody configured: not ours to judge
    const OracleAggregator &aggregator = m_aggregators.at(*found);
    State &state = m_states[*found];
    // Out-of-order or replayed rounds never move the stale clock backwards.
    if (log.updatedAtS >= state.lastUpdatedAtS) {
        if (log.updatedAtS > state.lastUpdatedAtS || state.lastRoundId != log.roundId)
            state.staleRaisedFor.clear();
        state.lastUpdatedAtS = log.updatedAtS;
        state.lastRoundId = log.roundId;
        state.lastTransaction = log.transactionHash;
    }
    const double answer = log.rawAnswer / std::pow(10.0, aggregator.decimals);
    const double bps = std::abs(answer - aggregator.peg) / aggregator.peg * 10000.0;
    if (!(bps > aggregator.deviationBps) || state.deviationRaisedFor == log.roundId)
        return;
    state.deviationRaisedFor = log.roundId;
    Issue issue = newIssue(aggregator, QStringLiteral("%1:deviation:%2").arg(aggregator.address, log.roundId),
                           severityFor(bps / aggregator.deviationBps));
    const QDateTime updatedAt = QDateTime::fromSecsSinceEpoch(log.updatedAtS, Qt::UTC);
    if (updatedAt.isValid() && log.updatedAtS > 0)
        issue.reportedAt = updatedAt;
    issue.title = tr("%1 oracle answer %2 is %3 bps off its %4 peg")
                      .arg(aggregator.symbol)
                      .arg(answer, 0, 'f', 6)
                      .arg(bps, 0, 'f', 1)
                      .arg(aggregator.peg, 0, 'f', 2);
    issue.body = tr("Chainlink aggregator %1 reported %2 for %3 in round %4 (updated %5, block %6, "
                    "transaction %7). The configured limit is %8 bps from the peg of %9.")
                     .arg(aggregator.address)
                     .arg(answer, 0, 'f', 8)
                     .arg(aggregator.symbol, log.roundId, updatedAt.toString(Qt::ISODate))
                     .arg(log.blockNumber)
                     .arg(log.transactionHash.isEmpty() ? tr("unknown") : log.transactionHash)
                     .arg(aggregator.deviationBps)
                     .arg(aggregator.peg);
    if (!log.transactionHash.isEmpty())
        issue.relatedTxHashes.append(log.transactionHash.toLower());
    emit issueRaised(issue);
}

void OracleWatcher::checkStale()
{
    const QDateTime current = now();
    const qint64 nowS = current.toSecsSinceEpoch();
    for (int i = 0; i < m_aggregators.size(); ++i) {
        const OracleAggregator &aggregator = m_aggregators.at(i);
        State &state = m_states[i];
        const bool seen = state.lastUpdatedAtS >= 0;
        if (!seen && m_watchStartS < 0)
            continue; // not started: nothing to measure silence from
        const qint64 since = seen ? state.lastUpdatedAtS : m_watchStartS;
        const qint64 age = nowS - since;
        // Keyed on the last round (or "unseen"), so a stale period is reported once however often
        // this runs, and a restart that replays the same last round reports it under the same id.
        const QString key = seen ? state.lastRoundId : QStringLiteral("unseen");
        if (age <= aggregator.heartbeatS + aggregator.graceS || state.staleRaisedFor == key)
            continue;
        state.staleRaisedFor = key;
        Issue issue = newIssue(aggregator, QStringLiteral("%1:stale:%2").arg(aggregator.address, key),
                               severityFor(double(age) / double(aggregator.heartbeatS)));
        issue.title = tr("%1 oracle is stale: no answer for %2 s (heartbeat %3 s)")
                          .arg(aggregator.symbol)
                          .arg(age)
                          .arg(aggregator.heartbeatS);
        if (seen) {
            issue.body =
                tr("Chainlink aggregator %1 last updated %2 in round %3 (transaction %4); its heartbeat "
                   "is %5 s plus %6 s grace, and no AnswerUpdated has arrived since. Consumers "
                   "reading it now price %7 on an outdated answer.")
                    .arg(aggregator.address,
                         QDateTime::fromSecsSinceEpoch(state.lastUpdatedAtS, Qt::UTC).toString(Qt::ISODate),
                         state.lastRoundId,
                         state.lastTransaction.isEmpty() ? tr("unknown") : state.lastTransaction)
                    .arg(aggregator.heartbeatS)
                    .arg(aggregator.graceS)
                    .arg(aggregator.symbol);
            if (!state.lastTransaction.isEmpty())
                issue.relatedTxHashes.append(state.lastTransaction);
        } else {
            issue.body = tr("No AnswerUpdated from Chainlink aggregator %1 since the collector started "
                            "watching it %2 s ago; its heartbeat is %3 s plus %4 s grace.")
                             .arg(aggregator.address)
                             .arg(age)
                             .arg(aggregator.heartbeatS)
                             .arg(aggregator.graceS);
        }
        emit issueRaised(issue);
    }
}

Issue OracleWatcher::newIssue(const OracleAggregator &aggregator, const QString &externalId,
                              int severity) const
{
    Issue issue;
    issue.id = QUuid::createUuid();
    issue.source = sourceName();
    issue.externalId = externalId;
    issue.issueType = QStringLiteral("oracle_failure");
    issue.severityLevel = severity;
    issue.receivedAt = now();
    issue.reportedAt = issue.receivedAt;
    issue.symbol = aggregator.symbol;
    issue.protocol = aggregator.protocol;
    issue.affectedContracts = {aggregator.address};
    return issue;
}

} // namespace pegboard
