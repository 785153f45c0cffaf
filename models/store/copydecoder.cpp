#include "copydecoder.h"

#include <cctype>

namespace pegboard {

std::string_view CopyDecoder::unescape(std::string_view f, std::string &scratch)
{
    if (f.find('\\') == std::string_view::npos)
        return f;
    scratch.clear();
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '\\' || i + 1 == f.size()) {
            scratch += f[i];
            continue;
        }
        const char c = f[++i];
        switch (c) {
        case 'n':
            scratch += '\n';
            break;
        case 't':
            scratch += '\t';
            break;
        case 'r':
            scratch += '\r';
            break;
        case 'b':
            scratch += '\b';
            break;
        case 'f':
            scratch += '\f';
            break;
        case 'v':
            scratch += '\v';
            break;
        case 'x':
            // \x and one or two hex digits; without a digit it is the letter, as COPY FROM reads it.
            if (i + 1 < f.size() && std::isxdigit(static_cast<unsigned char>(f[i + 1]))) {
                int v = 0;
                for (int k = 0;
                     k < 2 && i + 1 < f.size() && std::isxdigit(static_cast<unsigned char>(f[i + 1])); ++k) {
                    const char h = f[++i];
                    v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                }
                scratch += char(v);
            } else {
                scratch += c;
            }
            break;
        default:
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int k = 0; k < 2 && i + 1 < f.size() && f[i + 1] >= '0' && f[i + 1] <= '7'; ++k)
                    v = v * 8 + (f[++i] - '0');
                scratch += char(v);
            } else {
                scratch += c;
            }
        }
    }
    return scratch;
}

} // namespace pegboard
