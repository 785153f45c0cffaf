#include "bundleformat.h"

#include <charconv>
#include <cstdio>

namespace pegboard::BundleFormat {

namespace {
using T = ColumnType;

std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t(era) * 146097 + doe - 719468;
}

void civilFromDays(std::int64_t z, int &y, int &m, int &d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(std::int64_t(yoe) + era * 400 + (m <= 2));
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
} // namespace

const std::vector<Table> &tables()
{
    static const std::vector<Table> all = {
        {"stablecoin_issues",
         {{"id", T::Text, true},
          {"issue_type", T::Text, true},
          {"severity_level", T::Integer, true},
          {"reported_timestamp", T::Text, false},
          {"resolved_timestamp", T::Text, false},
          {"network_conditions", T::Text, false},
          {"price_context", T::Text, false},
          {"protocol_state", T::Text, false},
          {"estimated_loss_usd", T::Real, false},
          {"actual_loss_usd", T::Real, false},
          {"resolution_category", T::Text, false},
          {"prevention_implemented", T::Integer, false},
          {"related_tx_hashes", T::Text, false},
          {"affected_contracts", T::Text, false},
          {"reporter_address", T::Text, false},
          {"source", T::Text, true},
          {"external_id", T::Text, true},
          {"title", T::Text, true},
          {"body", T::Text, true},
          {"protocol", T::Text, false},
          {"symbol", T::Text, false},
          {"cluster_id", T::Integer, false},
          {"acknowledged_by", T::Text, false},
          {"acknowledged_at", T::Text, false},
          {"received_at", T::Text, true}},
         // A rowid table: report rows carry titles and bodies, too wide for WITHOUT ROWID.
         ", PRIMARY KEY (id))",
         "id",
         {"CREATE INDEX stablecoin_issues_reported ON stablecoin_issues (reported_timestamp, id)",
          "CREATE INDEX stablecoin_issues_received ON stablecoin_issues (received_at, id)",
          "CREATE INDEX stablecoin_issues_type_reported ON stablecoin_issues (issue_type, "
          "reported_timestamp)",
          "CREATE UNIQUE INDEX stablecoin_issues_source_external_id ON stablecoin_issues (source, "
          "external_id)",
          // The console's open critical list, newest reported or newest received first: about
          // one report in a hundred, which a walk of the time indexes finds only after a million.
          "CREATE INDEX stablecoin_issues_open_critical ON stablecoin_issues (reported_timestamp, id) "
          "WHERE resolved_timestamp IS NULL AND severity_level >= 4",
          "CREATE INDEX stablecoin_issues_open_critical_received ON stablecoin_issues (received_at, id) "
          "WHERE resolved_timestamp IS NULL AND severity_level >= 4"},
         {0}},
        {"feed_samples",
         {{"series", T::Text, true},
          {"ts", T::Text, true},
          {"value", T::Real, false}, // NULL where the store held NaN
          {"stale", T::Integer, true}},
         ", PRIMARY KEY (series, ts)) WITHOUT ROWID",
         "series, ts",
         {"CREATE INDEX feed_samples_ts ON feed_samples (ts)"},
         {0, 1}},
        {"annotations",
         {{"id", T::Integer, true},
          {"issue_id", T::Text, true},
          {"author", T::Text, true},
          {"created_at", T::Text, true},
          {"body", T::Text, true}},
         ", PRIMARY KEY (id))",
         "id",
         {"CREATE INDEX annotations_issue ON annotations (issue_id, created_at)"},
         {0}},
        {"audit_log",
         {{"id", T::Integer, true},
          {"at", T::Text, true},
          {"actor", T::Text, true},
          {"action", T::Text, true},
          {"issue_id", T::Text, false},
          {"details", T::Text, true},
          {"prev_hash", T::Text, true},
          {"hash", T::Text, true}},
         ", PRIMARY KEY (id))",
         "id",
         {"CREATE INDEX audit_log_issue ON audit_log (issue_id, id)"},
         {0}},
    };
    return all;
}

const Table *table(std::string_view name)
{
    for (const Table &t : tables())
        if (name == t.name)
            return &t;
    return nullptr;
}

std::string columnList(const Table &table)
{
    std::string out;
    for (const Column &c : table.columns) {
        if (!out.empty())
            out += ", ";
        out += c.name;
    }
    return out;
}

std::string createSql(const Table &table)
{
    std::string sql = std::string("CREATE TABLE ") + table.name + " (";
    bool first = true;
    for (const Column &c : table.columns) {
        if (!first)
            sql += ", ";
        first = false;
        sql += c.name;
        sql += c.type == T::Text ? " TEXT" : c.type == T::Integer ? " INTEGER" : " REAL";
        if (c.notNull)
            sql += " NOT NULL";
    }
    return sql + table.createSuffix;
}

std::string insertSql(const Table &table)
{
    std::string sql = std::string("INSERT INTO ") + table.name + " (" + columnList(table) + ") VALUES (";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        sql += i ? ", ?" : "?";
    return sql + ")";
}

std::string selectSql(const Table &table)
{
    return "SELECT " + columnList(table) + " FROM " + table.name + " ORDER BY " + table.orderBy;
}

void encodeNull(std::string &out)
{
    out += 'N';
}

void encodeInteger(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out += 'I';
    out.append(buffer, end);
    out += ';';
}

void encodeReal(std::string &out, double value)
{
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%.17g", value);
    out += 'R';
    out.append(buffer, std::size_t(n));
    out += ';';
}

void encodeText(std::string &out, std::string_view text)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, text.size());
    out += 'T';
    out.append(buffer, end);
    out += ':';
    out.append(text);
}

std::string isoFromMs(std::int64_t ms)
{
    std::int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    std::int64_t rest = ms - days * 86400000;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03d000Z", y, m, d,
                  int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    return buffer;
}

std::optional<std::int64_t> msFromIso(std::string_view s)
{
    bool ok = s.size() >= 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s[13] == ':' && s[16] == ':' &&
              s.back() == 'Z';
    const int y = digits(s, 0, 4, ok), mo = digits(s, 5, 2, ok), d = digits(s, 8, 2, ok);
    const int h = digits(s, 11, 2, ok), mi = digits(s, 14, 2, ok), sec = digits(s, 17, 2, ok);
    if (!ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    std::int64_t micros = 0;
    std::size_t at = 19;
    if (s[at] == '.') {
        int scale = 100000;
        for (++at; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10)
            micros += (s[at] - '0') * std::int64_t(scale);
    }
    if (at != s.size() - 1)
        return std::nullopt;
    const std::int64_t secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec;
    // floor(µs / 1000), as the store's floor(extract(epoch …) * 1000) — micros are never negative here.
    return secs * 1000 + micros / 1000;
}

namespace Key {
std::string rows(std::string_view table)
{
    return "rows." + std::string(table);
}
std::string sha256(std::string_view table)
{
    return "sha256." + std::string(table);
}
} // namespace Key

bool isSignatureKey(std::string_view key)
{
    return key == Key::SignatureAlgorithm || key == Key::SignaturePublicKey || key == Key::Signature;
}

std::string signedMessage(const std::map<std::string, std::string> &manifest)
{
    std::string out = std::string(FormatName) + "/" + std::to_string(Version) + " manifest\n";
    for (const auto &[key, value] : manifest)
        if (!isSignatureKey(key)) {
            encodeText(out, key);
            encodeText(out, value);
        }
    return out;
}

} // namespace pegboard::BundleFormat
