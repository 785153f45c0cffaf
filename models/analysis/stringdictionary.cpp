#include "stringdictionary.h"

namespace pegboard {

std::uint16_t StringDictionary::intern(std::string_view value)
{
    if (value.empty())
        return None;
    // Categories are few: a scan of short strings beats hashing and allocating a key per row.
    if (m_values.size() <= 16) {
        for (std::size_t i = 0; i < m_values.size(); ++i)
            if (m_values[i] == value)
                return std::uint16_t(i);
    }
    const std::string key(value);
    if (auto it = m_codes.find(key); it != m_codes.end())
        return it->second;
    // A column with tens of thousands of distinct values is not a category; folding the overflow
    // into None keeps the snapshot bounded instead of failing the whole load.
    if (m_values.size() >= None)
        return None;
    const auto code = std::uint16_t(m_values.size());
    m_values.push_back(key);
    m_codes.emplace(key, code);
    return code;
}

std::uint16_t StringDictionary::find(std::string_view value) const
{
    if (auto it = m_codes.find(std::string(value)); it != m_codes.end())
        return it->second;
    return None;
}

QString StringDictionary::text(std::uint16_t code) const
{
    return code < m_values.size() ? QString::fromStdString(m_values[code]) : QString();
}

const std::string &StringDictionary::utf8(std::uint16_t code) const
{
    static const std::string empty;
    return code < m_values.size() ? m_values[code] : empty;
}

std::size_t StringDictionary::memoryBytes() const
{
    std::size_t bytes = sizeof(*this);
    for (const std::string &v : m_values)
        bytes += 2 * (sizeof(std::string) + v.capacity()) + 16;
    return bytes;
}

} // namespace pegboard
