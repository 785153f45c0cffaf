#pragma once

#include "reportsection.h"

namespace pegboard {

// Period report: losses per week, as a bar chart and a table.
class WeeklyLossesSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return !isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
