#pragma once

#include "domain/error.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pegboard {

// A prepared SQLite statement: bind, step, read columns. Owned by the SqliteDb that prepared it
// and finalized on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    // The bytes are copied only if SQLite must keep them beyond the step (SQLITE_TRANSIENT).
    void bind(int index, std::string_view text);
    void bindBlob(int index, std::string_view bytes);
    // SQLITE_ROW → true, SQLITE_DONE → false; anything else is an error value.
    Result<bool> step();
    void reset();

    int columnCount() const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    int type(int column) const;
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    // Valid until the next step() or reset().
    std::string_view text(int column) const;
    std::string_view blob(int column) const;
    QString qtext(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};

// One SQLite database file. Not thread-safe: one per thread, as with the store's connections.
class SqliteDb
{
public:
    enum class Mode
    {
        ReadOnly,
        Create, // a new file; an existing one is overwritten by the caller beforehand
    };

    static Result<std::unique_ptr<SqliteDb>> open(const QString &path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    Result<void> exec(const std::string &sql);
    Result<SqliteStatement> prepare(const std::string &sql);
    QString lastError() const;
    QString path() const { return m_path; }

private:
    SqliteDb(sqlite3 *db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    {}
    sqlite3 *m_db;
    QString m_path;
};

} // namespace pegboard
