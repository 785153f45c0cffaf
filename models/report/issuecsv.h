#pragma once

#include "domain/error.h"
#include "store/issuequery.h"

#include <QStringList>
#include <atomic>
#include <functional>

class QIODevice;

namespace pegboard {

class Dataset;
struct Issue;

// Reports as CSV for spreadsheets and scripts: every report in a filter, streamed from the dataset
// (never only the rows a table has loaded), times in ISO 8601 UTC ("2026-11-24T13:00:00.123Z"),
// numbers plain ('.' decimal, no grouping), fields quoted as RFC 4180 by CsvWriter.
class IssueCsv
{
public:
    static QStringList header();
    static QStringList fields(const Issue &issue);

    // Writes the header and every report of query; progress(rowsWritten) after each batch.
    // Stops with an error when cancel is set or the device refuses a write. Returns the rows written.
    static Result<qint64> write(Dataset &dataset, const IssueQuery &query, QIODevice &out,
                                const std::atomic_bool &cancel, const std::function<void(qint64)> &progress);
};

} // namespace pegboard
