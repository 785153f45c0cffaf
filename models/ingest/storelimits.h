#pragma once

#include "domain/error.h"
#include "domain/issue.h"

#include <QStringList>

namespace pegboard {

// The store's real limits, checked at the door so a report the store cannot hold is refused (400
// naming the field) or normalised before it is answered, never after: a value PostgreSQL refuses
// would otherwise fail its whole batch. Limits mirror resources/sql (VARCHAR(n), DECIMAL(15,2),
// the severity CHECK, the (source, external_id) index), plus what COPY text, TIMESTAMPTZ and JSONB
// refuse. Normalisations (documented in the README):
//   - NUL characters are removed from every text, array element and JSON string/key, and the row's
//     body says which fields lost how many (PostgreSQL text cannot hold NUL at all);
//   - a reporter longer than VARCHAR(42) is cut to 42 characters, the full value noted in the body;
//   - JSON numbers that are not finite become null (JSONB has no NaN or Infinity).
// Everything else that does not fit is refused.
class StoreLimits
{
public:
    static constexpr int IssueTypeChars = 50;          // issue_type VARCHAR(50)
    static constexpr int ResolutionCategoryChars = 50; // resolution_category VARCHAR(50)
    static constexpr int ReporterChars = 42;           // reporter_address VARCHAR(42)
    // The (source, external_id) btree holds at most ~2,700 bytes per entry; well inside that.
    static constexpr int ExternalIdBytes = 1024;
    static constexpr int SourceBytes = 64;
    // DECIMAL(15,2): 13 digits before the point; a value rounding to 10^13 overflows.
    static constexpr double MaxAbsMoney = 9999999999999.994;
    // TIMESTAMPTZ holds 4713 BC … 294276 AD; the ISO-8601 text both ends speak holds years 1–9999.
    static constexpr int MinYear = 1;
    static constexpr int MaxYear = 9999;

    // Normalises `issue` in place; an InvalidInput error names the first field that cannot be
    // stored. `notes` receives one line per normalisation (also appended to the body).
    static Result<void> apply(Issue &issue, QStringList *notes = nullptr);

    // Code points, as VARCHAR(n) counts them (QString::size() counts UTF-16 units).
    static qsizetype characters(const QString &text);
};

} // namespace pegboard
