#include "bundleverifier.h"

#include "audit/checkpoint.h"
#include "bundledataset.h"
#include "bundleformat.h"
#include "bundlesigner.h"
#include "sqlitedb.h"
#include "tablehasher.h"

#include <QCoreApplication>
#include <cstring>
#include <sqlite3.h>

namespace pegboard {

namespace {
void encodeColumn(const SqliteStatement &s, int c, std::string &out)
{
    switch (s.type(c)) {
    case SQLITE_NULL:
        BundleFormat::encodeNull(out);
        break;
    case SQLITE_INTEGER:
        BundleFormat::encodeInteger(out, s.integer(c));
        break;
    case SQLITE_FLOAT:
        BundleFormat::encodeReal(out, s.real(c));
        break;
    case SQLITE_BLOB: {
        // Not in any bundle table: a blob where text belongs is an edit, and hashes as one.
        const std::string_view b = s.blob(c);
        out += 'B';
        out += std::to_string(b.size());
        out += ':';
        out.append(b);
        break;
    }
    default:
        BundleFormat::encodeText(out, s.text(c));
    }
}

QString keyOf(const BundleFormat::Table &t, const SqliteStatement &s)
{
    QStringList parts;
    for (int c : t.keyColumns)
        parts << QStringLiteral("%1 %2").arg(QString::fromUtf8(t.columns[std::size_t(c)].name), s.qtext(c));
    return parts.join(QStringLiteral(", "));
}

struct TableCheck
{
    const BundleFormat::Table &table;
    SqliteDb &db;
    const std::map<std::string, std::string> &manifest;
    QStringList &problems;
    std::int64_t rows = 0;

    QString name() const { return QString::fromUtf8(table.name); }

    Result<std::string> storedDigests()
    {
        auto s = db.prepare("SELECT digests FROM row_digests WHERE table_name = ?1 ORDER BY chunk");
        if (!s)
            return Unexpected<Error>(s.error());
        s->bind(1, std::string_view(table.name));
        std::string all;
        while (true) {
            auto row = s->step();
            if (!row)
                return Unexpected<Error>(row.error());
            if (!*row)
                break;
            all.append(s->blob(0));
        }
        return all;
    }

    Result<void> columnsMatch()
    {
        auto s =
            db.prepare(std::string("SELECT name FROM pragma_table_info('") + table.name + "') ORDER BY cid");
        if (!s)
            return Unexpected<Error>(s.error());
        QStringList found, expected;
        while (true) {
            auto row = s->step();
            if (!row)
                return Unexpected<Error>(row.error());
            if (!*row)
                break;
            found << s->qtext(0);
        }
        for (const auto &c : table.columns)
            expected << QString::fromUtf8(c.name);
        if (found != expected) {
            problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                    "%1: the columns are %2, the format has %3.")
                            .arg(name(),
                                 found.isEmpty()
                                     ? QCoreApplication::translate("pegboard::BundleVerifier", "missing")
                                     : found.join(QStringLiteral(", ")),
                                 expected.join(QStringLiteral(", ")));
            return Error::make(Error::Code::InvalidInput, {});
        }
        return {};
    }

    Result<void> run()
    {
        if (!columnsMatch())
            return {};
        auto stored = storedDigests();
        if (!stored)
            return Unexpected<Error>(stored.error());
        const std::size_t d = BundleFormat::DigestBytes;
        const std::size_t storedRows = stored->size() / d;
        auto s = db.prepare(BundleFormat::selectSql(table));
        if (!s)
            return Unexpected<Error>(s.error());
        TableHasher hasher;
        std::string encoding;
        std::string computed;             // 8 bytes per row
        std::optional<std::size_t> first; // the first row whose digest differs from the stored one
        QString previousKey, firstKey, nextKey;
        while (true) {
            auto row = s->step();
            if (!row)
                return Unexpected<Error>(row.error());
            if (!*row)
                break;
            encoding.clear();
            for (int c = 0; c < int(table.columns.size()); ++c)
                encodeColumn(*s, c, encoding);
            const auto &digest = hasher.addRow(encoding);
            const std::size_t k = computed.size() / d;
            computed.append(reinterpret_cast<const char *>(digest.data()), d);
            if (first && k == *first + 1)
                nextKey = keyOf(table, *s);
            if (!first && (k >= storedRows || std::memcmp(stored->data() + k * d, digest.data(), d) != 0)) {
                first = k;
                firstKey = keyOf(table, *s);
            }
            if (!first)
                previousKey = keyOf(table, *s);
        }
        rows = hasher.rows();
        const std::size_t computedRows = computed.size() / d;
        if (!first && computedRows < storedRows)
            first = computedRows;
        const auto digestAt = [&](const std::string &v, std::size_t k) {
            return std::string_view(v).substr(k * d, d);
        };
        if (first) {
            const std::size_t k = *first;
            const QString position = QString::number(qulonglong(k + 1));
            const QString after =
                previousKey.isEmpty()
                    ? QCoreApplication::translate("pegboard::BundleVerifier", "at the start")
                    : QCoreApplication::translate("pegboard::BundleVerifier", "after %1").arg(previousKey);
            if (k >= computedRows)
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: row %2 and later are missing (%3).")
                                .arg(name(), position, after);
            else if (k >= storedRows)
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: row %2 (%3) was inserted.")
                                .arg(name(), position, firstKey);
            else if (k + 1 < storedRows && digestAt(computed, k) == digestAt(*stored, k + 1))
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: row %2 is missing (%3, before %4).")
                                .arg(name(), position, after, firstKey);
            else if (k + 1 < computedRows && digestAt(computed, k + 1) == digestAt(*stored, k))
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: row %2 (%3) was inserted.")
                                .arg(name(), position, firstKey);
            else
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: row %2 (%3) was changed.")
                                .arg(name(), position, firstKey);
        }
        const auto expectedHash = manifest.find(BundleFormat::Key::sha256(table.name));
        const auto expectedRows = manifest.find(BundleFormat::Key::rows(table.name));
        const std::string hash = hasher.finish();
        if (expectedHash == manifest.end() || expectedRows == manifest.end()) {
            problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                    "%1: the manifest has no hash or row count for it.")
                            .arg(name());
        } else {
            if (expectedRows->second != std::to_string(rows))
                problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                        "%1: %2 rows, the manifest says %3.")
                                .arg(name())
                                .arg(rows)
                                .arg(QString::fromStdString(expectedRows->second));
            if (expectedHash->second != hash && !first)
                problems << QCoreApplication::translate(
                                "pegboard::BundleVerifier",
                                "%1: the table's SHA-256 does not match the manifest (its row digests were "
                                "rewritten too).")
                                .arg(name());
            else if (expectedHash->second == hash && first)
                problems << QCoreApplication::translate(
                                "pegboard::BundleVerifier",
                                "%1: the rows match the manifest but not their stored row digests.")
                                .arg(name());
        }
        return {};
    }
};
} // namespace

Result<BundleVerifier::Report> BundleVerifier::verify(const QString &path, const QByteArray &pinnedPublicKey)
{
    auto bundle = BundleDataset::open(path);
    if (!bundle)
        return Unexpected<Error>(bundle.error());
    auto opened = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!opened)
        return Unexpected<Error>(opened.error());
    const auto &manifest = (*bundle)->manifest();
    Report report;
    for (const BundleFormat::Table &t : BundleFormat::tables()) {
        TableCheck check{t, **opened, manifest, report.problems};
        if (auto done = check.run(); !done)
            return Unexpected<Error>(done.error());
        report.rows[t.name] = check.rows;
    }

    const auto value = [&](const char *key) -> std::optional<std::string> {
        auto it = manifest.find(key);
        return it == manifest.end() ? std::nullopt : std::optional(it->second);
    };
    if (const auto checkpoint = value(BundleFormat::Key::AuditCheckpoint);
        checkpoint && !checkpoint->empty()) {
        // Signed, it is a signed note (text, blank line, signatures); unsigned, the text alone.
        const QByteArray text = QByteArray::fromStdString(*checkpoint);
        auto parsed = text.contains("\n\n") ? Checkpoint::parse(text) : Checkpoint::parseBody(text);
        if (!parsed) {
            report.problems << QCoreApplication::translate(
                                   "pegboard::BundleVerifier",
                                   "The manifest's audit_checkpoint is not a checkpoint: %1")
                                   .arg(parsed.error().message);
        } else {
            report.auditCheckpoint = text;
            report.auditCheckpointSize = parsed->size;
            for (const Checkpoint::Signature &s : parsed->signatures)
                report.auditCheckpointSigners << s.name;
        }
    }
    const auto signature = value(BundleFormat::Key::Signature);
    if (!signature) {
        if (!pinnedPublicKey.isEmpty())
            report.problems << QCoreApplication::translate(
                "pegboard::BundleVerifier", "The bundle is not signed, but a public key was given.");
        return report;
    }
    const QByteArray key = QByteArray::fromBase64(
        QByteArray::fromStdString(value(BundleFormat::Key::SignaturePublicKey).value_or("")));
    if (value(BundleFormat::Key::SignatureAlgorithm).value_or("") != "ed25519")
        report.problems << QCoreApplication::translate("pegboard::BundleVerifier",
                                                       "The manifest's signature algorithm is not ed25519.");
    else if (!pinnedPublicKey.isEmpty() && key != pinnedPublicKey)
        report.problems << QCoreApplication::translate(
                               "pegboard::BundleVerifier",
                               "The manifest is signed by another key (%1) than the one given.")
                               .arg(QString::fromLatin1(key.toBase64()));
    else if (!BundleSigner::verify(key, QByteArray::fromStdString(BundleFormat::signedMessage(manifest)),
                                   QByteArray::fromBase64(QByteArray::fromStdString(*signature))))
        report.problems << QCoreApplication::translate(
            "pegboard::BundleVerifier",
            "The manifest's signature does not verify: the manifest was changed after "
            "signing, or the signature is not from this key.");
    else
        report.signer = QString::fromLatin1(key.toBase64());
    return report;
}

} // namespace pegboard
