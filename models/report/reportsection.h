#pragma once

#include "pdfdocument.h"
#include "reportformat.h"

#include <memory>
#include <vector>

namespace pegboard {

// One part of a compliance report. A new section is one file pair and one line in
// reportsections.cpp; sections write in the order listed there.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual bool appliesTo(const ReportData &data) const = 0;
    virtual void write(const ReportFormat &format, PdfDocument &doc) const = 0;
};

namespace ReportSections {
const std::vector<std::unique_ptr<ReportSection>> &all();
}

inline bool isIncident(const ReportData &d)
{
    return d.request.kind == ReportRequest::Kind::Incident;
}

} // namespace pegboard
