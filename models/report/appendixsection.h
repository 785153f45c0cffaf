#pragma once

#include "reportsection.h"

namespace pegboard {

// Appendix: the signed checkpoint verbatim, the leaf of every cited record, the evidence hash.
class AppendixSection : public ReportSection
{
public:
    bool appliesTo(const ReportData &) const override { return true; }
    void write(const ReportFormat &format, PdfDocument &doc) const override;
};

} // namespace pegboard
