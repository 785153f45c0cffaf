#include "snapshotloader.h"

#include "store/copydecoder.h"
#include "store/pgconnection.h"

#include <QCoreApplication>
#include <array>
#include <charconv>
#include <libpq-fe.h>

namespace pegboard {

namespace {
constexpr int BaseColumns = 23;
constexpr int TextColumns = 2;

bool isNull(std::string_view f)
{
    return f == "\\N";
}

float parseFloat(std::string_view f)
{
    float v = NAN;
    if (f.empty() || isNull(f))
        return NAN;
    // JSON numbers arrive as text through ->>; strings that are not numbers become "missing".
    const char *begin = f.data() + (f.front() == '+' ? 1 : 0);
    auto [ptr, ec] = std::from_chars(begin, f.data() + f.size(), v);
    return ec == std::errc() && ptr == f.data() + f.size() ? v : NAN;
}

std::int64_t parseInt(std::string_view f, std::int64_t fallback)
{
    std::int64_t v = 0;
    if (f.empty() || isNull(f))
        return fallback;
    auto [ptr, ec] = std::from_chars(f.data(), f.data() + f.size(), v);
    return ec == std::errc() && ptr == f.data() + f.size() ? v : fallback;
}

int digits(std::string_view s, std::size_t at, std::size_t n, bool &ok)
{
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') {
            ok = false;
            return 0;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

// ISO 8601 as JSON context carries it: YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]. NoTime when it is not.
std::int64_t parseIsoMs(std::string_view s)
{
    bool ok = s.size() >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') &&
              s[13] == ':' && s[16] == ':';
    const int y = digits(s, 0, 4, ok), mo = digits(s, 5, 2, ok), d = digits(s, 8, 2, ok);
    const int h = digits(s, 11, 2, ok), mi = digits(s, 14, 2, ok), sec = digits(s, 17, 2, ok);
    if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return Snapshot::NoTime;
    std::size_t at = 19;
    std::int64_t ms = 0;
    if (at < s.size() && s[at] == '.') {
        int scale = 100;
        for (++at; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10)
            ms += (s[at] - '0') * scale;
    }
    std::int64_t offsetS = 0;
    if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
        const int sign = s[at] == '-' ? -1 : 1;
        bool okOffset = true;
        const int oh = digits(s, at + 1, 2, okOffset);
        const std::size_t minutesAt = at + 3 < s.size() && s[at + 3] == ':' ? at + 4 : at + 3;
        const int om = minutesAt < s.size() ? digits(s, minutesAt, 2, okOffset) : 0;
        if (!okOffset)
            return Snapshot::NoTime;
        offsetS = sign * (oh * 3600 + om * 60);
    }
    const std::int64_t secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetS;
    return secs * 1000 + ms;
}

QString windowClause(const SnapshotLoader::Options &o)
{
    QString where = QStringLiteral(" WHERE true");
    if (o.from.isValid())
        where += QStringLiteral(" AND reported_timestamp >= to_timestamp(%1 / 1000.0)")
                     .arg(o.from.toMSecsSinceEpoch());
    if (o.to.isValid())
        where += QStringLiteral(" AND reported_timestamp < to_timestamp(%1 / 1000.0)")
                     .arg(o.to.toMSecsSinceEpoch());
    return where;
}
} // namespace

SnapshotLoader::SnapshotLoader(QString url)
    : m_url(std::move(url))
{}

SnapshotLoader::~SnapshotLoader()
{
    if (m_connection)
        PQfinish(m_connection);
}

std::string SnapshotLoader::selectSql(const Options &options, std::int64_t receivedAfterMs)
{
    QString sql = QStringLiteral(
        "SELECT id, floor(extract(epoch FROM reported_timestamp) * 1000)::int8,"
        " floor(extract(epoch FROM resolved_timestamp) * 1000)::int8,"
        " floor(extract(epoch FROM received_at) * 1000)::int8, issue_type, severity_level,"
        " network_conditions->>'gas_price_gwei', network_conditions->>'pending_tx_count',"
        " network_conditions->>'network_congestion_level', network_conditions->>'mev_bot_activity',"
        " price_context->>'peg_deviation_bps', price_context->>'volatility_index',"
        " price_context->>'volume_24h_usd', protocol_state->>'collateral_ratio',"
        " protocol_state->>'oracle_last_update', estimated_loss_usd, actual_loss_usd, protocol, symbol,"
        " cluster_id, lower(affected_contracts[1]), lower(related_tx_hashes[1]), lower(reporter_address)");
    if (options.withText)
        sql += QStringLiteral(", left(title, 200), left(body, %1)").arg(std::max(0, options.maxBodyChars));
    sql += QStringLiteral(" FROM stablecoin_issues") + windowClause(options);
    if (receivedAfterMs != Snapshot::NoTime)
        // Compared at the millisecond precision the snapshot keeps, so the last row seen is not read twice.
        sql += QStringLiteral(" AND floor(extract(epoch FROM received_at) * 1000)::int8 > %1")
                   .arg(receivedAfterMs);
    if (options.newest > 0)
        // The newest n through the index, then in the snapshot's usual order (column 2 is the time).
        return QStringLiteral("SELECT * FROM (%1 ORDER BY reported_timestamp DESC NULLS LAST, id LIMIT %2) "
                              "AS newest ORDER BY 2 NULLS FIRST, 1")
            .arg(sql)
            .arg(qulonglong(options.newest))
            .toStdString();
    // id breaks ties, so every reader of the same rows (a review bundle too) builds the same snapshot.
    sql += QStringLiteral(" ORDER BY reported_timestamp NULLS FIRST, id");
    return sql.toStdString();
}

bool SnapshotLoader::appendCopyLine(Snapshot &s, std::string_view line)
{
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    const int expected = BaseColumns + (s.hasText ? TextColumns : 0);
    std::array<std::string_view, BaseColumns + TextColumns> raw;
    int n = 0;
    std::size_t start = 0;
    while (n < expected) {
        const std::size_t tab = line.find('\t', start);
        raw[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    if (n != expected)
        return false;
    thread_local std::array<std::string, BaseColumns + TextColumns> scratch;
    Fields f;
    for (int i = 0; i < n; ++i)
        if (!isNull(raw[i]))
            f[i] = CopyDecoder::unescape(raw[i], scratch[i]);
    return appendFields(s, f);
}

bool SnapshotLoader::appendFields(Snapshot &s, const Fields &f)
{
    const auto text = [&](int i) { return f[i] ? *f[i] : std::string_view(); };
    const auto real = [&](int i) { return f[i] ? parseFloat(*f[i]) : NAN; };
    const auto integer = [&](int i, std::int64_t fallback) {
        return f[i] ? parseInt(*f[i], fallback) : fallback;
    };
    Snapshot::Row r;
    r.id = QUuid::fromString(QLatin1StringView(text(0).data(), qsizetype(text(0).size())));
    r.reportedMs = integer(1, Snapshot::NoTime);
    r.resolvedMs = integer(2, Snapshot::NoTime);
    r.receivedMs = integer(3, Snapshot::NoTime);
    r.type = text(4);
    r.severity = int(integer(5, 0));
    r.gasGwei = real(6);
    r.pendingTx = real(7);
    r.congestion = text(8);
    r.mev = text(9);
    r.pegDeviationBps = real(10);
    r.volatility = real(11);
    r.volumeUsd = real(12);
    r.collateralRatio = real(13);
    const std::int64_t oracleMs = f[14] ? parseIsoMs(*f[14]) : Snapshot::NoTime;
    if (oracleMs != Snapshot::NoTime && r.reportedMs != Snapshot::NoTime)
        r.oracleStalenessS = float(double(r.reportedMs - oracleMs) / 1000.0);
    r.estimatedLossUsd = real(15);
    r.actualLossUsd = real(16);
    r.protocol = text(17);
    r.symbol = text(18);
    r.clusterId = integer(19, Snapshot::NoCluster);
    r.contract = text(20);
    r.txHash = text(21);
    r.reporter = text(22);
    if (s.hasText) {
        r.title = text(23);
        r.body = text(24);
    }
    s.append(r);
    return true;
}

Result<void> SnapshotLoader::ensureConnected()
{
    if (m_connection && PQstatus(m_connection) == CONNECTION_OK)
        return {};
    if (auto valid = PgConnection::validateUrl(m_url); !valid)
        return Unexpected<Error>(valid.error());
    if (m_connection)
        PQfinish(m_connection);
    m_connection = PQconnectdb(m_url.toUtf8().constData());
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        PQfinish(m_connection);
        m_connection = nullptr;
        return Error::make(PgConnection::classify(message), message);
    }
    // A snapshot is background work: one backend reads it. Parallel workers made the load no
    // faster (the client's parsing is the bound, measured at a million reports) but took every
    // core of a store on this machine from the console's GUI, and of a shared server from its
    // other users.
    PQclear(PQexec(m_connection, "SET max_parallel_workers_per_gather = 0"));
    return {};
}

Result<qint64> SnapshotLoader::copyInto(Snapshot &snapshot, const std::string &sql)
{
    if (auto connected = ensureConnected(); !connected)
        return Unexpected<Error>(connected.error());
    const std::string copy = "COPY (" + sql + ") TO STDOUT";
    PGresult *started = PQexec(m_connection, copy.c_str());
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        PQclear(started);
        return Error::make(
            PQstatus(m_connection) == CONNECTION_OK ? Error::Code::Query : Error::Code::Unreachable, message);
    }
    PQclear(started);
    qint64 added = 0, malformed = 0;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_connection, &buffer, 0)) > 0) {
        if (appendCopyLine(snapshot, std::string_view(buffer, std::size_t(length))))
            ++added;
        else
            ++malformed;
        PQfreemem(buffer);
    }
    bool failed = length == -2;
    QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
    while (PGresult *done = PQgetResult(m_connection)) {
        if (PQresultStatus(done) != PGRES_COMMAND_OK) {
            failed = true;
            message = QString::fromUtf8(PQresultErrorMessage(done)).trimmed();
        }
        PQclear(done);
    }
    if (failed)
        return Error::make(Error::Code::Query, message);
    if (malformed > 0)
        return Error::make(
            Error::Code::Query,
            QCoreApplication::translate("SnapshotLoader", "%1 rows of the snapshot could not be read.")
                .arg(malformed));
    return added;
}

Result<Snapshot> SnapshotLoader::load(const Options &options)
{
    Snapshot snapshot;
    snapshot.hasText = options.withText;
    auto added = copyInto(snapshot, selectSql(options));
    if (!added)
        return Unexpected<Error>(added.error());
    auto corrections = loadCorrections();
    if (!corrections)
        return Unexpected<Error>(corrections.error());
    snapshot.corrections = std::move(*corrections);
    return snapshot;
}

Result<std::vector<ClusterCorrection>> SnapshotLoader::loadCorrections()
{
    if (auto connected = ensureConnected(); !connected)
        return Unexpected<Error>(connected.error());
    // A store migrated before corrections existed simply has none.
    const char *sql = "SELECT id, kind, issues_a::text, issues_b::text, reason, created_by,"
                      " floor(extract(epoch FROM created_at) * 1000)::int8, undone_at IS NOT NULL,"
                      " coalesce(undone_by, ''), coalesce(undo_reason, '')"
                      " FROM cluster_corrections ORDER BY id";
    PGresult *exists = PQexec(m_connection, "SELECT to_regclass('public.cluster_corrections') IS NOT NULL");
    const bool present = PQresultStatus(exists) == PGRES_TUPLES_OK && PQntuples(exists) == 1 &&
                         PQgetvalue(exists, 0, 0)[0] == 't';
    PQclear(exists);
    std::vector<ClusterCorrection> out;
    if (!present)
        return out;
    PGresult *r = PQexec(m_connection, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return Error::make(Error::Code::Query, message);
    }
    auto text = [&](int row, int column) { return QString::fromUtf8(PQgetvalue(r, row, column)); };
    auto uuids = [&](int row, int column) {
        std::vector<QUuid> ids;
        QString list = text(row, column);
        list.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.push_back(QUuid::fromString(id));
        return ids;
    };
    for (int row = 0; row < PQntuples(r); ++row) {
        ClusterCorrection c;
        c.id = text(row, 0).toLongLong();
        const auto kind = ClusterCorrection::fromKey(text(row, 1));
        if (!kind)
            continue; // the table's CHECK admits no other kind
        c.kind = *kind;
        c.a = uuids(row, 2);
        c.b = uuids(row, 3);
        c.reason = text(row, 4);
        c.createdBy = text(row, 5);
        c.createdMs = text(row, 6).toLongLong();
        c.undone = text(row, 7) == QLatin1String("t");
        c.undoneBy = text(row, 8);
        c.undoReason = text(row, 9);
        out.push_back(std::move(c));
    }
    PQclear(r);
    return out;
}

Result<qint64> SnapshotLoader::appendNew(Snapshot &snapshot, const Options &options)
{
    if (options.withText != snapshot.hasText)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate(
                               "SnapshotLoader", "The snapshot was loaded with different text options."));
    return copyInto(snapshot, selectSql(options, snapshot.maxReceivedMs));
}

} // namespace pegboard
