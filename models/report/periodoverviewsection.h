#pragma once

#include "reportsection.h"

namespace pegboard {

// Period report: the window, its incidents (root-cause clusters) and their losses.
class PeriodOverviewSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return !isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
