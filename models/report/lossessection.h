#pragma once

#include "reportsection.h"

namespace pegboard {

// Losses estimated and actual, and the peg deviation during the incident as a vector chart.
class LossesSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
