#pragma once

#include "domain/error.h"
#include "reportdata.h"

#include <QByteArray>

namespace pegboard {

// Renders a ReportData as PDF/A-1b with QPdfWriter (vector text, embedded fonts): every applicable
// ReportSection in order, laid out twice for "page x of y". The same data gives the same bytes:
// Qt stamps the current time and a random document id, which are replaced by the generation time
// and an id derived from the content (same lengths, so the cross-reference table stays valid).
class PdfReport
{
public:
    static Result<QByteArray> render(const ReportData &data);
    static Result<void> write(const ReportData &data, const QString &path);
    // The title the PDF metadata and every page header carry.
    static QString title(const ReportData &data);
};

} // namespace pegboard
