#include "bundledataset.h"

#include "bundleformat.h"
#include "jsontext.h"
#include "sqlitedb.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <sqlite3.h>

namespace pegboard {

namespace {
QDateTime timeOf(std::string_view iso)
{
    const auto ms = BundleFormat::msFromIso(iso);
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
}

QDateTime timeAt(const SqliteStatement &s, int column)
{
    return s.isNull(column) ? QDateTime() : timeOf(s.text(column));
}

std::string bound(const QDateTime &t)
{
    return BundleFormat::isoFromMs(t.toMSecsSinceEpoch());
}

// PostgreSQL's left(text, n): the first n characters, not bytes.
std::string_view leftChars(std::string_view s, int n)
{
    std::size_t i = 0;
    for (int chars = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (chars == n)
                break;
            ++chars;
        }
    }
    return s.substr(0, i);
}

QJsonObject object(const SqliteStatement &s, int column)
{
    if (s.isNull(column))
        return {};
    const std::string_view t = s.text(column);
    return QJsonDocument::fromJson(QByteArray(t.data(), qsizetype(t.size()))).object();
}

QStringList list(const SqliteStatement &s, int column)
{
    QStringList out;
    if (s.isNull(column))
        return out;
    const std::string_view t = s.text(column);
    for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(t.data(), qsizetype(t.size()))).array())
        out.append(v.toString());
    return out;
}

std::optional<double> number(const SqliteStatement &s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}

// A stablecoin_issues row selected with BundleFormat::columnList, as the store's IssueRow reads it.
Issue issueFrom(const SqliteStatement &s)
{
    Issue i;
    i.id = QUuid::fromString(s.qtext(0));
    i.issueType = s.qtext(1);
    i.severityLevel = int(s.integer(2));
    i.reportedAt = timeAt(s, 3);
    i.resolvedAt = timeAt(s, 4);
    i.context.networkConditions = object(s, 5);
    i.context.priceContext = object(s, 6);
    i.context.protocolState = object(s, 7);
    i.estimatedLossUsd = number(s, 8);
    i.actualLossUsd = number(s, 9);
    i.resolutionCategory = s.isNull(10) ? QString() : s.qtext(10);
    i.preventionImplemented = !s.isNull(11) && s.integer(11) != 0;
    i.relatedTxHashes = list(s, 12);
    i.affectedContracts = list(s, 13);
    i.reporterAddress = s.isNull(14) ? QString() : s.qtext(14);
    i.source = s.qtext(15);
    i.externalId = s.qtext(16);
    i.title = s.qtext(17);
    i.body = s.qtext(18);
    i.protocol = s.isNull(19) ? QString() : s.qtext(19);
    i.symbol = s.isNull(20) ? QString() : s.qtext(20);
    if (!s.isNull(21))
        i.clusterId = s.integer(21);
    i.acknowledgedBy = s.isNull(22) ? QString() : s.qtext(22);
    i.acknowledgedAt = timeAt(s, 23);
    i.receivedAt = timeAt(s, 24);
    return i;
}

Error queryError(const Error &e)
{
    return Error{Error::Code::Query, e.message};
}

// Monday 00:00 UTC of the week, and the first of the month, as PostgreSQL's date_trunc in UTC.
std::int64_t weekStart(std::int64_t ms)
{
    const std::int64_t day = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    const std::int64_t weekday = ((day % 7) + 7 + 3) % 7; // 1970-01-01 was a Thursday (3 from Monday)
    return (day - weekday) * 86400000;
}

std::int64_t monthStart(std::int64_t ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

BundleDataset::BundleDataset(std::unique_ptr<SqliteDb> db)
    : m_db(std::move(db))
{}

BundleDataset::~BundleDataset() = default;

Result<std::unique_ptr<BundleDataset>> BundleDataset::open(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("pegboard::BundleDataset", "No review bundle at %1.").arg(path));
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return Unexpected<Error>(db.error());
    auto manifest = (*db)->prepare("SELECT key, value FROM manifest");
    if (!manifest)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::BundleDataset", "%1 is not a Pegboard review bundle (%2).")
                .arg(path, manifest.error().message));
    std::unique_ptr<BundleDataset> bundle(new BundleDataset(std::move(db).value()));
    while (true) {
        auto row = manifest->step();
        if (!row)
            return Error::make(Error::Code::InvalidInput, row.error().message);
        if (!*row)
            break;
        bundle->m_manifest[std::string(manifest->text(0))] = std::string(manifest->text(1));
    }
    const auto &m = bundle->m_manifest;
    const auto value = [&](const char *key) {
        auto it = m.find(key);
        return it == m.end() ? std::string() : it->second;
    };
    if (value(BundleFormat::Key::Format) != BundleFormat::FormatName)
        return Error::make(
            Error::Code::InvalidInput,
            QCoreApplication::translate("pegboard::BundleDataset", "%1 is not a Pegboard review bundle.")
                .arg(path));
    const int version = QString::fromStdString(value(BundleFormat::Key::FormatVersion)).toInt();
    if (version < 1 || version > BundleFormat::Version)
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate(
                               "pegboard::BundleDataset",
                               "%1 is a review bundle of format version %2; this Pegboard reads up to %3.")
                               .arg(path)
                               .arg(version)
                               .arg(BundleFormat::Version));
    bundle->m_from = timeOf(value(BundleFormat::Key::WindowFrom));
    bundle->m_to = timeOf(value(BundleFormat::Key::WindowTo));
    return bundle;
}

DatasetOpener BundleDataset::opener(const QString &path)
{
    return [path]() -> Result<std::unique_ptr<Dataset>> {
        auto bundle = open(path);
        if (!bundle)
            return Unexpected<Error>(bundle.error());
        return std::unique_ptr<Dataset>(std::move(bundle).value());
    };
}

QString BundleDataset::path() const
{
    return m_db->path();
}

QString BundleDataset::description() const
{
    const QString name = QFileInfo(m_db->path()).fileName();
    const auto at = [](const QDateTime &t) {
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("…");
    };
    return QCoreApplication::translate("pegboard::BundleDataset", "review bundle %1 (%2 – %3 UTC)")
        .arg(name, at(m_from), at(m_to));
}

QString BundleDataset::readOnlyReason() const
{
    return QCoreApplication::translate(
        "pegboard::BundleDataset",
        "This is a review bundle: a signed, read-only copy of a window. Acknowledge, annotate and "
        "resolve in the live store.");
}

Result<Snapshot> BundleDataset::loadSnapshot(const SnapshotLoader::Options &options)
{
    std::string sql =
        "SELECT id, reported_timestamp, resolved_timestamp, received_at, issue_type, severity_level, "
        "network_conditions, price_context, protocol_state, estimated_loss_usd, actual_loss_usd, "
        "protocol, symbol, cluster_id, affected_contracts, related_tx_hashes, reporter_address";
    if (options.withText)
        sql += ", title, body";
    sql += " FROM stablecoin_issues WHERE 1";
    if (options.from.isValid())
        sql += " AND reported_timestamp >= ?1";
    if (options.to.isValid())
        sql += " AND reported_timestamp < ?2";
    sql += " ORDER BY reported_timestamp, id";
    auto statement = m_db->prepare(sql);
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    if (options.from.isValid())
        statement->bind(1, bound(options.from));
    if (options.to.isValid())
        statement->bind(2, bound(options.to));

    Snapshot snapshot;
    snapshot.hasText = options.withText;
    std::array<std::string, 8> times;
    std::array<std::string, 13> scratch;
    const auto msText = [&](int column, std::string &out) -> std::optional<std::string_view> {
        if (statement->isNull(column))
            return std::nullopt;
        const auto ms = BundleFormat::msFromIso(statement->text(column));
        if (!ms)
            return std::nullopt;
        out = std::to_string(*ms);
        return std::string_view(out);
    };
    const auto json = [&](int column, const char *key, std::string &out) -> std::optional<std::string_view> {
        if (statement->isNull(column))
            return std::nullopt;
        return JsonText::member(statement->text(column), key, out);
    };
    const auto text = [&](int column) -> std::optional<std::string_view> {
        if (statement->isNull(column))
            return std::nullopt;
        return statement->text(column);
    };
    const auto real = [&](int column, std::string &out) -> std::optional<std::string_view> {
        if (statement->isNull(column))
            return std::nullopt;
        // The shortest text that reads back as this double: for a DECIMAL(15,2) it is the store's
        // own digits, so it parses to the same float as the store's COPY text.
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, statement->real(column));
        out.assign(buffer, end);
        return std::string_view(out);
    };
    qint64 malformed = 0;
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        SnapshotLoader::Fields f;
        f[0] = text(0);
        f[1] = msText(1, times[0]);
        f[2] = msText(2, times[1]);
        f[3] = msText(3, times[2]);
        f[4] = text(4);
        times[3] = std::to_string(statement->integer(5));
        f[5] = times[3];
        f[6] = json(6, "gas_price_gwei", scratch[0]);
        f[7] = json(6, "pending_tx_count", scratch[1]);
        f[8] = json(6, "network_congestion_level", scratch[2]);
        f[9] = json(6, "mev_bot_activity", scratch[3]);
        f[10] = json(7, "peg_deviation_bps", scratch[4]);
        f[11] = json(7, "volatility_index", scratch[5]);
        f[12] = json(7, "volume_24h_usd", scratch[6]);
        f[13] = json(8, "collateral_ratio", scratch[7]);
        f[14] = json(8, "oracle_last_update", scratch[8]);
        f[15] = real(9, scratch[9]);
        f[16] = real(10, scratch[10]);
        f[17] = text(11);
        f[18] = text(12);
        if (!statement->isNull(13)) {
            times[4] = std::to_string(statement->integer(13));
            f[19] = times[4];
        }
        // The first contract and tx hash, and the reporter, lower() as the store's C locale does it:
        // ASCII only.
        const auto lowered = [](std::string_view in, std::string &out) {
            out.assign(in);
            for (char &c : out)
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
            return std::string_view(out);
        };
        if (!statement->isNull(14))
            if (auto first = JsonText::firstElement(statement->text(14), scratch[11]))
                f[20] = lowered(*first, times[5]);
        if (!statement->isNull(15))
            if (auto first = JsonText::firstElement(statement->text(15), scratch[12]))
                f[21] = lowered(*first, times[6]);
        if (!statement->isNull(16))
            f[22] = lowered(statement->text(16), times[7]);
        if (options.withText) {
            f[23] = leftChars(statement->text(17), 200);
            f[24] = leftChars(statement->text(18), std::max(0, options.maxBodyChars));
        }
        if (!SnapshotLoader::appendFields(snapshot, f))
            ++malformed;
    }
    if (malformed > 0)
        return Error::make(
            Error::Code::Query,
            QCoreApplication::translate("pegboard::BundleDataset", "%1 rows of the bundle could not be read.")
                .arg(malformed));
    return snapshot;
}

Result<qint64> BundleDataset::appendNew(Snapshot &, const SnapshotLoader::Options &)
{
    return qint64(0);
}

Result<std::vector<FeedSample>> BundleDataset::feedSamples(const QStringList &series, qint64 fromMs,
                                                           qint64 toMs)
{
    std::string sql = "SELECT series, ts, value, stale FROM feed_samples WHERE ts >= ?1 AND ts < ?2";
    if (!series.isEmpty())
        sql += " AND series IN (SELECT value FROM json_each(?3))";
    sql += " ORDER BY series, ts";
    auto statement = m_db->prepare(sql);
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    statement->bind(1, BundleFormat::isoFromMs(fromMs));
    statement->bind(2, BundleFormat::isoFromMs(toMs));
    if (!series.isEmpty())
        statement->bind(
            3,
            QJsonDocument(QJsonArray::fromStringList(series)).toJson(QJsonDocument::Compact).toStdString());
    std::vector<FeedSample> out;
    QString name; // shared between the samples of one series: ordered by series, so one per series
    std::string last;
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        const std::string_view s = statement->text(0);
        if (s != last) {
            last.assign(s);
            name = QString::fromUtf8(s.data(), qsizetype(s.size()));
        }
        const auto ms = BundleFormat::msFromIso(statement->text(1));
        if (!ms)
            continue;
        const double value =
            statement->isNull(2) ? std::numeric_limits<double>::quiet_NaN() : statement->real(2);
        out.push_back({name, *ms, value, statement->integer(3) != 0});
    }
    return out;
}

Result<QList<Annotation>> BundleDataset::annotations(const QUuid &issue)
{
    auto statement = m_db->prepare(
        "SELECT id, author, created_at, body FROM annotations WHERE issue_id = ?1 ORDER BY created_at, id");
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    statement->bind(1, issue.toString(QUuid::WithoutBraces).toStdString());
    QList<Annotation> out;
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        out.append({statement->integer(0), statement->qtext(1), timeAt(*statement, 2), statement->qtext(3)});
    }
    return out;
}

Result<QList<AuditEntry>> BundleDataset::auditTrail(const QUuid &issue)
{
    std::string sql = "SELECT id, at, actor, action, coalesce(issue_id, ''), details, hash FROM audit_log";
    if (!issue.isNull())
        sql += " WHERE issue_id = ?1";
    auto statement = m_db->prepare(sql + " ORDER BY id");
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    if (!issue.isNull())
        statement->bind(1, issue.toString(QUuid::WithoutBraces).toStdString());
    QList<AuditEntry> out;
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        out.append({statement->integer(0), timeAt(*statement, 1), statement->qtext(2), statement->qtext(3),
                    statement->qtext(4), statement->qtext(5), statement->qtext(6)});
    }
    return out;
}

// The filter as one prepared statement: select, the filter's conditions, then tail (order, limit),
// so the list, its count and the export agree on which reports are in the filter.
Result<SqliteStatement> BundleDataset::filtered(const IssueQuery &q, const std::string &select,
                                                const std::string &tail)
{
    std::string sql = select + " FROM stablecoin_issues WHERE 1";
    std::vector<std::pair<int, std::string>> texts;
    std::vector<std::pair<int, std::int64_t>> integers;
    int next = 0;
    const auto text = [&](std::string value) {
        texts.emplace_back(++next, std::move(value));
        return "?" + std::to_string(next);
    };
    const auto integer = [&](std::int64_t value) {
        integers.emplace_back(++next, value);
        return "?" + std::to_string(next);
    };
    const auto array = [](const QStringList &values) {
        return QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact).toStdString();
    };
    // Replayed as received, the list walks back from T on the received index; the window's bounds
    // are then plain conditions ("+"), or SQLite picks the reported index and sorts a million rows.
    const std::string reported = q.receivedBefore.isValid() ? "+reported_timestamp" : "reported_timestamp";
    if (q.from.isValid())
        sql += " AND " + reported + " >= " + text(bound(q.from));
    if (q.to.isValid())
        sql += " AND " + reported + " < " + text(bound(q.to));
    if (q.receivedBefore.isValid())
        sql += " AND received_at < " + text(bound(q.receivedBefore));
    if (!q.types.isEmpty())
        sql += " AND issue_type IN (SELECT value FROM json_each(" + text(array(q.types)) + "))";
    // Severities as literals (whole numbers, nothing to escape): SQLite uses a partial index only
    // for a condition it can read, and the open critical list has one (BundleFormat).
    if (q.minSeverity > 1)
        sql += " AND severity_level >= " + std::to_string(q.minSeverity);
    if (q.maxSeverity < 5)
        sql += " AND severity_level <= " + std::to_string(q.maxSeverity);
    if (!q.protocols.isEmpty())
        sql += " AND protocol IN (SELECT value FROM json_each(" + text(array(q.protocols)) + "))";
    if (q.openOnly)
        sql += " AND resolved_timestamp IS NULL";
    if (!q.ids.isEmpty()) {
        QStringList ids;
        for (const QUuid &id : q.ids)
            ids << id.toString(QUuid::WithoutBraces);
        sql += " AND id IN (SELECT value FROM json_each(" + text(array(ids)) + "))";
    }
    if (q.clusterId)
        sql += " AND cluster_id = " + integer(*q.clusterId);
    if (!q.text.trimmed().isEmpty()) {
        QString pattern = q.text.trimmed();
        pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("%"), QLatin1String("\\%"))
            .replace(QLatin1String("_"), QLatin1String("\\_"));
        const std::string p = text(("%" + pattern + "%").toStdString());
        sql += " AND (title LIKE " + p + " ESCAPE '\\' OR body LIKE " + p + " ESCAPE '\\')";
    }
    auto statement = m_db->prepare(sql + tail);
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    for (const auto &[index, value] : texts)
        statement->bind(index, std::string_view(value));
    for (const auto &[index, value] : integers)
        statement->bind(index, value);
    return statement;
}

Result<QList<Issue>> BundleDataset::query(const IssueQuery &q)
{
    auto statement =
        filtered(q, "SELECT " + BundleFormat::columnList(BundleFormat::tables().front()),
                 q.newestFirstSql() + std::string(" LIMIT ") + std::to_string(std::max(0, q.limit)) +
                     " OFFSET " + std::to_string(std::max(0, q.offset)));
    if (!statement)
        return Unexpected<Error>(statement.error());
    QList<Issue> out;
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        out.append(issueFrom(*statement));
    }
    return out;
}

Result<qint64> BundleDataset::count(const IssueQuery &q)
{
    auto statement = filtered(q, "SELECT count(*)", {});
    if (!statement)
        return Unexpected<Error>(statement.error());
    auto row = statement->step();
    if (!row)
        return Unexpected<Error>(queryError(row.error()));
    return *row ? qint64(statement->integer(0)) : 0;
}

Result<qint64> BundleDataset::scan(const IssueQuery &q,
                                   const std::function<bool(const QList<Issue> &)> &onBatch)
{
    auto statement =
        filtered(q, "SELECT " + BundleFormat::columnList(BundleFormat::tables().front()), q.newestFirstSql());
    if (!statement)
        return Unexpected<Error>(statement.error());
    constexpr int Batch = 2000;
    qint64 total = 0;
    QList<Issue> batch;
    batch.reserve(Batch);
    while (true) {
        auto row = statement->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (*row) {
            batch.append(issueFrom(*statement));
            ++total;
        }
        if (batch.size() == Batch || (!*row && !batch.isEmpty())) {
            if (!onBatch(batch))
                return total;
            batch.clear();
        }
        if (!*row)
            return total;
    }
}

Result<std::optional<Issue>> BundleDataset::fetch(const QUuid &id)
{
    auto statement = m_db->prepare("SELECT " + BundleFormat::columnList(BundleFormat::tables().front()) +
                                   " FROM stablecoin_issues WHERE id = ?1");
    if (!statement)
        return Unexpected<Error>(queryError(statement.error()));
    statement->bind(1, id.toString(QUuid::WithoutBraces).toStdString());
    auto row = statement->step();
    if (!row)
        return Unexpected<Error>(queryError(row.error()));
    if (!*row)
        return std::optional<Issue>();
    return std::optional<Issue>(issueFrom(*statement));
}

Result<ImpactSummary> BundleDataset::impactSummary(const QDateTime &from, const QDateTime &to)
{
    // The store's ImpactQueries, over the bundle's rows in UTC.
    auto all = m_db->prepare("SELECT issue_type, coalesce(protocol, char(0)), reported_timestamp FROM "
                             "stablecoin_issues WHERE reported_timestamp IS NOT NULL");
    if (!all)
        return Unexpected<Error>(queryError(all.error()));
    std::map<std::pair<std::string, std::string>, std::vector<std::int64_t>> reportedBy;
    while (true) {
        auto row = all->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        if (auto ms = BundleFormat::msFromIso(all->text(2)))
            reportedBy[{std::string(all->text(0)), std::string(all->text(1))}].push_back(*ms);
    }
    for (auto &[key, times] : reportedBy)
        std::sort(times.begin(), times.end());

    std::string sql =
        "SELECT reported_timestamp, resolved_timestamp, issue_type, coalesce(protocol, char(0)), "
        "severity_level, estimated_loss_usd, actual_loss_usd, prevention_implemented FROM "
        "stablecoin_issues WHERE reported_timestamp IS NOT NULL";
    if (from.isValid())
        sql += " AND reported_timestamp >= ?1";
    if (to.isValid())
        sql += " AND reported_timestamp < ?2";
    auto rows = m_db->prepare(sql);
    if (!rows)
        return Unexpected<Error>(queryError(rows.error()));
    if (from.isValid())
        rows->bind(1, bound(from));
    if (to.isValid())
        rows->bind(2, bound(to));

    std::map<std::int64_t, ImpactSummary::Period> weeks, months;
    std::map<std::pair<std::int64_t, std::string>, std::pair<double, int>> resolution;
    int resolved = 0, preventionKnown = 0, prevented = 0, recurred = 0;
    int withPrevention = 0, recurredWithPrevention = 0, withoutPrevention = 0, recurredWithoutPrevention = 0;
    constexpr std::int64_t ThirtyDaysMs = 30LL * 86400000;
    while (true) {
        auto row = rows->step();
        if (!row)
            return Unexpected<Error>(queryError(row.error()));
        if (!*row)
            break;
        const auto reported = BundleFormat::msFromIso(rows->text(0));
        if (!reported)
            continue;
        const double estimated = rows->isNull(5) ? 0 : rows->real(5);
        const double actual = rows->isNull(6) ? 0 : rows->real(6);
        const bool critical = rows->integer(4) >= 4;
        for (auto [periods, start] :
             {std::pair{&weeks, weekStart(*reported)}, std::pair{&months, monthStart(*reported)}}) {
            ImpactSummary::Period &p = (*periods)[start];
            p.start = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
            p.estimatedLossUsd += estimated;
            p.actualLossUsd += actual;
            ++p.reports;
            p.critical += critical ? 1 : 0;
        }
        const auto resolvedMs = rows->isNull(1) ? std::nullopt : BundleFormat::msFromIso(rows->text(1));
        if (!resolvedMs)
            continue;
        auto &trend = resolution[{weekStart(*resolvedMs), std::string(rows->text(2))}];
        trend.first += double(*resolvedMs - *reported) / 3600000.0;
        ++trend.second;
        ++resolved;
        const auto &times = reportedBy[{std::string(rows->text(2)), std::string(rows->text(3))}];
        const auto next = std::upper_bound(times.begin(), times.end(), *resolvedMs);
        const bool again = next != times.end() && *next <= *resolvedMs + ThirtyDaysMs;
        recurred += again ? 1 : 0;
        if (!rows->isNull(7)) {
            ++preventionKnown;
            if (rows->integer(7) != 0) {
                ++prevented;
                ++withPrevention;
                recurredWithPrevention += again ? 1 : 0;
            } else {
                ++withoutPrevention;
                recurredWithoutPrevention += again ? 1 : 0;
            }
        }
    }
    ImpactSummary s;
    for (const auto &[start, p] : weeks)
        s.weeks.append(p);
    for (const auto &[start, p] : months)
        s.months.append(p);
    for (const auto &[key, value] : resolution)
        s.resolution.append({QDateTime::fromMSecsSinceEpoch(key.first, Qt::UTC),
                             QString::fromStdString(key.second), value.first / value.second, value.second});
    const auto share = [](int part, int whole) { return whole > 0 ? double(part) / whole : 0.0; };
    s.resolvedCount = resolved;
    s.preventionRate = share(prevented, preventionKnown);
    s.recurrenceRate = share(recurred, resolved);
    s.recurrenceRateWithPrevention = share(recurredWithPrevention, withPrevention);
    s.recurrenceRateWithoutPrevention = share(recurredWithoutPrevention, withoutPrevention);
    return s;
}

} // namespace pegboard
