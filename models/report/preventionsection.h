#pragma once

#include "reportsection.h"

namespace pegboard {

// Prevention implemented and recurrence of the incident's type.
class PreventionSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
