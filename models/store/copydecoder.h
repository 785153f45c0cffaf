#pragma once

#include <string>
#include <string_view>

namespace pegboard {

// PostgreSQL's COPY text format, read side (CopyEncoder writes it): every reader of COPY TO STDOUT
// (the snapshot loader, the bundle writer) decodes fields the same way.
class CopyDecoder
{
public:
    // A field's escapes (\t, \n, \\, octal …) decoded into `scratch`; the field itself when it
    // has none. The result lives as long as `f` or `scratch`.
    static std::string_view unescape(std::string_view f, std::string &scratch);
};

} // namespace pegboard
