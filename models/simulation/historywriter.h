#pragma once

#include "domain/error.h"

#include <QString>
#include <functional>

namespace pegboard {

// Fills a store with a generated history: the market's feed samples (volume set by the days), the
// reports (set by the count) through BulkLoader, and the ground truth file. Refuses a store whose
// schema is missing or older than this Pegboard. Idempotent: running it again with the same
// options inserts nothing new. Used by `pegboard generate` (and the demo).
class HistoryWriter
{
public:
    struct Options
    {
        QString url;
        qint64 issues = 847;
        int days = 90;
        quint64 seed = 1;
        qint64 endMs = 0;  // end of the history, rounded down to the minute
        QString truthPath; // empty: no truth file
        int connections = 2;
        int batch = 50000; // reports rendered and loaded per step
    };
    struct Summary
    {
        qint64 issues = 0;
        qint64 issuesInserted = 0;
        qint64 samples = 0;
        qint64 samplesInserted = 0;
        int clusters = 0;
        double seconds = 0;
    };
    // stage is a translated phrase; called from worker threads.
    using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

    static constexpr qint64 MaxIssues = 4000000;
    static constexpr int MaxDays = 3650;

    explicit HistoryWriter(Options options);
    Result<Summary> run(const Progress &progress = {});

private:
    Result<void> checkSchema() const;
    Options m_options;
};

} // namespace pegboard
