#pragma once

#include <QtGlobal>
#include <cmath>
#include <optional>
#include <random>

namespace pegboard {

// The one source of randomness of the simulation: always explicitly seeded, never from the clock,
// and with its own normal/uniform transforms so a seed gives the same history with any standard
// library (the std:: distributions are implementation-defined). Long streams (the market's
// series) use a Mersenne Twister; the many short per-report streams use SplitMix64 (stream()),
// because seeding a Twister's 2.5 KB state costs more than rendering a report.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(std::in_place, seed)
    {}
    // A short independent stream, cheap to create: the stream-th of seed.
    static SimRandom stream(quint64 seed, quint64 stream) { return SimRandom(derive(seed, stream), Light{}); }
    // A seed for an independent stream (one per report, per episode…), so work can be split across
    // threads without changing what any stream produces.
    static quint64 derive(quint64 seed, quint64 stream)
    {
        quint64 z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 bits()
    {
        if (m_engine)
            return (*m_engine)();
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(bits() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi].
    int range(int lo, int hi) { return lo + int(bits() % quint64(hi - lo + 1)); }
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
    struct Light
    {};
    SimRandom(quint64 state, Light)
        : m_state(state)
    {}
    std::optional<std::mt19937_64> m_engine;
    quint64 m_state = 0;
    bool m_hasSpare = false;
    double m_spare = 0;
};

} // namespace pegboard
