#pragma once

#include "domain/issue.h"

#include <QList>

namespace pegboard::test {

// Article-shaped reports for tests and benchmarks, deterministic per seed.
Issue articleIssue(int n, quint32 seed = 1);
QList<Issue> articleIssues(int count, quint32 seed = 1);

} // namespace pegboard::test
