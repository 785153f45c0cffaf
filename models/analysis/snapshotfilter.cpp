#include "snapshotfilter.h"

#include <QString>
#include <algorithm>

namespace pegboard {

namespace {
char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Case-insensitive substring test. An ASCII needle is compared byte by byte (ASCII bytes never
// occur inside a UTF-8 multibyte sequence); any other needle through Qt's Unicode case folding.
class TextMatcher
{
public:
    explicit TextMatcher(const QString &needle)
        : m_needle(needle)
        , m_folded(needle.toCaseFolded().toStdString())
    {
        m_ascii = std::all_of(m_folded.begin(), m_folded.end(), [](char c) { return (c & 0x80) == 0; });
    }

    bool in(std::string_view haystack) const
    {
        if (m_ascii) {
            const auto it = std::search(haystack.begin(), haystack.end(), m_folded.begin(), m_folded.end(),
                                        [](char a, char b) { return asciiLower(a) == b; });
            return it != haystack.end() || m_folded.empty();
        }
        return QString::fromUtf8(haystack.data(), qsizetype(haystack.size()))
            .contains(m_needle, Qt::CaseInsensitive);
    }

private:
    QString m_needle;
    std::string m_folded;
    bool m_ascii = true;
};

std::vector<bool> codesOf(const StringDictionary &dictionary, const QStringList &values)
{
    std::vector<bool> wanted(std::size_t(dictionary.size()), false);
    for (const QString &value : values)
        if (const std::uint16_t code = dictionary.find(value.toStdString()); code != StringDictionary::None)
            wanted[code] = true;
    return wanted;
}

bool listed(const std::vector<bool> &wanted, std::uint16_t code)
{
    return code < wanted.size() && wanted[code];
}
} // namespace

bool SnapshotFilter::narrows(const IssueQuery &q)
{
    return !q.types.isEmpty() || q.minSeverity > 1 || q.maxSeverity < 5 || !q.protocols.isEmpty() ||
           !q.text.trimmed().isEmpty() || q.openOnly;
}

std::vector<std::uint32_t> SnapshotFilter::matching(const Snapshot &s, const IssueQuery &q)
{
    const std::vector<bool> types = codesOf(s.types, q.types);
    const std::vector<bool> protocols = codesOf(s.protocols, q.protocols);
    const QString text = q.text.trimmed();
    const TextMatcher matcher(text);
    const bool byText = !text.isEmpty() && s.hasText;
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < s.size(); ++i) {
        if (!q.types.isEmpty() && !listed(types, s.type[i]))
            continue;
        if (s.severity[i] < q.minSeverity || s.severity[i] > q.maxSeverity)
            continue;
        if (!q.protocols.isEmpty() && !listed(protocols, s.protocol[i]))
            continue;
        if (q.openOnly && s.resolvedMs[i] != Snapshot::NoTime)
            continue;
        if (byText && !matcher.in(s.titles[i]) && !matcher.in(s.bodies[i]))
            continue;
        rows.push_back(i);
    }
    return rows;
}

} // namespace pegboard
