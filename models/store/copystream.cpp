#include "copystream.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <pqxx/tablewriter>

namespace pegboard {

namespace {
constexpr std::size_t ChunkBytes = 1 << 20;

void flush(pqxx::tablewriter &writer, std::string &chunk)
{
    if (chunk.empty())
        return;
    chunk.pop_back(); // write_raw_line appends the final newline itself
    writer.write_raw_line(chunk);
    chunk.clear();
}
} // namespace

void CopyStream::write(pqxx::transaction_base &tx, const std::string &table,
                       const std::vector<std::string> &columns, std::size_t rows, const Encoder &encode)
{
    pqxx::tablewriter writer(tx, table, columns.begin(), columns.end());
    std::string chunk;
    chunk.reserve(ChunkBytes + 4096);
    for (std::size_t row = 0; row < rows; ++row) {
        encode(chunk, row);
        if (chunk.size() >= ChunkBytes)
            flush(writer, chunk);
    }
    flush(writer, chunk);
    writer.complete();
}

} // namespace pegboard
#pragma GCC diagnostic pop
