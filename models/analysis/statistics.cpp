#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace pegboard::Statistics {

std::pair<double, double> wilsonInterval(double successes, double trials, double z)
{
    if (trials <= 0)
        return {0.0, 1.0};
    const double p = successes / trials;
    const double z2 = z * z;
    const double denominator = 1 + z2 / trials;
    const double centre = (p + z2 / (2 * trials)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

namespace {
// Continued fraction for the incomplete beta (modified Lentz's method).
double betaContinuedFraction(double x, double a, double b)
{
    constexpr double tiny = 1e-300, eps = 1e-14;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 500; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        d = 1 / (std::abs(d) < tiny ? tiny : d);
        c = 1 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1) < eps)
            break;
    }
    return h;
}
} // namespace

double regularizedBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    // The continued fraction converges fast only on one side of the mean; use the symmetry otherwise.
    if (x < (a + 1) / (a + b + 2))
        return std::exp(logFront) * betaContinuedFraction(x, a, b) / a;
    return 1 - std::exp(logFront) * betaContinuedFraction(1 - x, b, a) / b;
}

double binomialUpperTail(long long k, long long n, double p)
{
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    if (p <= 0)
        return 0;
    if (p >= 1)
        return 1;
    return std::clamp(regularizedBeta(p, double(k), double(n - k + 1)), 0.0, 1.0);
}

double logBinomialUpperTail(long long k, long long n, double p)
{
    if (k <= 0 || p >= 1)
        return 0;
    if (k > n || p <= 0)
        return -std::numeric_limits<double>::infinity();
    const double a = double(k), b = double(n - k + 1);
    if (p < (a + 1) / (a + b + 2)) {
        const double logFront =
            std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(p) + b * std::log1p(-p);
        return logFront + std::log(betaContinuedFraction(p, a, b)) - std::log(a);
    }
    return std::log(std::max(binomialUpperTail(k, n, p), 1e-300));
}

std::vector<double> benjaminiHochberg(const std::vector<double> &pValues)
{
    const std::size_t m = pValues.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return pValues[a] < pValues[b]; });
    std::vector<double> q(m);
    double running = 1;
    for (std::size_t r = m; r-- > 0;) {
        const std::size_t i = order[r];
        running = std::min(running, pValues[i] * double(m) / double(r + 1));
        q[i] = std::min(1.0, running);
    }
    return q;
}

double adjustedRandIndex(const std::vector<long long> &a, const std::vector<long long> &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 1;
    std::map<std::pair<long long, long long>, double> joint;
    std::map<long long, double> rows, cols;
    for (std::size_t i = 0; i < n; ++i) {
        joint[{a[i], b[i]}] += 1;
        rows[a[i]] += 1;
        cols[b[i]] += 1;
    }
    auto pairs = [](double x) { return x * (x - 1) / 2; };
    double index = 0, sumRows = 0, sumCols = 0;
    for (const auto &[key, count] : joint)
        index += pairs(count);
    for (const auto &[key, count] : rows)
        sumRows += pairs(count);
    for (const auto &[key, count] : cols)
        sumCols += pairs(count);
    const double expected = sumRows * sumCols / pairs(double(n));
    const double maximum = (sumRows + sumCols) / 2;
    if (maximum == expected)
        return 1; // both partitions trivial (all one cluster or all singletons) and equal
    return (index - expected) / (maximum - expected);
}

} // namespace pegboard::Statistics
