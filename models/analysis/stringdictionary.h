#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pegboard {

// Interns the few distinct values of a low-cardinality text column (issue type, protocol, symbol,
// congestion level) so a snapshot stores two bytes per row instead of a string.
class StringDictionary
{
public:
    static constexpr std::uint16_t None = 0xFFFF;

    // The code of `value`, added if new; None for an empty value or when the dictionary is full.
    std::uint16_t intern(std::string_view value);
    // The code of `value`, or None if it was never interned.
    std::uint16_t find(std::string_view value) const;
    QString text(std::uint16_t code) const;
    const std::string &utf8(std::uint16_t code) const;
    int size() const { return int(m_values.size()); }
    std::size_t memoryBytes() const;

private:
    std::vector<std::string> m_values;
    std::unordered_map<std::string, std::uint16_t> m_codes;
};

} // namespace pegboard
