#pragma once

#include "reportsection.h"

namespace pegboard {

// Period report: resolution times per type, prevention and recurrence rates.
class ResolutionSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return !isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
