#pragma once

#include <QString>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pegboard {

// The review bundle's file format (README, "Review bundles"): which tables, which columns in which
// order and type, the order rows are hashed in, and the canonical row encoding the table hashes are
// computed over. The writer, the verifier and the reader all take the format from here.
namespace BundleFormat {

constexpr int Version = 1;
constexpr const char *FormatName = "pegboard-review-bundle";
constexpr const char *EncodingName = "pegboard-row/1";
// PRAGMA application_id: "PGRB" — lets `file` and tools tell a bundle from any SQLite database.
constexpr std::int32_t ApplicationId = 0x50475242;
constexpr int PageSize = 4096;
// Row digests (the first 8 bytes of each row's SHA-256) are kept in blobs of this many rows.
constexpr int DigestChunkRows = 4096;
constexpr int DigestBytes = 8;

enum class ColumnType
{
    Text,
    Integer,
    Real,
};

struct Column
{
    const char *name;
    ColumnType type;
    bool notNull;
};

struct Table
{
    const char *name;
    std::vector<Column> columns;
    const char *createSuffix;         // after the column list: PRIMARY KEY …, WITHOUT ROWID
    const char *orderBy;              // the canonical row order (SQLite collation BINARY = PostgreSQL "C")
    std::vector<std::string> indexes; // CREATE INDEX statements, run after the load
    std::vector<int> keyColumns;      // what names a row in messages
};

// stablecoin_issues, feed_samples, annotations, audit_log — in this order.
const std::vector<Table> &tables();
const Table *table(std::string_view name);
std::string createSql(const Table &table);
std::string insertSql(const Table &table);
std::string selectSql(const Table &table); // every column in format order, in canonical row order
std::string columnList(const Table &table);

// Canonical row encoding: each value in column order as N (NULL), I<decimal>; (integer),
// R<%.17g>; (real), T<byte length>:<UTF-8 bytes> (text). A row is the concatenation of its values.
void encodeNull(std::string &out);
void encodeInteger(std::string &out, std::int64_t value);
void encodeReal(std::string &out, double value);
void encodeText(std::string &out, std::string_view text);

// Timestamps are stored as ISO 8601 UTC text with microseconds ("2026-11-24T13:00:00.000000Z"),
// which sorts as time and reads as time in any tool.
std::string isoFromMs(std::int64_t ms);
// Milliseconds (floor), or nullopt when `text` is not such a timestamp.
std::optional<std::int64_t> msFromIso(std::string_view text);

// Manifest keys.
namespace Key {
constexpr const char *Format = "format";
constexpr const char *FormatVersion = "format_version";
constexpr const char *Encoding = "canonical_encoding";
constexpr const char *PegboardVersion = "pegboard_version";
constexpr const char *Source = "source";
constexpr const char *WindowFrom = "window_from";
constexpr const char *WindowTo = "window_to";
constexpr const char *RedactionProfile = "redaction_profile";
constexpr const char *Redaction = "redaction";
constexpr const char *AuditLastHash = "audit_last_hash";
constexpr const char *AuditRowCount = "audit_row_count";
// The C2SP checkpoint text of the store's Merkle audit log at export, once the store keeps one.
constexpr const char *AuditCheckpoint = "audit_checkpoint";
constexpr const char *SignatureAlgorithm = "signature_algorithm";
constexpr const char *SignaturePublicKey = "signature_public_key";
constexpr const char *Signature = "signature";
std::string rows(std::string_view table);   // "rows.<table>"
std::string sha256(std::string_view table); // "sha256.<table>"
} // namespace Key
// Keys that are not signed (the signature itself and how to check it).
bool isSignatureKey(std::string_view key);
// What the Ed25519 signature covers: a domain line, then every other manifest row in key order
// (bytewise), each as the canonical encoding of two texts, key and value.
std::string signedMessage(const std::map<std::string, std::string> &manifest);

} // namespace BundleFormat

} // namespace pegboard
