#pragma once

#include "reportsection.h"

namespace pegboard {

// Title, reference, reporting entity (from the profile) and the key times in UTC.
class IncidentSummarySection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
