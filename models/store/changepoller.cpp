#include "changepoller.h"

#include "pgconnection.h"

#include <pqxx/pqxx>

namespace pegboard {

namespace {
// Times cross as microseconds since the epoch (int8), exact both ways.
#define PB_US(x) "(extract(epoch FROM " x ") * 1000000)::int8"
#define PB_TS(p) "('epoch'::timestamptz + " p "::int8 * interval '1 microsecond')"

constexpr const char *PrimeSql = "SELECT coalesce((SELECT " PB_US(
    "received_at") " FROM stablecoin_issues"
                   "                 ORDER BY received_at DESC LIMIT 1), " PB_US(
                       "now()") "),"
                                "       coalesce((SELECT max(id) FROM audit_log), 0),"
                                "       coalesce((SELECT " PB_US(
                                    "at") " FROM audit_log ORDER BY id DESC LIMIT 1), 0)";
constexpr const char *CountSql = "SELECT count(*) FROM stablecoin_issues WHERE received_at > " PB_TS("$1");
// $1 the anchor, $2 the next anchor, $3 the newest received_at seen so far.
constexpr const char *PollSql = "SELECT count(*), count(*) FILTER (WHERE received_at > " PB_TS(
    "$2") "),"
          "       " PB_US("min(reported_timestamp) FILTER (WHERE received_at > " PB_TS(
              "$3") ")") ","
                         "       " PB_US("max(reported_timestamp) FILTER (WHERE received_at > " PB_TS(
                             "$3") ")") ","
                                        "       " PB_US("max(received_at)") ", pg_is_in_recovery()"
                                                                            "  FROM stablecoin_issues WHERE "
                                                                            "received_at > " PB_TS("$1");
constexpr const char *AuditSql =
    "SELECT id, issue_id, " PB_US("at") " FROM audit_log"
                                        " WHERE id > $1 AND at > " PB_TS("$2") " ORDER BY at";
#undef PB_US
#undef PB_TS

QDateTime timeOf(const pqxx::field &f)
{
    if (f.is_null())
        return {};
    return QDateTime::fromMSecsSinceEpoch(f.as<qint64>() / 1000, Qt::UTC);
}

// At most this many audit writers can hold an id they have not committed yet: ids come from a
// sequence before the audit trigger takes its lock, so they may commit out of id order.
constexpr qint64 AuditIdSlack = 100;
} // namespace

Result<void> ChangePoller::prime(pqxx::connection &connection)
{
    try {
        pqxx::nontransaction tx(connection);
        const pqxx::row r = tx.exec1(PrimeSql);
        m_newest = r[0].as<qint64>();
        m_anchor = m_newest - LookbackMicros;
        m_auditId = r[1].as<qint64>();
        m_auditAt = r[2].as<qint64>();
        m_baseline = tx.exec_params1(CountSql, m_anchor)[0].as<qint64>();
        return {};
    } catch (const std::exception &e) {
        return Unexpected<Error>(PgConnection::errorFrom(e));
    }
}

Result<StoreChanges> ChangePoller::poll(pqxx::connection &connection)
{
    // Move the anchor up once the newest row is well past it, so the counted window stays small.
    const qint64 nextAnchor = m_newest - m_anchor > 2 * LookbackMicros ? m_newest - LookbackMicros : m_anchor;
    StoreChanges changes;
    try {
        pqxx::nontransaction tx(connection);
        const pqxx::row r = tx.exec_params1(PollSql, m_anchor, nextAnchor, m_newest);
        const qint64 counted = r[0].as<qint64>();
        changes.inserted = std::max<qint64>(0, counted - m_baseline);
        changes.from = timeOf(r[2]);
        changes.to = timeOf(r[3]);
        if (!r[4].is_null())
            m_newest = std::max(m_newest, r[4].as<qint64>());
        changes.inRecovery = r[5].as<bool>();
        m_anchor = nextAnchor;
        m_baseline = r[1].as<qint64>();

        const pqxx::result rows = tx.exec_params(AuditSql, m_auditId - AuditIdSlack, m_auditAt);
        for (const auto &row : rows) {
            m_auditId = std::max(m_auditId, row[0].as<qint64>());
            m_auditAt = std::max(m_auditAt, row[2].as<qint64>());
            if (!row[1].is_null()) {
                const QUuid id = QUuid::fromString(QString::fromStdString(row[1].as<std::string>()));
                if (!changes.changed.contains(id))
                    changes.changed.append(id);
            }
        }
        return changes;
    } catch (const std::exception &e) {
        return Unexpected<Error>(PgConnection::errorFrom(e));
    }
}

} // namespace pegboard
