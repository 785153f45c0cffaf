#pragma once

#include "reportsection.h"

namespace pegboard {

// The DORA classification worksheet: each criterion's value against its threshold.
class ClassificationSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
