#include "merklelogreader.h"

#include "leafencoder.h"
#include "store/copydecoder.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <libpq-fe.h>
#include <limits>
#include <memory>
#include <span>

namespace pegboard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pegboard::MerkleLogReader", text);
}

constexpr int IssueColumns = 25;
constexpr int AuditColumns = 6;

struct PgConnDeleter
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, PgConnDeleter>;

Error lastError(PGconn *c)
{
    const QString message = QString::fromUtf8(PQerrorMessage(c)).trimmed();
    return Error{PQstatus(c) == CONNECTION_OK ? PgConnection::classify(message) : Error::Code::Unreachable,
                 message};
}

// Runs a statement that returns rows as text; nullopt (with error) on failure.
Result<std::shared_ptr<PGresult>> query(PGconn *c, const char *sql)
{
    std::shared_ptr<PGresult> r(PQexec(c, sql), PQclear);
    const auto status = PQresultStatus(r.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return Unexpected<Error>(
            Error{PgConnection::classify(QString::fromUtf8(PQresultErrorMessage(r.get()))),
                  QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed()});
    return r;
}

// A COPY text field: \N is NULL, escapes decoded.
std::optional<QByteArray> unescape(std::string_view f)
{
    if (f == "\\N")
        return std::nullopt;
    std::string scratch;
    const std::string_view text = CopyDecoder::unescape(f, scratch);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// A leaf straight from its COPY fields, for a row no recorded change rolls back (nearly all):
// no value per field. False when a list column is not in array_to_json's plain form; the caller
// then takes the general way, which decides what such a value is.
bool encodeFromCopy(const char *kind, std::span<const std::string_view> fields, bool hasLists,
                    QByteArray &out, std::string &scratch)
{
    LeafEncoder::begin(out, kind);
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (fields[k] == "\\N") {
            LeafEncoder::appendNull(out);
            continue;
        }
        const std::string_view text = CopyDecoder::unescape(fields[k], scratch);
        if (hasLists && (k == 14 || k == 15)) {
            if (!LeafEncoder::appendJsonList(out, text))
                return false;
        } else {
            LeafEncoder::appendText(out, text);
        }
    }
    return true;
}

LeafValue textValue(const std::optional<QByteArray> &v)
{
    return v ? LeafValue::of(*v) : LeafValue::null();
}

// text[] columns arrive as array_to_json text.
std::optional<LeafValue> listValue(const std::optional<QByteArray> &v)
{
    if (!v)
        return LeafValue::null();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*v, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return LeafValue::fromJson(doc.array());
}

struct Change
{
    qint64 leaf;
    QJsonObject columns; // column -> {"old": …, "new": …}
};
} // namespace

MerkleLogReader::MerkleLogReader(QString url)
    : m_url(std::move(url))
{}

const char *MerkleLogReader::leafQuery()
{
    return "SELECT l.idx, CASE WHEN l.issue_id IS NOT NULL THEN 'issue' ELSE 'audit' END,"
           " coalesce(l.issue_id::text, l.audit_id::text),"
           " (i.id IS NOT NULL OR a.id IS NOT NULL),"
           " i.id::text, i.source, i.external_id, i.issue_type, i.severity_level::text,"
           " to_char(i.reported_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " to_char(i.resolved_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " i.network_conditions::text, i.price_context::text, i.protocol_state::text,"
           " i.estimated_loss_usd::text, i.actual_loss_usd::text, i.resolution_category,"
           " CASE WHEN i.prevention_implemented THEN 'true' WHEN NOT i.prevention_implemented THEN 'false' "
           "END,"
           " array_to_json(i.related_tx_hashes)::text, array_to_json(i.affected_contracts)::text,"
           " i.reporter_address, i.title, i.body, i.protocol, i.symbol, i.cluster_id::text,"
           " i.acknowledged_by,"
           " to_char(i.acknowledged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " to_char(i.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " a.id::text, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
           " a.actor, a.action, a.issue_id::text, a.details::text"
           " FROM merkle_leaves l"
           " LEFT JOIN stablecoin_issues i ON i.id = l.issue_id"
           " LEFT JOIN audit_log a ON a.id = l.audit_id";
}

Result<LogState> MerkleLogReader::read(const std::function<void(qint64)> &progress,
                                       const std::atomic_bool *cancel) const
{
    if (auto valid = PgConnection::validateUrl(m_url); !valid)
        return Unexpected<Error>(valid.error());
    Conn conn(PQconnectdb(m_url.toUtf8().constData()));
    if (PQstatus(conn.get()) != CONNECTION_OK)
        return Unexpected<Error>(lastError(conn.get()));
    PGconn *c = conn.get();

    // One snapshot for every query below.
    if (auto begun = query(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun)
        return Unexpected<Error>(begun.error());
    if (!m_snapshot.isEmpty()) {
        // Snapshot ids are hex digits and dashes; anything else is not passed to the server.
        for (char ch : m_snapshot)
            if (!std::isxdigit(static_cast<unsigned char>(ch)) && ch != '-')
                return Error::make(Error::Code::InvalidInput,
                                   tr("Not a snapshot id: %1").arg(QString::fromLatin1(m_snapshot)));
        const std::string set = "SET TRANSACTION SNAPSHOT '" + m_snapshot.toStdString() + "'";
        if (auto done = query(c, set.c_str()); !done)
            return Unexpected<Error>(done.error());
    }
    // The leaves come in whatever order the join yields and are put in log order here: sorting a
    // million formatted rows by idx cost the server more than formatting them (a 1.3 GB spill to
    // disk). One backend without JIT: the read is bound by formatting, which parallel workers and
    // compiled expressions did not speed up, and they took the cores a bundle export needs.
    query(c, "SET LOCAL work_mem = '256MB'");
    query(c, "SET LOCAL jit = off");
    query(c, "SET LOCAL max_parallel_workers_per_gather = 0");
    auto exists = query(c, "SELECT to_regclass('public.merkle_leaves') IS NOT NULL");
    if (!exists)
        return Unexpected<Error>(exists.error());
    if (QByteArray(PQgetvalue(exists->get(), 0, 0)) != "t")
        return Error::make(Error::Code::NotFound,
                           tr("This store has no evidence log; run `pegboard db migrate` first."));

    LogState state;
    auto id = query(c, "SELECT log_id::text FROM merkle_log");
    if (!id)
        return Unexpected<Error>(id.error());
    if (PQntuples(id->get()) != 1)
        return Error::make(Error::Code::InvalidInput, tr("The store's merkle_log identity row is missing."));
    state.logId = QString::fromUtf8(PQgetvalue(id->get(), 0, 0));

    // Every recorded change, in log order, by report.
    QHash<QByteArray, QList<Change>> changes;
    auto changeRows =
        query(c, "SELECT l.idx, a.issue_id::text, (a.details -> 'changes')::text"
                 " FROM merkle_leaves l JOIN audit_log a ON a.id = l.audit_id"
                 " WHERE a.issue_id IS NOT NULL AND jsonb_typeof(a.details -> 'changes') = 'object'"
                 " ORDER BY l.idx");
    if (!changeRows)
        return Unexpected<Error>(changeRows.error());
    for (int r = 0; r < PQntuples(changeRows->get()); ++r) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(PQgetvalue(changeRows->get(), r, 2)));
        changes[QByteArray(PQgetvalue(changeRows->get(), r, 1))].append(
            {QByteArray(PQgetvalue(changeRows->get(), r, 0)).toLongLong(), doc.object()});
    }

    const std::string copy = std::string("COPY (") + leafQuery() + ") TO STDOUT";
    {
        std::shared_ptr<PGresult> started(PQexec(c, copy.c_str()), PQclear);
        if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
            return Unexpected<Error>(lastError(c));
    }
    const QStringList &issueNames = LeafEncoder::issueFields();
    char *buffer = nullptr;
    int length = 0;
    bool cancelled = false;
    std::vector<std::string_view> f;
    QList<LeafValue> values;
    QByteArray encoded;
    std::string scratch;
    while ((length = PQgetCopyData(c, &buffer, 0)) > 0) {
        std::unique_ptr<char, decltype(&PQfreemem)> line(buffer, PQfreemem);
        if (cancelled)
            continue; // drain the COPY so the connection ends cleanly
        std::string_view row(buffer, std::size_t(length));
        if (!row.empty() && row.back() == '\n')
            row.remove_suffix(1);
        f.clear();
        std::size_t start = 0;
        for (std::size_t i = 0; i <= row.size(); ++i) {
            if (i == row.size() || row[i] == '\t') {
                f.push_back(row.substr(start, i - start));
                start = i + 1;
            }
        }
        if (f.size() != std::size_t(4 + IssueColumns + AuditColumns))
            return Error::make(Error::Code::Query, tr("Unexpected row shape from the evidence log query."));

        LogLeaf leaf;
        leaf.index = QByteArray(f[0].data(), int(f[0].size())).toLongLong();
        leaf.kind = f[1] == "issue" ? LogLeaf::Kind::Issue : LogLeaf::Kind::Audit;
        leaf.ref = QString::fromUtf8(f[2].data(), int(f[2].size()));
        leaf.recordMissing = f[3] != "t";
        if (leaf.recordMissing) {
            state.findings.append({LogFinding::Kind::Deleted, leaf.index, leaf.table(), leaf.ref,
                                   tr("the log lists it but the row is gone")});
            state.leaves.push_back(std::move(leaf));
            continue;
        }

        const bool issue = leaf.kind == LogLeaf::Kind::Issue;
        const auto found =
            issue ? changes.constFind(QByteArray::fromRawData(f[2].data(), qsizetype(f[2].size())))
                  : changes.constEnd();
        const auto columns = issue ? std::span(f).subspan(4, IssueColumns)
                                   : std::span(f).subspan(4 + IssueColumns, AuditColumns);
        if (found != changes.constEnd() ||
            !encodeFromCopy(issue ? "issue" : "audit", columns, issue, encoded, scratch)) {
            values.clear();
            if (issue) {
                for (int k = 0; k < IssueColumns; ++k) {
                    const auto raw = unescape(f[std::size_t(4 + k)]);
                    if (k == 14 || k == 15) {
                        auto list = listValue(raw);
                        values.append(list ? *list : LeafValue::of(raw.value_or(QByteArray())));
                    } else {
                        values.append(textValue(raw));
                    }
                }
                // Roll each column back to its value at insert through the recorded old values, and
                // check that the recorded history leads to what the row holds now.
                if (found != changes.constEnd()) {
                    for (int k = 0; k < IssueColumns; ++k) {
                        std::optional<LeafValue> first, last;
                        qint64 lastLeaf = -1;
                        for (const Change &change : *found) {
                            if (change.leaf <= leaf.index || !change.columns.contains(issueNames[k]))
                                continue;
                            const QJsonObject entry = change.columns.value(issueNames[k]).toObject();
                            const auto oldValue = LeafValue::fromJson(entry.value(QStringLiteral("old")));
                            const auto newValue = LeafValue::fromJson(entry.value(QStringLiteral("new")));
                            if (!oldValue || !newValue)
                                continue;
                            if (!first)
                                first = oldValue;
                            else if (!(*last == *oldValue))
                                state.findings.append(
                                    {LogFinding::Kind::Edited, leaf.index, leaf.table(), leaf.ref,
                                     tr("column %1 was %2 before the change at leaf %3, but the audited "
                                        "value before it was %4")
                                         .arg(issueNames[k], oldValue->display())
                                         .arg(change.leaf)
                                         .arg(last->display())});
                            last = newValue;
                            lastLeaf = change.leaf;
                        }
                        if (!first)
                            continue;
                        if (!(*last == values[k]))
                            state.findings.append(
                                {LogFinding::Kind::Edited, leaf.index, leaf.table(), leaf.ref,
                                 tr("column %1 holds %2, but its last audited value (leaf %3) "
                                    "is %4: changed without an audit record")
                                     .arg(issueNames[k], values[k].display())
                                     .arg(lastLeaf)
                                     .arg(last->display())});
                        values[k] = *first;
                    }
                }
                encoded = LeafEncoder::encode("issue", values);
            } else {
                for (int k = 0; k < AuditColumns; ++k)
                    values.append(textValue(unescape(f[std::size_t(4 + IssueColumns + k)])));
                encoded = LeafEncoder::encode("audit", values);
            }
        }
        if (m_sink)
            m_sink(leaf.index, encoded);
        leaf.hash = MerkleTree::leafHash(std::string_view(encoded.constData(), std::size_t(encoded.size())));
        state.leaves.push_back(std::move(leaf));
        if (progress && state.leaves.size() % 8192 == 0)
            progress(qint64(state.leaves.size()));
        if (cancel && cancel->load())
            cancelled = true;
    }
    bool failed = length == -2;
    Error copyError = lastError(c);
    while (PGresult *done = PQgetResult(c)) {
        if (PQresultStatus(done) != PGRES_COMMAND_OK) {
            failed = true;
            copyError = Error{Error::Code::Query, QString::fromUtf8(PQresultErrorMessage(done)).trimmed()};
        }
        PQclear(done);
    }
    if (failed)
        return Unexpected<Error>(copyError);
    if (cancelled)
        return Error::make(Error::Code::Cancelled, tr("Cancelled."));

    // Log order, and what it lacks. The join yields the store's physical order, which is log
    // order until rows are updated, so the sort is mostly a check.
    const auto byIndex = [](const LogLeaf &a, const LogLeaf &b) { return a.index < b.index; };
    if (!std::is_sorted(state.leaves.begin(), state.leaves.end(), byIndex))
        std::stable_sort(state.leaves.begin(), state.leaves.end(), byIndex);
    qint64 expected = 0;
    for (const LogLeaf &leaf : state.leaves) {
        if (leaf.index != expected)
            state.findings.append({LogFinding::Kind::Deleted, expected, QStringLiteral("merkle_leaves"),
                                   QString::number(expected),
                                   tr("leaf %1 is missing from the log's order (the next is %2)")
                                       .arg(expected)
                                       .arg(leaf.index)});
        expected = leaf.index + 1;
    }

    // Rows the log does not list (inserted with the triggers off), and rows listed twice.
    auto unlisted = query(c, "SELECT 'stablecoin_issues', i.id::text FROM stablecoin_issues i"
                             " WHERE NOT EXISTS (SELECT 1 FROM merkle_leaves l WHERE l.issue_id = i.id)"
                             " UNION ALL SELECT 'audit_log', a.id::text FROM audit_log a"
                             " WHERE NOT EXISTS (SELECT 1 FROM merkle_leaves l WHERE l.audit_id = a.id)"
                             " LIMIT 1000");
    if (!unlisted)
        return Unexpected<Error>(unlisted.error());
    for (int r = 0; r < PQntuples(unlisted->get()); ++r)
        state.findings.append({LogFinding::Kind::Inserted, -1,
                               QString::fromUtf8(PQgetvalue(unlisted->get(), r, 0)),
                               QString::fromUtf8(PQgetvalue(unlisted->get(), r, 1)),
                               tr("the row is not in the evidence log (inserted behind its back)")});
    auto twice = query(c, "SELECT min(idx), max(idx), coalesce(issue_id::text, audit_id::text),"
                          " CASE WHEN issue_id IS NOT NULL THEN 'stablecoin_issues' ELSE 'audit_log' END"
                          " FROM merkle_leaves GROUP BY issue_id, audit_id HAVING count(*) > 1 LIMIT 1000");
    if (!twice)
        return Unexpected<Error>(twice.error());
    for (int r = 0; r < PQntuples(twice->get()); ++r)
        state.findings.append({LogFinding::Kind::Inserted,
                               QByteArray(PQgetvalue(twice->get(), r, 1)).toLongLong(),
                               QString::fromUtf8(PQgetvalue(twice->get(), r, 3)),
                               QString::fromUtf8(PQgetvalue(twice->get(), r, 2)),
                               tr("the log lists the row again (first at leaf %1)")
                                   .arg(QString::fromUtf8(PQgetvalue(twice->get(), r, 0)))});
    query(c, "COMMIT");
    std::stable_sort(state.findings.begin(), state.findings.end(),
                     [](const LogFinding &a, const LogFinding &b) {
                         const qint64 la = a.leaf < 0 ? std::numeric_limits<qint64>::max() : a.leaf;
                         const qint64 lb = b.leaf < 0 ? std::numeric_limits<qint64>::max() : b.leaf;
                         return la < lb;
                     });
    return state;
}

} // namespace pegboard
