#pragma once

#include "domain/issue.h"

#include <string>

namespace pqxx {
class row;
}

namespace pegboard {

// The column lists and codecs shared by every path that moves an Issue in or out of the store, so
// COPY, SELECT and the schema cannot drift apart.
namespace IssueRow {
// Columns written by bulk insert, in COPY order.
const std::string &insertColumns();
// The session staging table for bulk insert: every column text, so COPY into it only stores bytes
// and each value is parsed once (JSONB, arrays, timestamps) by the INSERT … SELECT that casts it.
const std::string &stagingTable();
// The SELECT list that casts the staging columns to the real types, in insertColumns() order.
const std::string &stagingCasts();
// Columns read back, in the order issueFromRow expects.
const std::string &selectColumns();
void appendCopyLine(std::string &out, const Issue &issue);
Issue fromRow(const pqxx::row &row);
} // namespace IssueRow

} // namespace pegboard
