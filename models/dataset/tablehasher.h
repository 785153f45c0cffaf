#pragma once

#include <QByteArray>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pegboard {

// The hashes of one bundle table: each row's SHA-256 over its canonical encoding, and the table's
// SHA-256 over the concatenation of those row hashes, in canonical row order.
class TableHasher
{
public:
    using Digest = std::array<unsigned char, 32>;

    TableHasher();
    ~TableHasher();
    TableHasher(const TableHasher &) = delete;
    TableHasher &operator=(const TableHasher &) = delete;

    // Hashes one row's encoding and folds it into the table hash.
    const Digest &addRow(std::string_view encoding);
    std::int64_t rows() const { return m_rows; }
    // Lowercase hex of the table hash; the hasher is spent afterwards.
    std::string finish();

    static std::string hex(const unsigned char *bytes, std::size_t n);

private:
    struct State;
    State *m_state;
    Digest m_row{};
    std::int64_t m_rows = 0;
};

} // namespace pegboard
