#pragma once

#include "reportsection.h"

namespace pegboard {

// The actions taken: who, when, and the old and new values, from the audit log.
class ActionsSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &data) const override { return isIncident(data); }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
