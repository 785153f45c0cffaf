#include "bundlewriter.h"

#include "audit/evidencelog.h"
#include "audit/merklelogreader.h"
#include "bundleformat.h"
#include "bundlesigner.h"
#include "sqlitedb.h"
#include "store/copydecoder.h"
#include "store/pgconnection.h"
#include "tablehasher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fcntl.h>
#include <future>
#include <libpq-fe.h>
#include <unistd.h>

namespace pegboard {

namespace {
std::string ts(const char *column)
{
    return std::string("to_char(") + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
}

std::string literal(const QDateTime &t)
{
    return "'" + t.toUTC().toString(Qt::ISODateWithMs).toStdString() + "'::timestamptz";
}

std::string window(const char *column, const BundleWriter::Options &o)
{
    std::string where = " WHERE true";
    if (o.from.isValid())
        where += std::string(" AND ") + column + " >= " + literal(o.from);
    if (o.to.isValid())
        where += std::string(" AND ") + column + " < " + literal(o.to);
    return where;
}

} // namespace

// The COPY source of each bundle table: the store's columns in BundleFormat order and types.
std::string BundleWriter::copySelect(const std::string &name, const Options &o)
{
    const std::string issuesInWindow = "SELECT id FROM stablecoin_issues" + window("reported_timestamp", o);
    if (name == "stablecoin_issues")
        return "SELECT id, issue_type, severity_level, " + ts("reported_timestamp") + ", " +
               ts("resolved_timestamp") +
               ", network_conditions::text, price_context::text, protocol_state::text, "
               "estimated_loss_usd::float8, actual_loss_usd::float8, resolution_category, "
               "prevention_implemented::int, array_to_json(related_tx_hashes)::text, "
               "array_to_json(affected_contracts)::text, " +
               (o.redaction.dropReporterAddress ? "NULL::text" : "reporter_address") +
               ", source, external_id, title, body, protocol, symbol, cluster_id, acknowledged_by, " +
               ts("acknowledged_at") + ", " + ts("received_at") + " FROM stablecoin_issues" +
               window("reported_timestamp", o) + " ORDER BY id";
    if (name == "feed_samples")
        return "SELECT series, " + ts("ts") + ", value, stale::int FROM feed_samples" + window("ts", o) +
               " ORDER BY series COLLATE \"C\", ts";
    if (name == "annotations")
        return "SELECT id, issue_id, author, " + ts("created_at") + ", body FROM annotations WHERE " +
               (o.redaction.dropAnnotations ? std::string("false") : "issue_id IN (" + issuesInWindow + ")") +
               " ORDER BY id";
    // The audit rows of the exported reports, and the window's rows about no report.
    const std::string details =
        o.redaction.dropAuditNotes
            ? "(CASE WHEN details ?| array['note','body'] THEN details - 'note' - 'body' "
              "|| '{\"redacted\": true}'::jsonb ELSE details END)::text"
            : "details::text";
    return "SELECT id, " + ts("at") + ", actor, action, issue_id, " + details +
           ", prev_hash, hash FROM audit_log WHERE issue_id IN (" + issuesInWindow +
           ") OR (issue_id IS NULL" + window("at", o).substr(std::string(" WHERE true").size()) +
           ") ORDER BY id";
}

namespace {

class Export
{
public:
    Export(const BundleWriter::Options &o, PGconn *pg, SqliteDb &db)
        : m_o(o)
        , m_pg(pg)
        , m_db(db)
    {}

    Result<std::string> scalar(const std::string &sql)
    {
        PGresult *r = PQexec(m_pg, sql.c_str());
        if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_COMMAND_OK) {
            const QString message = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            PQclear(r);
            return Error::make(Error::Code::Query, message);
        }
        std::string value = PQntuples(r) > 0 && !PQgetisnull(r, 0, 0) ? PQgetvalue(r, 0, 0) : "";
        PQclear(r);
        return value;
    }

    // COPY one table out of the store into the bundle; returns its hash.
    Result<std::string> table(const BundleFormat::Table &table, int percentFrom, int percentTo)
    {
        const std::string select = BundleWriter::copySelect(table.name, m_o);
        // The count is for the progress only: without the order (a sort of two million feed
        // samples took 3.8 s before their COPY sorted them again).
        const std::string unordered = select.substr(0, select.rfind(" ORDER BY "));
        auto total = scalar("SELECT count(*) FROM (" + unordered + ") AS t");
        if (!total)
            return Unexpected<Error>(total.error());
        const double expected = std::max(1.0, std::atof(total->c_str()));
        auto insert = m_db.prepare(BundleFormat::insertSql(table));
        auto digests = m_db.prepare("INSERT INTO row_digests (table_name, chunk, digests) VALUES (?, ?, ?)");
        if (!insert)
            return Unexpected<Error>(insert.error());
        if (!digests)
            return Unexpected<Error>(digests.error());
        const std::string copy = "COPY (" + select + ") TO STDOUT";
        PGresult *started = PQexec(m_pg, copy.c_str());
        if (PQresultStatus(started) != PGRES_COPY_OUT) {
            const QString message = QString::fromUtf8(PQerrorMessage(m_pg)).trimmed();
            PQclear(started);
            return Error::make(Error::Code::Query, message);
        }
        PQclear(started);

        TableHasher hasher;
        std::string encoding, chunk;
        std::vector<std::string> scratch(table.columns.size());
        std::int64_t chunkIndex = 0;
        const auto flush = [&]() -> Result<void> {
            if (chunk.empty())
                return {};
            digests->bind(1, std::string_view(table.name));
            digests->bind(2, chunkIndex++);
            digests->bindBlob(3, chunk);
            auto done = digests->step();
            digests->reset();
            chunk.clear();
            if (!done)
                return Unexpected<Error>(done.error());
            return {};
        };
        char *buffer = nullptr;
        int length = 0;
        Result<void> failure;
        while ((length = PQgetCopyData(m_pg, &buffer, 0)) > 0) {
            if (failure) {
                auto row = this->row(table, std::string_view(buffer, std::size_t(length - 1)), *insert,
                                     encoding, scratch);
                if (!row) {
                    failure = Unexpected<Error>(row.error());
                } else {
                    const auto &digest = hasher.addRow(encoding);
                    chunk.append(reinterpret_cast<const char *>(digest.data()), BundleFormat::DigestBytes);
                    if (hasher.rows() % BundleFormat::DigestChunkRows == 0) {
                        if (auto flushed = flush(); !flushed)
                            failure = flushed;
                        if (m_o.cancel && m_o.cancel->load())
                            failure = Error::make(
                                Error::Code::Cancelled,
                                QCoreApplication::translate("pegboard::BundleWriter", "Export cancelled."));
                        if (m_o.progress && hasher.rows() % (16 * BundleFormat::DigestChunkRows) == 0)
                            m_o.progress(
                                percentFrom + int((percentTo - percentFrom) *
                                                  std::min(1.0, double(hasher.rows()) / expected)),
                                QCoreApplication::translate("pegboard::BundleWriter", "Exporting %1…")
                                    .arg(QString::fromUtf8(table.name)));
                    }
                }
            }
            PQfreemem(buffer);
        }
        QString message = length == -2 ? QString::fromUtf8(PQerrorMessage(m_pg)).trimmed() : QString();
        while (PGresult *done = PQgetResult(m_pg)) {
            if (PQresultStatus(done) != PGRES_COMMAND_OK)
                message = QString::fromUtf8(PQresultErrorMessage(done)).trimmed();
            PQclear(done);
        }
        if (!message.isEmpty())
            return Error::make(Error::Code::Query, message);
        if (!failure)
            return Unexpected<Error>(failure.error());
        if (auto flushed = flush(); !flushed)
            return Unexpected<Error>(flushed.error());
        m_rows[table.name] = hasher.rows();
        return hasher.finish();
    }

    const std::map<std::string, std::int64_t> &rows() const { return m_rows; }

private:
    Result<void> row(const BundleFormat::Table &table, std::string_view line, SqliteStatement &insert,
                     std::string &encoding, std::vector<std::string> &scratch)
    {
        encoding.clear();
        std::size_t start = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::size_t tab = line.find('\t', start);
            if ((tab == std::string_view::npos) != (c + 1 == table.columns.size()))
                return Error::make(
                    Error::Code::Query,
                    QCoreApplication::translate("pegboard::BundleWriter", "Malformed COPY row in %1.")
                        .arg(table.name));
            const std::string_view raw =
                line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start);
            start = tab + 1;
            const int index = int(c) + 1;
            if (raw == "\\N") {
                insert.bindNull(index);
                BundleFormat::encodeNull(encoding);
                continue;
            }
            switch (table.columns[c].type) {
            case BundleFormat::ColumnType::Text: {
                const std::string_view text = CopyDecoder::unescape(raw, scratch[c]);
                insert.bind(index, text);
                BundleFormat::encodeText(encoding, text);
                break;
            }
            case BundleFormat::ColumnType::Integer: {
                std::int64_t v = 0;
                const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
                if (ec != std::errc() || ptr != raw.data() + raw.size())
                    return Error::make(
                        Error::Code::Query,
                        QCoreApplication::translate("pegboard::BundleWriter", "Not an integer in %1.%2.")
                            .arg(table.name, table.columns[c].name));
                insert.bind(index, v);
                BundleFormat::encodeInteger(encoding, v);
                break;
            }
            case BundleFormat::ColumnType::Real: {
                scratch[c].assign(raw);
                char *end = nullptr;
                const double v = std::strtod(scratch[c].c_str(), &end);
                if (end != scratch[c].c_str() + scratch[c].size())
                    return Error::make(
                        Error::Code::Query,
                        QCoreApplication::translate("pegboard::BundleWriter", "Not a number in %1.%2.")
                            .arg(table.name, table.columns[c].name));
                if (std::isnan(v)) {
                    // SQLite has no NaN (it would store NULL anyway): written and hashed as NULL.
                    insert.bindNull(index);
                    BundleFormat::encodeNull(encoding);
                    break;
                }
                insert.bind(index, v);
                BundleFormat::encodeReal(encoding, v);
                break;
            }
            }
        }
        auto done = insert.step();
        insert.reset();
        if (!done)
            return Error::make(Error::Code::Query,
                               QCoreApplication::translate("pegboard::BundleWriter", "%1: %2")
                                   .arg(table.name, done.error().message));
        return {};
    }

    const BundleWriter::Options &m_o;
    PGconn *m_pg;
    SqliteDb &m_db;
    std::map<std::string, std::int64_t> m_rows;
};

std::string isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? BundleFormat::isoFromMs(t.toMSecsSinceEpoch()) : std::string();
}

// The store's evidence log read in the export's own snapshot, beside the export (it is mostly the
// store's work, so the two overlap): the checkpoint covers exactly the rows the bundle was cut from.
struct AuditCheckpoint
{
    QByteArray text;
    bool isSigned = false;
    QStringList findings;
};

Result<AuditCheckpoint> readCheckpoint(const QString &url, const QByteArray &snapshot, const NoteKey *key,
                                       const std::atomic_bool &abandon)
{
    MerkleLogReader reader(url);
    reader.setSnapshot(snapshot);
    auto state = reader.read({}, &abandon);
    if (!state) {
        if (state.error().code == Error::Code::NotFound)
            return AuditCheckpoint{}; // a store from before the evidence log: nothing to hold
        return Unexpected<Error>(state.error());
    }
    AuditCheckpoint out;
    for (const LogFinding &f : state->findings)
        out.findings << f.describe();
    const bool sign = key && out.findings.isEmpty(); // signing rows that betray tampering would bless it
    NoteKey unsignedKey;
    const SignedLog log = EvidenceLog::signState(std::move(*state), sign ? *key : unsignedKey);
    out.isSigned = sign && !log.text.isEmpty();
    out.text = out.isSigned ? log.text : log.checkpoint.body();
    return out;
}

Result<BundleWriter::Summary> build(const BundleWriter::Options &o, PGconn *pg, const QString &part,
                                    const BundleSigner *signer, std::future<Result<AuditCheckpoint>> &audit,
                                    std::atomic_bool &abandonAudit)
{
    auto opened = SqliteDb::open(part, SqliteDb::Mode::Create);
    if (!opened)
        return Unexpected<Error>(opened.error());
    SqliteDb &db = **opened;
    // A fixed page size and one ordered build: the same rows give the same bytes. The journal is
    // off because the file is private until it is renamed; a crash leaves only FILE.part. Pages are
    // read back through a mapping (as far as SQLite maps, 2 GB): each index is built by a scan of
    // its whole table, and through read() that was a system call and a copy per 4 KB page (4 of
    // the 11 s the indexes of a million reports took).
    std::string setup =
        "PRAGMA page_size = " + std::to_string(BundleFormat::PageSize) +
        "; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
        " PRAGMA cache_size = -131072; PRAGMA mmap_size = 2147418112; PRAGMA temp_store = MEMORY;"
        " PRAGMA application_id = " +
        std::to_string(BundleFormat::ApplicationId) +
        "; PRAGMA user_version = " + std::to_string(BundleFormat::Version) + "; BEGIN;";
    for (const BundleFormat::Table &t : BundleFormat::tables())
        setup += BundleFormat::createSql(t) + ";";
    setup +=
        "CREATE TABLE manifest (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
        "CREATE TABLE row_digests (table_name TEXT NOT NULL, chunk INTEGER NOT NULL, digests BLOB NOT NULL, "
        "PRIMARY KEY (table_name, chunk)) WITHOUT ROWID;";
    if (auto done = db.exec(setup); !done)
        return Unexpected<Error>(done.error());

    std::map<std::string, std::string> manifest;
    Export exporter(o, pg, db);
    const int tables = int(BundleFormat::tables().size());
    for (int i = 0; i < tables; ++i) {
        const BundleFormat::Table &t = BundleFormat::tables()[std::size_t(i)];
        auto hash = exporter.table(t, 5 + 80 * i / tables, 5 + 80 * (i + 1) / tables);
        if (!hash)
            return Unexpected<Error>(hash.error());
        manifest[BundleFormat::Key::sha256(t.name)] = *hash;
        manifest[BundleFormat::Key::rows(t.name)] = std::to_string(exporter.rows().at(t.name));
    }
    if (o.progress)
        o.progress(88, QCoreApplication::translate("pegboard::BundleWriter", "Indexing…"));
    for (const BundleFormat::Table &t : BundleFormat::tables())
        for (const std::string &index : t.indexes)
            if (auto done = db.exec(index); !done)
                return Unexpected<Error>(done.error());

    auto last = exporter.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    auto count = exporter.scalar("SELECT count(*) FROM audit_log");
    if (!last || !count)
        return Unexpected<Error>(!last ? last.error() : count.error());
    manifest[BundleFormat::Key::Format] = BundleFormat::FormatName;
    manifest[BundleFormat::Key::FormatVersion] = std::to_string(BundleFormat::Version);
    manifest[BundleFormat::Key::Encoding] = BundleFormat::EncodingName;
    manifest[BundleFormat::Key::PegboardVersion] = o.pegboardVersion.toStdString();
    manifest[BundleFormat::Key::Source] = PgConnection::redacted(o.storeUrl).toStdString();
    manifest[BundleFormat::Key::WindowFrom] = isoOrEmpty(o.from);
    manifest[BundleFormat::Key::WindowTo] = isoOrEmpty(o.to);
    manifest[BundleFormat::Key::RedactionProfile] = o.redaction.name.toStdString();
    manifest[BundleFormat::Key::Redaction] = QJsonDocument(QJsonArray::fromStringList(o.redaction.removed()))
                                                 .toJson(QJsonDocument::Compact)
                                                 .toStdString();
    manifest[BundleFormat::Key::AuditLastHash] = *last;
    manifest[BundleFormat::Key::AuditRowCount] = *count;
    if (o.progress)
        o.progress(92, QCoreApplication::translate("pegboard::BundleWriter", "Reading the evidence log…"));
    if (o.cancel && o.cancel->load())
        abandonAudit = true;
    auto checkpoint = audit.get();
    if (!checkpoint)
        return Unexpected<Error>(checkpoint.error());
    manifest[BundleFormat::Key::AuditCheckpoint] = checkpoint->text.toStdString();
    if (signer) {
        auto signature = signer->sign(QByteArray::fromStdString(BundleFormat::signedMessage(manifest)));
        if (!signature)
            return Unexpected<Error>(signature.error());
        manifest[BundleFormat::Key::SignatureAlgorithm] = "ed25519";
        manifest[BundleFormat::Key::SignaturePublicKey] = signer->publicKey().toBase64().toStdString();
        manifest[BundleFormat::Key::Signature] = signature->toBase64().toStdString();
    }
    auto insert = db.prepare("INSERT INTO manifest (key, value) VALUES (?, ?)");
    if (!insert)
        return Unexpected<Error>(insert.error());
    for (const auto &[key, value] : manifest) {
        insert->bind(1, std::string_view(key));
        insert->bind(2, std::string_view(value));
        auto done = insert->step();
        insert->reset();
        if (!done)
            return Unexpected<Error>(done.error());
    }
    if (auto done = db.exec("COMMIT"); !done)
        return Unexpected<Error>(done.error());
    BundleWriter::Summary summary;
    summary.rows = exporter.rows();
    summary.isSigned = signer != nullptr;
    summary.auditCheckpoint = checkpoint->text;
    summary.checkpointSigned = checkpoint->isSigned;
    summary.auditFindings = checkpoint->findings;
    return summary;
}
} // namespace

Result<BundleWriter::Summary> BundleWriter::write(const Options &o)
{
    if (o.output.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("pegboard::BundleWriter", "No output file given."));
    std::unique_ptr<BundleSigner> signer;
    if (!o.signingKey.isEmpty()) {
        auto loaded = BundleSigner::fromPem(o.signingKey);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        signer = std::move(loaded).value();
    }
    std::optional<NoteKey> checkpointKey;
    if (!o.checkpointKey.isEmpty()) {
        auto loaded = NoteKey::loadOrCreate(o.checkpointKey, {}, false);
        if (!loaded)
            return Unexpected<Error>(loaded.error());
        checkpointKey = std::move(loaded).value();
    }
    if (auto valid = PgConnection::validateUrl(o.storeUrl); !valid)
        return Unexpected<Error>(valid.error());
    if (o.progress)
        o.progress(0, QCoreApplication::translate("pegboard::BundleWriter", "Connecting to the store…"));
    PGconn *pg = PQconnectdb(o.storeUrl.toUtf8().constData());
    if (PQstatus(pg) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(pg)).trimmed();
        PQfinish(pg);
        return Error::make(PgConnection::classify(message), message);
    }
    // One snapshot of the store for all four tables: a report inserted mid-export is in none of them.
    PQclear(PQexec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    PQclear(PQexec(pg, "SET extra_float_digits = 1"));
    PQclear(PQexec(pg, "SET jit = off")); // compiling the projections cost more than it saved
    // The evidence log is read in the same snapshot on a second connection.
    QByteArray snapshot;
    if (PGresult *r = PQexec(pg, "SELECT pg_export_snapshot()"); r) {
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
            snapshot = QByteArray(PQgetvalue(r, 0, 0));
        PQclear(r);
    }
    if (snapshot.isEmpty()) {
        const QString message = QString::fromUtf8(PQerrorMessage(pg)).trimmed();
        PQfinish(pg);
        return Error::make(Error::Code::Query, message);
    }
    std::atomic_bool abandonAudit{false};
    const NoteKey *key = checkpointKey ? &*checkpointKey : nullptr;
    auto audit = std::async(std::launch::async, [url = o.storeUrl, snapshot, key, &abandonAudit] {
        return readCheckpoint(url, snapshot, key, abandonAudit);
    });

    const QString part = o.output + QStringLiteral(".part");
    QFile::remove(part);
    auto built = build(o, pg, part, signer.get(), audit, abandonAudit);
    if (audit.valid()) { // the export failed before it needed the checkpoint
        abandonAudit = true;
        audit.wait();
    }
    PQclear(PQexec(pg, "COMMIT"));
    PQfinish(pg);
    if (!built) {
        QFile::remove(part);
        return built;
    }
    // Durable before it is visible under its name.
    if (const int fd = ::open(QFile::encodeName(part).constData(), O_RDONLY); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    QFile::remove(o.output);
    if (!QFile::rename(part, o.output)) {
        QFile::remove(part);
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("pegboard::BundleWriter", "Cannot write %1.").arg(o.output));
    }
    built->bytes = QFileInfo(o.output).size();
    if (o.progress)
        o.progress(100, QCoreApplication::translate("pegboard::BundleWriter", "Done"));
    return built;
}

} // namespace pegboard
