#pragma once

#include "reportsection.h"

namespace pegboard {

// DORA notification deadlines (initial, intermediate, final) and the NYDFS 500.17 72-hour notice.
class DeadlinesSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
