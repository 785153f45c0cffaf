#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pegboard {

// PostgreSQL's `->>` on JSON text, without a JSON library's number conversion: the value of a
// top-level key as text — a string unescaped, a number, true/false or a nested value exactly as
// written — or nullopt for a missing key, a JSON null, or text that is not an object. Keeping the
// number's own digits is what lets a bundle's snapshot equal the store's to the last bit.
namespace JsonText {
std::optional<std::string_view> member(std::string_view json, std::string_view key, std::string &scratch);
// The first element of a JSON array as `->> 0` would give it.
std::optional<std::string_view> firstElement(std::string_view json, std::string &scratch);
} // namespace JsonText

} // namespace pegboard
