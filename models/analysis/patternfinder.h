#pragma once

#include "snapshot.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace pegboard {

// A when-and-under-what-gas pattern of one issue type: the customer's weekday × hour × gas
// question asked of every type. Any part may be open (weekday -1, no hour range, no gas floor).
struct Finding
{
    QString type;
    int weekday = -1;               // 0 = Monday; -1 = any day
    int hourFrom = -1, hourTo = -1; // [from, to) UTC; -1 = any hour
    float gasAbove = 0;             // 0 = any gas price
    std::int64_t count = 0;         // issues of the type inside the pattern
    std::int64_t typeTotal = 0;     // issues of the type overall
    std::int64_t patternTotal = 0;  // issues of any type inside the pattern
    double share = 0;               // count / typeTotal
    double rate = 0, baseRate = 0, lift = 0;
    double logPValue = 0; // one-sided binomial, natural log (strong patterns underflow a plain p)
    QString sentence;
    std::vector<std::uint32_t> rows; // snapshot rows behind the finding
};

class PatternFinder
{
public:
    struct Options
    {
        int minSupport = 5;
        int maxPerType = 3;
        int maxFindings = 30;
        int maxHourSpan = 4;
        double alpha = 0.05; // family-wise, Bonferroni over every pattern searched
    };

    // Ranked strongest first; for each type the first finding is its best.
    static std::vector<Finding> find(const Snapshot &snapshot, const Options &options);
    static std::vector<Finding> find(const Snapshot &snapshot) { return find(snapshot, Options{}); }
    static bool contains(const Finding &finding, const Snapshot &snapshot, std::size_t row);
    static QString sentence(const Finding &finding);
};

} // namespace pegboard
