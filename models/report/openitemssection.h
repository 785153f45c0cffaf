#pragma once

#include "reportsection.h"

namespace pegboard {

// Period report: open critical reports and the audit summary (who did what).
class OpenItemsSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return !isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
