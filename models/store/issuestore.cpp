#include "issuestore.h"

#include "copystream.h"
#include "issuerow.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <pqxx/pqxx>

namespace pegboard {

namespace {
std::string uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

std::optional<std::string> optionalText(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
}

std::string arrayLiteral(const QStringList &values)
{
    std::string out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += '"';
        for (const char c : values[i].toStdString()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}
// The filter as SQL conditions (" AND …") with their parameters: one definition for the list,
// its count and the export, so the three always agree on which reports are in the filter.
std::string whereClause(const IssueQuery &q, std::vector<std::optional<std::string>> &params)
{
    std::string sql;
    auto param = [&](std::optional<std::string> value, const char *cast) {
        params.push_back(std::move(value));
        return "$" + std::to_string(params.size()) + cast;
    };
    if (q.from.isValid())
        sql += " AND reported_timestamp >= " +
               param(q.from.toUTC().toString(Qt::ISODateWithMs).toStdString(), "::timestamptz");
    if (q.to.isValid())
        sql += " AND reported_timestamp < " +
               param(q.to.toUTC().toString(Qt::ISODateWithMs).toStdString(), "::timestamptz");
    if (q.receivedBefore.isValid())
        sql += " AND received_at < " +
               param(q.receivedBefore.toUTC().toString(Qt::ISODateWithMs).toStdString(), "::timestamptz");
    if (!q.types.isEmpty())
        sql += " AND issue_type = ANY(" + param(arrayLiteral(q.types), "::text[]") + ")";
    if (q.minSeverity > 1)
        sql += " AND severity_level >= " + param(std::to_string(q.minSeverity), "::int");
    if (q.maxSeverity < 5)
        sql += " AND severity_level <= " + param(std::to_string(q.maxSeverity), "::int");
    if (!q.protocols.isEmpty())
        sql += " AND protocol = ANY(" + param(arrayLiteral(q.protocols), "::text[]") + ")";
    if (q.openOnly)
        sql += " AND resolved_timestamp IS NULL";
    if (!q.ids.isEmpty()) {
        QStringList ids;
        for (const QUuid &id : q.ids)
            ids << id.toString(QUuid::WithoutBraces);
        sql += " AND id = ANY(" + param(arrayLiteral(ids), "::uuid[]") + ")";
    }
    if (q.clusterId)
        sql += " AND cluster_id = " + param(std::to_string(*q.clusterId), "::int8");
    if (!q.text.trimmed().isEmpty()) {
        QString pattern = q.text.trimmed();
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const std::string p = param(("%" + pattern + "%").toStdString(), "::text");
        sql += " AND (title ILIKE " + p + " OR body ILIKE " + p + ")";
    }
    return sql;
}

} // namespace

IssueStore::IssueStore(QString url, std::shared_ptr<pqxx::connection> connection)
    : m_url(std::move(url))
    , m_connection(std::move(connection))
{}

IssueStore::~IssueStore() = default;

Result<std::unique_ptr<IssueStore>> IssueStore::open(const QString &url)
{
    auto connection = PgConnection::open(url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    return std::unique_ptr<IssueStore>(new IssueStore(url, std::move(connection).value()));
}

Result<void> IssueStore::ensureConnected()
{
    if (m_connection && m_connection->is_open())
        return {};
    auto connection = PgConnection::open(m_url);
    if (!connection)
        return Unexpected<Error>(connection.error());
    std::atomic_store(&m_connection, std::move(connection).value());
    m_stagingReady = false;
    return {};
}

namespace {
const std::vector<std::string> &copyColumns()
{
    static const std::vector<std::string> columns = [] {
        std::vector<std::string> out;
        for (const QString &c : QString::fromStdString(IssueRow::insertColumns()).split(QLatin1Char(',')))
            out.push_back(c.trimmed().toStdString());
        return out;
    }();
    return columns;
}
} // namespace

template<typename F> auto IssueStore::guarded(F &&body) -> decltype(body())
{
    if (auto ok = ensureConnected(); !ok)
        return Unexpected<Error>(ok.error());
    try {
        return body();
    } catch (const std::exception &e) {
        Error error = PgConnection::errorFrom(e);
        if (error.code == Error::Code::Unreachable) {
            // Drop the broken session; the next call reconnects.
            std::atomic_store(&m_connection, std::shared_ptr<pqxx::connection>());
            m_stagingReady = false;
        }
        return Unexpected<Error>(std::move(error));
    }
}

Result<InsertResult> IssueStore::insert(std::span<const Issue> issues)
{
    return guarded([&]() -> Result<InsertResult> {
        InsertResult result;
        result.submitted = static_cast<int>(issues.size());
        if (issues.empty())
            return result;
        pqxx::work tx(*m_connection);
        if (!m_stagingReady) {
            // Session-local staging table without indexes, constraints or typed columns: COPY into
            // it is as cheap as COPY gets, and ON COMMIT DELETE ROWS empties it for the next batch.
            tx.exec(IssueRow::stagingTable());
        }
        CopyStream::write(
            tx, "pegboard_staging", copyColumns(), issues.size(),
            [&](std::string &buffer, std::size_t row) { IssueRow::appendCopyLine(buffer, issues[row]); });
        const pqxx::result inserted =
            tx.exec("INSERT INTO stablecoin_issues (" + IssueRow::insertColumns() + ") SELECT " +
                    IssueRow::stagingCasts() + " FROM pegboard_staging ON CONFLICT DO NOTHING");
        tx.commit();
        m_stagingReady = true;
        result.inserted = static_cast<int>(inserted.affected_rows());
        return result;
    });
}

Result<InsertResult> IssueStore::insertNew(std::span<const Issue> issues)
{
    const bool complete = std::all_of(issues.begin(), issues.end(), [](const Issue &i) {
        return !i.id.isNull() && !i.externalId.isEmpty();
    });
    if (!complete || issues.empty())
        return insert(issues);
    auto copied = guarded([&]() -> Result<bool> {
        try {
            pqxx::work tx(*m_connection);
            CopyStream::write(
                tx, "stablecoin_issues", copyColumns(), issues.size(),
                [&](std::string &buffer, std::size_t row) { IssueRow::appendCopyLine(buffer, issues[row]); });
            tx.commit();
            return true;
        } catch (const pqxx::unique_violation &) {
            return false; // some were stored before: the deduplicating path keeps those
        }
    });
    if (!copied)
        return Unexpected<Error>(copied.error());
    if (!*copied)
        return insert(issues);
    return InsertResult{int(issues.size()), int(issues.size())};
}

Result<QList<Issue>> IssueStore::query(const IssueQuery &q)
{
    return guarded([&]() -> Result<QList<Issue>> {
        std::vector<std::optional<std::string>> params;
        std::string sql = "SELECT " + IssueRow::selectColumns() + " FROM stablecoin_issues WHERE TRUE" +
                          whereClause(q, params) + q.newestFirstSql() + " LIMIT " +
                          std::to_string(std::max(0, q.limit));
        if (q.offset > 0)
            sql += " OFFSET " + std::to_string(q.offset);

        pqxx::read_transaction tx(*m_connection);
        const pqxx::result rows = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
        QList<Issue> out;
        out.reserve(static_cast<qsizetype>(rows.size()));
        for (const auto &row : rows)
            out.append(IssueRow::fromRow(row));
        return out;
    });
}

Result<qint64> IssueStore::count(const IssueQuery &q)
{
    return guarded([&]() -> Result<qint64> {
        std::vector<std::optional<std::string>> params;
        const std::string sql = "SELECT count(*) FROM stablecoin_issues WHERE TRUE" + whereClause(q, params);
        pqxx::read_transaction tx(*m_connection);
        return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params))[0][0].as<long long>();
    });
}

Result<qint64> IssueStore::scan(const IssueQuery &q, const std::function<bool(const QList<Issue> &)> &onBatch,
                                int batchSize)
{
    return guarded([&]() -> Result<qint64> {
        std::vector<std::optional<std::string>> params;
        // A server-side cursor: the whole filter in one snapshot, never all of it in memory.
        const std::string sql = "DECLARE pegboard_scan NO SCROLL CURSOR FOR SELECT " +
                                IssueRow::selectColumns() + " FROM stablecoin_issues WHERE TRUE" +
                                whereClause(q, params) + q.newestFirstSql();
        pqxx::read_transaction tx(*m_connection);
        tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
        const std::string fetch = "FETCH " + std::to_string(std::max(1, batchSize)) + " FROM pegboard_scan";
        qint64 total = 0;
        while (true) {
            const pqxx::result rows = tx.exec(fetch);
            if (rows.empty())
                break;
            QList<Issue> batch;
            batch.reserve(static_cast<qsizetype>(rows.size()));
            for (const auto &row : rows)
                batch.append(IssueRow::fromRow(row));
            total += batch.size();
            if (!onBatch(batch))
                break;
        }
        tx.commit();
        return total;
    });
}

Result<std::optional<Issue>> IssueStore::fetch(const QUuid &id)
{
    return guarded([&]() -> Result<std::optional<Issue>> {
        pqxx::read_transaction tx(*m_connection);
        const pqxx::result rows = tx.exec_params("SELECT " + IssueRow::selectColumns() +
                                                     " FROM stablecoin_issues WHERE id = $1::uuid",
                                                 uuidText(id));
        if (rows.empty())
            return std::optional<Issue>();
        return std::optional<Issue>(IssueRow::fromRow(rows[0]));
    });
}

Result<qint64> IssueStore::count()
{
    return guarded([&]() -> Result<qint64> {
        pqxx::read_transaction tx(*m_connection);
        return tx.exec1("SELECT count(*) FROM stablecoin_issues")[0].as<long long>();
    });
}

Result<void> IssueStore::acknowledge(const QUuid &id, const QString &note)
{
    return guarded([&]() -> Result<void> {
        pqxx::work tx(*m_connection);
        PgConnection::applyPerson(tx);
        tx.exec_params("SELECT pegboard_acknowledge($1::uuid, $2)", uuidText(id), optionalText(note));
        tx.commit();
        return {};
    });
}

Result<void> IssueStore::resolve(const QUuid &id, const QString &category, bool preventionImplemented,
                                 std::optional<double> actualLossUsd, const QString &note)
{
    return guarded([&]() -> Result<void> {
        pqxx::work tx(*m_connection);
        PgConnection::applyPerson(tx);
        std::optional<std::string> loss;
        if (actualLossUsd)
            loss = std::to_string(*actualLossUsd);
        tx.exec_params("SELECT pegboard_resolve($1::uuid, $2, $3::boolean, $4::numeric, $5)", uuidText(id),
                       category.toStdString(), preventionImplemented, loss, optionalText(note));
        tx.commit();
        return {};
    });
}

Result<void> IssueStore::setPreventionImplemented(const QUuid &id, bool implemented, const QString &note)
{
    return guarded([&]() -> Result<void> {
        pqxx::work tx(*m_connection);
        PgConnection::applyPerson(tx);
        tx.exec_params("SELECT pegboard_set_prevention($1::uuid, $2::boolean, $3)", uuidText(id), implemented,
                       optionalText(note));
        tx.commit();
        return {};
    });
}

Result<qint64> IssueStore::annotate(const QUuid &id, const QString &body)
{
    return guarded([&]() -> Result<qint64> {
        pqxx::work tx(*m_connection);
        PgConnection::applyPerson(tx);
        const auto row =
            tx.exec_params1("SELECT pegboard_annotate($1::uuid, $2)", uuidText(id), body.toStdString());
        tx.commit();
        return row[0].as<long long>();
    });
}

Result<QList<Annotation>> IssueStore::annotations(const QUuid &id)
{
    return guarded([&]() -> Result<QList<Annotation>> {
        pqxx::read_transaction tx(*m_connection);
        QList<Annotation> out;
        for (const auto &r :
             tx.exec_params("SELECT id, author, floor(extract(epoch FROM created_at) * 1000)::int8, "
                            "body FROM annotations WHERE issue_id = $1::uuid ORDER BY created_at, id",
                            uuidText(id)))
            out.append({r[0].as<long long>(), QString::fromStdString(r[1].as<std::string>()),
                        QDateTime::fromMSecsSinceEpoch(r[2].as<long long>(), Qt::UTC),
                        QString::fromStdString(r[3].as<std::string>())});
        return out;
    });
}

Result<QList<AuditEntry>> IssueStore::auditTrail(const QUuid &id)
{
    return guarded([&]() -> Result<QList<AuditEntry>> {
        pqxx::read_transaction tx(*m_connection);
        const std::string sql = "SELECT id, floor(extract(epoch FROM at) * 1000)::int8, actor, action, "
                                "coalesce(issue_id::text, ''), details::text, hash FROM audit_log";
        const pqxx::result rows =
            id.isNull() ? tx.exec(sql + " ORDER BY id")
                        : tx.exec_params(sql + " WHERE issue_id = $1::uuid ORDER BY id", uuidText(id));
        QList<AuditEntry> out;
        for (const auto &r : rows)
            out.append({r[0].as<long long>(), QDateTime::fromMSecsSinceEpoch(r[1].as<long long>(), Qt::UTC),
                        QString::fromStdString(r[2].as<std::string>()),
                        QString::fromStdString(r[3].as<std::string>()),
                        QString::fromStdString(r[4].as<std::string>()),
                        QString::fromStdString(r[5].as<std::string>()),
                        QString::fromStdString(r[6].as<std::string>())});
        return out;
    });
}

Result<std::optional<qint64>> IssueStore::verifyAuditChain()
{
    return guarded([&]() -> Result<std::optional<qint64>> {
        pqxx::read_transaction tx(*m_connection);
        const auto row = tx.exec1("SELECT pegboard_verify_audit_chain()");
        if (row[0].is_null())
            return std::optional<qint64>();
        return std::optional<qint64>(row[0].as<long long>());
    });
}

void IssueStore::cancelRunningQuery()
{
    const std::shared_ptr<pqxx::connection> connection = std::atomic_load(&m_connection);
    if (!connection)
        return;
    try {
        connection->cancel_query();
    } catch (const std::exception &) {
        // Nothing running, or the session is gone: either way nothing left to cancel.
    }
}

pqxx::connection &IssueStore::connection()
{
    if (auto ok = ensureConnected(); !ok)
        throw pqxx::broken_connection(ok.error().message.toStdString());
    return *m_connection;
}

Result<ImpactSummary> IssueStore::impactSummary(const QDateTime &from, const QDateTime &to)
{
    return guarded(
        [&]() -> Result<ImpactSummary> { return ImpactQueries::summarise(*m_connection, from, to); });
}

} // namespace pegboard
