#pragma once

#include "reportdata.h"
#include "reportsource.h"

#include <atomic>
#include <functional>

namespace pegboard {

// Gathers a report's facts from a ReportSource: the incident's root-cause cluster (the analysis'
// own RootCauseClusterer over the reports around it), its reports and audited actions, the peg
// around it, or a period's incidents and impact; then the evidence log, signed, with the leaf of
// every cited record. Never invents what the source does not hold.
class ReportBuilder
{
public:
    using Progress = std::function<void(int percent, const QString &step)>;
    static Result<ReportData> build(const ReportRequest &request, ReportSource &source,
                                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace pegboard
