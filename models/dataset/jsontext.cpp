#include "jsontext.h"

namespace pegboard::JsonText {

namespace {
void skipSpace(std::string_view s, std::size_t &i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        ++i;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

bool hex4(std::string_view s, std::size_t at, unsigned &v)
{
    if (at + 4 > s.size())
        return false;
    v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
        const char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= unsigned(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

// A string starting at s[i] == '"'; on success i is past the closing quote. With `out`, the
// unescaped text is written there.
bool readString(std::string_view s, std::size_t &i, std::string *out)
{
    ++i;
    while (i < s.size()) {
        const char c = s[i++];
        if (c == '"')
            return true;
        if (c != '\\') {
            if (out)
                *out += c;
            continue;
        }
        if (i >= s.size())
            return false;
        const char e = s[i++];
        char plain = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            plain = e;
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u': {
            unsigned cp = 0;
            if (!hex4(s, i, cp))
                return false;
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                unsigned low = 0;
                if (hex4(s, i + 2, low) && low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
            }
            if (out)
                appendUtf8(*out, cp);
            continue;
        }
        default:
            return false;
        }
        if (out)
            *out += plain;
    }
    return false;
}

// Skips any value; i is past it.
bool skipValue(std::string_view s, std::size_t &i)
{
    skipSpace(s, i);
    if (i >= s.size())
        return false;
    if (s[i] == '"')
        return readString(s, i, nullptr);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                if (!readString(s, i, nullptr))
                    return false;
                continue;
            }
            ++i;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && s[i] != ' ' && s[i] != '\n' &&
           s[i] != '\t' && s[i] != '\r')
        ++i;
    return true;
}

// The value at s[i] as ->> renders it.
std::optional<std::string_view> render(std::string_view s, std::size_t i, std::string &scratch)
{
    skipSpace(s, i);
    if (i >= s.size())
        return std::nullopt;
    if (s[i] == '"') {
        scratch.clear();
        if (!readString(s, i, &scratch))
            return std::nullopt;
        return std::string_view(scratch);
    }
    const std::size_t start = i;
    if (!skipValue(s, i))
        return std::nullopt;
    const std::string_view raw = s.substr(start, i - start);
    if (raw == "null")
        return std::nullopt;
    return raw;
}
} // namespace

std::optional<std::string_view> member(std::string_view s, std::string_view key, std::string &scratch)
{
    std::size_t i = 0;
    skipSpace(s, i);
    if (i >= s.size() || s[i] != '{')
        return std::nullopt;
    ++i;
    std::optional<std::size_t> found;
    std::string name;
    while (true) {
        skipSpace(s, i);
        if (i >= s.size() || s[i] != '"')
            break;
        name.clear();
        if (!readString(s, i, &name))
            return std::nullopt;
        skipSpace(s, i);
        if (i >= s.size() || s[i] != ':')
            return std::nullopt;
        ++i;
        if (name == key)
            found = i; // the last duplicate wins, as in jsonb
        if (!skipValue(s, i))
            return std::nullopt;
        skipSpace(s, i);
        if (i < s.size() && s[i] == ',')
            ++i;
    }
    if (!found)
        return std::nullopt;
    return render(s, *found, scratch);
}

std::optional<std::string_view> firstElement(std::string_view s, std::string &scratch)
{
    std::size_t i = 0;
    skipSpace(s, i);
    if (i >= s.size() || s[i] != '[')
        return std::nullopt;
    ++i;
    skipSpace(s, i);
    if (i >= s.size() || s[i] == ']')
        return std::nullopt;
    return render(s, i, scratch);
}

} // namespace pegboard::JsonText
