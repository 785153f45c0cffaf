#pragma once

#include <QtGlobal>
#include <cmath>
#include <random>

namespace pegboard {

// The one source of randomness of the simulation: always explicitly seeded, never from the clock,
// and with its own normal/uniform transforms so a seed gives the same history with any standard
// library (the std:: distributions are implementation-defined).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(seed)
    {}
    // A seed for an independent stream (one per report, per episode…), so work can be split across
    // threads without changing what any stream produces.
    static quint64 derive(quint64 seed, quint64 stream)
    {
        quint64 z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 bits() { return m_engine(); }
    // Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi].
    int range(int lo, int hi) { return lo + int(m_engine() % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0;
        while (u <= 1e-300)
            u = uniform();
        const double v = uniform();
        const double r = std::sqrt(-2.0 * std::log(u));
        m_spare = r * std::sin(2 * M_PI * v);
        m_hasSpare = true;
        return r * std::cos(2 * M_PI * v);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    // Poisson by inversion; fine for the small means the generator uses.
    int poisson(double mean)
    {
        const double l = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > l && k < 10000) {
            p *= uniform();
            ++k;
        }
        return k;
    }

private:
    std::mt19937_64 m_engine;
    bool m_hasSpare = false;
    double m_spare = 0;
};

} // namespace pegboard
