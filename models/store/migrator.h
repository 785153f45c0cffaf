#pragma once

// libpqxx 6 declares connection as an alias template instance, which cannot be forward-declared.
#include "domain/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <pqxx/connection>

namespace pegboard {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied;
    bool changed() const { return !applied.isEmpty(); }
};

// Applies the SQL migrations bundled in the binary (resources/sql, NNNN_name.sql), each in its own
// transaction, recorded in schema_migrations. Refuses a database newer than the binary rather than
// guessing what a later schema means.
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations = bundled());

    static QList<Migration> bundled();
    int latestVersion() const;

    Result<MigrationReport> migrate(pqxx::connection &connection) const;
    Result<int> currentVersion(pqxx::connection &connection) const;

private:
    QList<Migration> m_migrations;
};

} // namespace pegboard
