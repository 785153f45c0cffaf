#pragma once

#include <functional>
#include <pqxx/transaction_base>
#include <string>
#include <vector>

namespace pegboard {

// COPY FROM STDIN of rows the caller encodes itself (CopyEncoder), sent in ~1 MiB chunks: one
// libpq call per chunk instead of per row. The one place that touches libpqxx 6's tablewriter,
// whose raw-line interface is deprecated but is the only public one that takes pre-encoded rows.
class CopyStream
{
public:
    // Encodes row i by appending one line (ending in '\n') to the buffer.
    using Encoder = std::function<void(std::string &buffer, std::size_t row)>;

    static void write(pqxx::transaction_base &tx, const std::string &table,
                      const std::vector<std::string> &columns, std::size_t rows, const Encoder &encode);
};

} // namespace pegboard
