#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "domain/error.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <pqxx/connection>

namespace pegboard {

// What arrived in the store since the last poll.
struct StoreChanges
{
    qint64 inserted = 0;
    QDateTime from; // reported_timestamp range of the new reports (may be invalid if unknown)
    QDateTime to;
    QList<QUuid> changed;   // reports with a new audit row (acknowledged, annotated, resolved…)
    bool inRecovery = true; // the server is still a standby
};

// Finds new reports and audited changes by reading the store, for servers that refuse LISTEN (a hot
// standby). Reports are counted past a received_at anchor that trails the newest row by a lookback,
// so a transaction that started before the newest row but committed after it is still counted;
// audit rows are read past their `at`, which the audit trigger sets under a lock held to commit.
class ChangePoller
{
public:
    // Rows committed more than this long after their received_at (their transaction's start) may be
    // missed; the console re-queries on every announced change anyway.
    static constexpr qint64 LookbackMicros = 10'000'000;

    // Reads where the store is now, so that only what arrives afterwards is reported.
    Result<void> prime(pqxx::connection &connection);
    Result<StoreChanges> poll(pqxx::connection &connection);

private:
    qint64 m_anchor = 0;   // µs since the epoch; rows with received_at past it are counted
    qint64 m_baseline = 0; // how many there were at the last poll
    qint64 m_newest = 0;   // the newest received_at seen
    qint64 m_auditId = 0;
    qint64 m_auditAt = 0;
};

} // namespace pegboard
