#include "copydecoder.h"

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
