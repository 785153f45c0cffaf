#pragma once

#include "domain/error.h"
#include "domain/issue.h"
#include "feeds/jsonrpcadapter.h"
#include "store/storeworker.h" // Q_DECLARE_METATYPE(pegboard::Issue), which the signal needs

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QJsonArray;
class QTimer;

namespace pegboard {

// One Chainlink aggregator the collector watches.
struct OracleAggregator
{
    QString address; // lower-case 0x… contract address
    QString symbol;  // the coin its answers price, e.g. "USDC"
    QString protocol;
    int decimals = 8;
    qint64 heartbeatS = 86400;
    qint64 graceS = 60;
    double deviationBps = 50; // distance from the peg that counts as a failure
    double peg = 1.0;
};

// Turns AnswerUpdated logs into oracle_failure issues: (a) an aggregator whose last updatedAt is
// older than heartbeat + grace (checked on a timer, raised once per stale period), (b) an answer
// further than deviationBps from the peg. Deviation is measured against the peg, not the previous
// answer, so the verdict on a round depends on that round alone and replays after a restart reach
// the same decision. External ids are derived from the round, so the store's idempotent insert on
// (source, external_id) absorbs replays and restarts.
class OracleWatcher : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit OracleWatcher(QList<OracleAggregator> aggregators, QObject *parent = nullptr);

    static QString sourceName() { return QStringLiteral("onchain"); }
    // [{"address": "0x…", "symbol": "USDC", "decimals": 8, "heartbeat_s": 86400, "grace_s": 60,
    //   "deviation_bps": 50, "peg": 1.0, "protocol": "…"}]
    static Result<QList<OracleAggregator>> aggregatorsFromJson(const QJsonArray &array);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QList<OracleAggregator> aggregators() const { return m_aggregators; }
    // Starts the stale check; also the moment an aggregator never heard from is measured from.
    void start(int checkIntervalMs = 1000);

public slots:
    void observe(const pegboard::AnswerUpdatedLog &log);
    void checkStale();

signals:
    void issueRaised(const pegboard::Issue &issue);

private:
    struct State
    {
        qint64 lastUpdatedAtS = -1;
        QString lastRoundId;
        QString lastTransaction;
        QString staleRaisedFor;     // the round the current stale period was reported for
        QString deviationRaisedFor; // the last round reported as deviating
    };

    Issue newIssue(const OracleAggregator &aggregator, const QString &externalId, int severity) const;
    QDateTime now() const;

    QList<OracleAggregator> m_aggregators;
    QHash<QString, int> m_indexByAddress;
    QList<State> m_states;
    Clock m_clock;
    qint64 m_watchStartS = -1;
    QTimer *m_timer = nullptr;
};

} // namespace pegboard
