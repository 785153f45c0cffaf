#include "severitydrivers.h"

#include <algorithm>
#include <cmath>

namespace pegboard {

std::vector<SeverityDriver> SeverityDrivers::find(const Snapshot &s, std::int64_t minReports)
{
    // The absolute deviation: a coin far below or above its peg is the same kind of trouble.
    std::vector<float> pegDistance(s.pegDeviationBps.size());
    std::transform(s.pegDeviationBps.begin(), s.pegDeviationBps.end(), pegDistance.begin(),
                   [](float x) { return std::abs(x); });
    const std::pair<const char *, const std::vector<float> *> columns[] = {
        {"volatility_index", &s.volatility},     {"gas_price_gwei", &s.gasGwei},
        {"peg_deviation_bps_abs", &pegDistance}, {"oracle_staleness_s", &s.oracleStalenessS},
        {"pending_tx_count", &s.pendingTx},
    };
    std::vector<SeverityDriver> out;
    for (const auto &[name, column] : columns) {
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const double x = (*column)[i], y = s.severity[i];
            if (std::isnan(x) || y <= 0)
                continue;
            n += 1, sx += x, sy += y, sxx += x * x, syy += y * y, sxy += x * y;
        }
        const double vx = n * sxx - sx * sx, vy = n * syy - sy * sy;
        if (n < double(minReports) || vx <= 0 || vy <= 0)
            continue;
        out.push_back({QString::fromLatin1(name), (n * sxy - sx * sy) / std::sqrt(vx * vy), std::int64_t(n)});
    }
    std::sort(out.begin(), out.end(),
              [](const SeverityDriver &a, const SeverityDriver &b) { return std::abs(a.r) > std::abs(b.r); });
    return out;
}

} // namespace pegboard
