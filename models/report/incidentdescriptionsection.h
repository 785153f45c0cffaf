#pragma once

#include "reportsection.h"

namespace pegboard {

// Description, root cause (the cluster), affected contracts, transaction hashes and the reports.
class IncidentDescriptionSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
