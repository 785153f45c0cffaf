#pragma once

#include <utility>
#include <vector>

namespace pegboard::Statistics {

// Wilson score interval for a proportion of `successes` out of `trials` (z = 1.96 → 95 %);
// unlike the normal interval it stays inside [0, 1] and is honest for small counts.
std::pair<double, double> wilsonInterval(double successes, double trials, double z = 1.96);
// Regularised incomplete beta I_x(a, b).
double regularizedBeta(double x, double a, double b);
// P(X >= k) for X ~ Binomial(n, p): the one-sided test of "more than the baseline rate".
double binomialUpperTail(long long k, long long n, double p);
// Natural log of the same tail, exact where the tail underflows a double (ranking strong patterns).
double logBinomialUpperTail(long long k, long long n, double p);
// Benjamini–Hochberg adjusted p-values (q-values), in the input's order.
std::vector<double> benjaminiHochberg(const std::vector<double> &pValues);
// Adjusted Rand index of two labelings of the same items (1 = identical partitions, ~0 = chance).
double adjustedRandIndex(const std::vector<long long> &a, const std::vector<long long> &b);

} // namespace pegboard::Statistics
