#pragma once

#include "snapshot.h"
#include "store/issuequery.h"

#include <cstdint>
#include <vector>

namespace pegboard {

// The filter bar's narrowing (types, severity, protocols, text, open only) applied to a loaded
// snapshot, so the heatmap, patterns and root causes answer the same question as the report
// tables. The window (from/to) is the loader's; drill-down ids and clusters are not a filter.
// Text matches as the store's ILIKE '%text%' does, case-insensitively, over the title and the
// body's gist the snapshot keeps (SnapshotLoader::Options::maxBodyChars).
class SnapshotFilter
{
public:
    // False when the query keeps every row of its window (nothing to narrow).
    static bool narrows(const IssueQuery &query);
    // The rows of `snapshot` the query keeps, ascending.
    static std::vector<std::uint32_t> matching(const Snapshot &snapshot, const IssueQuery &query);
};

} // namespace pegboard
