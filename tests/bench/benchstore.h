#pragma once

#include <QString>

namespace pegboard::test {
class TestCluster;
}

namespace pegboard::bench {

// Fills a migrated store with `count` article-shaped reports through BulkLoader, generated and
// loaded in slices so a million reports never sit in memory as Issue values at once.
bool fillIssues(const QString &url, int count);
// Starts `pg` and returns the URL of a fresh database filled with `count` reports; empty (and
// stderr) when any step fails.
QString filledStore(test::TestCluster &pg, int count);

// Runs a SQL statement or psql meta-command through psql; false (and stderr) on failure.
bool psql(const QString &url, const QString &command);

} // namespace pegboard::bench
